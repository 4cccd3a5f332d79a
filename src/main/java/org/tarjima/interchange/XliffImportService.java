package org.tarjima.interchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tarjima.base.LocaleTag;
import org.tarjima.base.text.InlineText;
import org.tarjima.document.DocumentService;
import org.tarjima.document.DocumentSummary;
import org.tarjima.project.ProjectService;
import org.tarjima.project.ProjectSummary;
import org.tarjima.translation.Origin;
import org.tarjima.translation.SaveResult;
import org.tarjima.translation.SegmentRow;
import org.tarjima.translation.TargetEdit;
import org.tarjima.translation.TargetState;
import org.tarjima.translation.TranslationService;

/**
 * Takes a vendor's XLIFF back into a document. The file is checked completely before anything changes
 * (well-formed, no DTD, XLIFF 1.x, languages of the document, known and unique ids, inline codes of
 * the source); a preview reports what would change; applying writes everything in one transaction or
 * nothing. A target changed in Tarjima after the export is a conflict and is never overwritten unless
 * the manager chooses so.
 */
@Service
public class XliffImportService {

    private final DocumentService documents;
    private final ProjectService projects;
    private final TranslationService translations;
    private final ExportRepository exports;
    private final List<XliffReader> readers;
    private final long maxBytes;

    XliffImportService(DocumentService documents, ProjectService projects, TranslationService translations,
                       ExportRepository exports, List<XliffReader> readers, @Value("${tarjima.import.max-bytes}") long maxBytes) {
        this.documents = documents;
        this.projects = projects;
        this.translations = translations;
        this.exports = exports;
        this.readers = readers;
        this.maxBytes = maxBytes;
    }

    /** Checks the file and reports what applying it would do; changes nothing. */
    @Transactional(readOnly = true)
    public ImportReport preview(long documentId, byte[] file) {
        return analyse(documentId, file).report(false, 0);
    }

    /**
     * Applies the file in one transaction. A rejected file (any blocking finding) changes nothing and
     * comes back as the report.
     *
     * @throws InterchangeException when the file cannot be read or belongs elsewhere
     */
    @Transactional
    public ImportReport apply(long documentId, byte[] file, ConflictChoice choice) {
        Analysis analysis = analyse(documentId, file);
        if (analysis.rejected() > 0) {
            return analysis.report(false, 0);
        }
        int taken = 0;
        for (Planned planned : analysis.plans) {
            boolean conflict = planned.finding.kind() == ImportFinding.Kind.CONFLICT;
            if (planned.finding.kind() == ImportFinding.Kind.UNCHANGED || (conflict && !choice.takesFile(planned.row.segmentId()))) {
                continue;
            }
            TargetEdit edit = new TargetEdit(planned.row.segmentId(), analysis.locale, planned.text, planned.row.version(),
                    Origin.IMPORT);
            SaveResult result = translations.arrive(edit, planned.state);
            if (result instanceof SaveResult.Conflict) {
                // Someone saved while we were importing: roll everything back rather than apply half.
                throw new InterchangeException("Segment " + planned.row.ordinal()
                        + " was saved by someone else during the import. Nothing was imported; run the import again.");
            }
            if (conflict) {
                taken++;
            }
        }
        return analysis.report(true, taken);
    }

    private Analysis analyse(long documentId, byte[] file) {
        if (file.length > maxBytes) {
            throw new InterchangeException("The file is " + file.length / (1024 * 1024) + " MB, above the import limit of "
                    + maxBytes / (1024 * 1024) + " MB.");
        }
        DocumentSummary document = documents.find(documentId)
                .orElseThrow(() -> new java.util.NoSuchElementException("Document " + documentId + " does not exist"));
        ProjectSummary project = projects.find(document.projectId()).orElseThrow();
        XliffHeader header = XliffPrecheck.check(file);
        String source = canonical(header.sourceLocale(), "source-language");
        if (!source.equalsIgnoreCase(project.sourceLocale())) {
            throw new InterchangeException("The file's source language is " + source + ", but the document's is "
                    + project.sourceLocale() + ".");
        }
        if (header.targetLocale() == null) {
            throw new InterchangeException("The XLIFF <file> has no target-language attribute, so Tarjima cannot tell "
                    + "which translation it holds.");
        }
        String target = canonical(header.targetLocale(), "target-language");
        String locale = project.targetLocales().stream().filter(l -> l.equalsIgnoreCase(target)).findFirst()
                .orElseThrow(() -> new InterchangeException("The file's target language " + target
                        + " is not a target locale of project '" + project.name() + "' (" + String.join(", ",
                        project.targetLocales()) + ")."));
        Map<Long, Integer> exported = Map.of();
        if (header.exportId() != null) {
            ExportRepository.ExportRecord record = exports.find(header.exportId()).orElse(null);
            if (record != null && record.documentId() != documentId) {
                throw new InterchangeException("This file was exported from another document (export "
                        + header.exportId() + "). Import it into that document.");
            }
            exported = record == null ? Map.of() : exports.exportedVersions(record.id());
        }
        Map<Long, SegmentRow> rows = new HashMap<>();
        translations.forEachRow(documentId, locale, row -> rows.put(row.segmentId(), row));

        Analysis analysis = new Analysis(documentId, locale, header.exportId());
        Set<String> seen = new HashSet<>();
        for (XliffUnit unit : readerFor(header).read(file, header)) {
            analysis.add(assess(unit, seen, rows, exported, header.exportId() != null && !exported.isEmpty()));
        }
        return analysis;
    }

    private static Planned assess(XliffUnit unit, Set<String> seen, Map<Long, SegmentRow> rows,
                                  Map<Long, Integer> exported, boolean knowsExport) {
        String incoming = unit.target().plainText();
        if (!seen.add(unit.id())) {
            return Planned.finding(new ImportFinding(unit.id(), null, null, ImportFinding.Kind.DUPLICATE_ID, null, null,
                    incoming, null, "The unit id " + unit.id() + " appears more than once in the file."));
        }
        SegmentRow row = segmentId(unit.id()) == null ? null : rows.get(segmentId(unit.id()));
        if (row == null) {
            return Planned.finding(new ImportFinding(unit.id(), null, null, ImportFinding.Kind.UNKNOWN_ID, null, null,
                    incoming, null, "The unit id " + unit.id() + " is no segment of this document."));
        }
        InlineText text = unit.target().withCodesOf(row.source());
        TargetState state = text.isBlank() ? TargetState.NEW : unit.state();
        String current = row.target().plainText();
        if (text.equals(row.target()) && (state == row.state() || text.isBlank())) {
            return new Planned(row, text, state, new ImportFinding(unit.id(), row.segmentId(), row.ordinal(),
                    ImportFinding.Kind.UNCHANGED, current, row.state(), incoming, state, null));
        }
        // Only a target the file would change is checked: what Tarjima itself holds is QA's business.
        if (!unit.target().isBlank() && !unit.target().hasSameCodesAs(row.source())) {
            return Planned.finding(new ImportFinding(unit.id(), row.segmentId(), row.ordinal(),
                    ImportFinding.Kind.CODES_MISMATCH, current, row.state(), incoming, state,
                    "The translation of segment " + row.ordinal() + " does not carry the inline codes of its source."));
        }
        boolean changedSinceExport = knowsExport
                ? row.version() > exported.getOrDefault(row.segmentId(), row.version())
                : row.state() != TargetState.NEW;
        boolean textDiffers = !text.equals(row.target());
        ImportFinding.Kind kind = changedSinceExport && textDiffers ? ImportFinding.Kind.CONFLICT : ImportFinding.Kind.CHANGED;
        return new Planned(row, text, state, new ImportFinding(unit.id(), row.segmentId(), row.ordinal(), kind, current,
                row.state(), incoming, state, kind == ImportFinding.Kind.CONFLICT
                ? "Segment " + row.ordinal() + " was changed in Tarjima after the export." : null));
    }

    private static Long segmentId(String unitId) {
        try {
            return Long.parseLong(unitId.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String canonical(String tag, String attribute) {
        try {
            return LocaleTag.canonical(tag);
        } catch (IllegalArgumentException e) {
            throw new InterchangeException("The file's " + attribute + " '" + tag + "' is not a valid language tag.");
        }
    }

    /** One unit of the file, matched to its segment, with what applying it would do. */
    private record Planned(SegmentRow row, InlineText text, TargetState state, ImportFinding finding) {
        static Planned finding(ImportFinding finding) {
            return new Planned(null, null, null, finding);
        }
    }

    private static final class Analysis {
        private final long documentId;
        private final String locale;
        private final Long exportId;
        private final List<Planned> plans = new ArrayList<>();
        private final List<ImportFinding> findings = new ArrayList<>();

        Analysis(long documentId, String locale, Long exportId) {
            this.documentId = documentId;
            this.locale = locale;
            this.exportId = exportId;
        }

        void add(Planned planned) {
            findings.add(planned.finding);
            if (planned.row != null) {
                plans.add(planned);
            }
        }

        int count(ImportFinding.Kind kind) {
            return (int) findings.stream().filter(f -> f.kind() == kind).count();
        }

        int rejected() {
            return (int) findings.stream().filter(f -> f.kind().blocking()).count();
        }

        ImportReport report(boolean applied, int conflictsTaken) {
            return new ImportReport(documentId, locale, exportId, applied, count(ImportFinding.Kind.CHANGED),
                    count(ImportFinding.Kind.UNCHANGED), count(ImportFinding.Kind.CONFLICT), conflictsTaken, rejected(),
                    List.copyOf(findings));
        }
    }

    private XliffReader readerFor(XliffHeader header) {
        return readers.stream().filter(r -> r.reads(header.version())).findFirst()
                .orElseThrow(() -> new InterchangeException("XLIFF version " + header.version() + " cannot be read."));
    }
}
