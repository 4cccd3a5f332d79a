package org.tarjima.interchange.xliff;

import org.tarjima.base.i18n.Message;
import org.tarjima.interchange.InterchangeException;
import org.tarjima.interchange.XliffSource;
import org.tarjima.security.AccessPolicy;
import org.tarjima.security.Permission;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tarjima.base.ImportLimit;
import org.tarjima.base.text.InlineText;
import org.tarjima.base.text.StorableText;
import org.tarjima.document.DocumentService;
import org.tarjima.document.DocumentSummary;
import org.tarjima.jobs.Progress;
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
    private final XliffReaders readers;
    private final ImportLimit limit;
    private final AccessPolicy access;

    XliffImportService(DocumentService documents, ProjectService projects, TranslationService translations,
                       ExportRepository exports, XliffReaders readers, ImportLimit limit, AccessPolicy access) {
        this.access = access;
        this.documents = documents;
        this.projects = projects;
        this.translations = translations;
        this.exports = exports;
        this.readers = readers;
        this.limit = limit;
    }

    /** Checks the file and reports what applying it would do; changes nothing. */
    @Transactional(readOnly = true)
    public ImportReport preview(long documentId, byte[] file) {
        return preview(documentId, XliffSource.of(file));
    }

    /** Checks the file and reports what applying it would do; changes nothing. */
    @Transactional(readOnly = true)
    public ImportReport preview(long documentId, XliffSource file) {
        return preview(documentId, file, null);
    }

    /**
     * As {@link #preview(long, XliffSource)}, for a file that may name no target language.
     *
     * @param targetLocale the locale of the file's translations if the file names none (null: the project's only one)
     */
    @Transactional(readOnly = true)
    public ImportReport preview(long documentId, XliffSource file, String targetLocale) {
        ProjectSummary project = managedProject(documentId, file);
        try (CheckedXliff checked = CheckedXliff.of(file)) {
            Context context = context(documentId, project, checked, targetLocale);
            Report report = new Report(context);
            readers.readerFor(context.header).read(checked.content(), context.header, unit -> report.add(context.assess(unit)));
            return report.build(false, 0);
        }
    }

    @Transactional
    public ImportReport apply(long documentId, byte[] file, ConflictChoice choice) {
        return apply(documentId, XliffSource.of(file), choice);
    }

    /**
     * Applies the file in one transaction: a first streaming pass checks every unit, a second writes the
     * changes, so a file of any size is never held in memory. A rejected file (any blocking finding)
     * changes nothing and comes back as the report.
     *
     * @throws InterchangeException when the file cannot be read or belongs elsewhere
     */
    @Transactional
    public ImportReport apply(long documentId, XliffSource file, ConflictChoice choice) {
        return apply(documentId, file, choice, Progress.NONE);
    }

    /** As {@link #apply(long, XliffSource, ConflictChoice)}, reporting units checked and written. */
    @Transactional
    public ImportReport apply(long documentId, XliffSource file, ConflictChoice choice, Progress progress) {
        return apply(documentId, file, null, choice, progress);
    }

    /**
     * As {@link #apply(long, XliffSource, ConflictChoice, Progress)}, for a file that may name no target language.
     *
     * @param targetLocale the locale of the file's translations if the file names none (null: the project's only one)
     */
    @Transactional
    public ImportReport apply(long documentId, XliffSource file, String targetLocale, ConflictChoice choice,
                              Progress progress) {
        ProjectSummary project = managedProject(documentId, file);
        try (CheckedXliff checked = CheckedXliff.of(file)) {
            return apply(context(documentId, project, checked, targetLocale), checked.content(), choice, progress);
        }
    }

    private ImportReport apply(Context context, XliffSource file, ConflictChoice choice, Progress progress) {
        long documentId = context.documentId;
        XliffReader reader = readers.readerFor(context.header);
        Report report = new Report(context);
        reader.read(file, context.header, unit -> report.add(context.assess(unit)));
        if (report.rejected > 0) {
            return report.build(false, 0);
        }
        int[] taken = {0};
        long[] units = {0};
        progress.total(report.total());
        context.seen.clear();
        reader.read(file, context.header, unit -> {
            progress.advance(++units[0]);
            Planned planned = context.assess(unit);
            boolean conflict = planned.finding.kind() == ImportFinding.Kind.CONFLICT;
            if (planned.row == null || planned.finding.kind() == ImportFinding.Kind.UNCHANGED
                    || (conflict && !choice.takesFile(planned.row.segmentId()))) {
                return;
            }
            TargetEdit edit = new TargetEdit(planned.row.segmentId(), context.locale, planned.text, planned.row.version(),
                    Origin.IMPORT);
            if (translations.arrive(edit, planned.state) instanceof SaveResult.Conflict) {
                // Someone saved while we were importing: roll everything back rather than apply half.
                throw new InterchangeException(Message.of("refusal.savedDuringImport", planned.row.ordinal()),
                        "Segment " + planned.row.ordinal()
                        + " was saved by someone else during the import. Nothing was imported; run the import again.");
            }
            if (conflict) {
                taken[0]++;
            }
        });
        return report.build(true, taken[0]);
    }

    /** The document's project, once the caller may manage it and the file is not larger than imports may be. */
    private ProjectSummary managedProject(long documentId, XliffSource file) {
        limit.refusal("The file", file.size()).ifPresent(reason -> {
            throw new InterchangeException(limit.refusalMessage(file.size()), reason);
        });
        DocumentSummary document = documents.find(documentId)
                .orElseThrow(() -> new java.util.NoSuchElementException("Document " + documentId + " does not exist"));
        ProjectSummary project = projects.find(document.projectId()).orElseThrow();
        access.require(Permission.MANAGE, project.id(), null);
        return project;
    }

    private Context context(long documentId, ProjectSummary project, CheckedXliff file, String targetLocale) {
        String locale = XliffReaders.targetLocale(file.inspection(), project, targetLocale);
        if (locale == null) {
            throw new InterchangeException(Message.of("refusal.nothingToTakeBack"),
                    "The XLIFF <file> has no target language and no translations, so there is"
                    + " nothing to take back.");
        }
        XliffHeader header = file.header().withTargetLocale(locale);
        Map<Long, Integer> exported = Map.of();
        if (header.exportId() != null) {
            ExportRepository.ExportRecord record = exports.find(header.exportId()).orElse(null);
            if (record != null && record.documentId() != documentId) {
                throw new InterchangeException(Message.of("refusal.otherDocument", header.exportId()),
                        "This file was exported from another document (export "
                        + header.exportId() + "). Import it into that document.");
            }
            exported = record == null ? Map.of() : exports.exportedVersions(record.id());
        }
        // The document's rows, not the file, are what the import keeps in memory.
        Map<Long, SegmentRow> rows = new HashMap<>();
        translations.forEachRow(documentId, locale, row -> rows.put(row.segmentId(), row));
        return new Context(documentId, locale, header, rows, exported);
    }

    /** What the checks of every unit need: the document's rows and the versions that went out. */
    private static final class Context {
        private final long documentId;
        private final String locale;
        private final XliffHeader header;
        private final Map<Long, SegmentRow> rows;
        private final Map<Long, Integer> exported;
        private final Set<String> seen = new HashSet<>();

        Context(long documentId, String locale, XliffHeader header, Map<Long, SegmentRow> rows, Map<Long, Integer> exported) {
            this.documentId = documentId;
            this.locale = locale;
            this.header = header;
            this.rows = rows;
            this.exported = exported;
        }

        Planned assess(XliffUnit unit) {
            return XliffImportService.assess(unit, seen, rows, exported, header.exportId() != null && !exported.isEmpty());
        }
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
        StorableText.problem(text).ifPresent(problem -> {
            throw new InterchangeException(Message.of("refusal.unitTranslation", unit.id(), row.ordinal(), problem.message()),
                    "The translation of unit '" + unit.id() + "' (segment " + row.ordinal()
                    + ") cannot be imported: " + problem.reason() + ". Nothing was imported.");
        });
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

    /** One unit of the file, matched to its segment, with what applying it would do. */
    private record Planned(SegmentRow row, InlineText text, TargetState state, ImportFinding finding) {
        static Planned finding(ImportFinding finding) {
            return new Planned(null, null, null, finding);
        }
    }

    /**
     * Counts every finding but keeps only the first {@link #MAX_FINDINGS} that need attention, so a report on
     * a huge file stays small.
     */
    private static final class Report {
        private static final int MAX_FINDINGS = 5_000;
        private final Context context;
        private final List<ImportFinding> findings = new ArrayList<>();
        private final Map<ImportFinding.Kind, Integer> counts = new java.util.EnumMap<>(ImportFinding.Kind.class);
        private int rejected;
        private long total;

        Report(Context context) {
            this.context = context;
        }

        void add(Planned planned) {
            ImportFinding finding = planned.finding;
            total++;
            counts.merge(finding.kind(), 1, Integer::sum);
            if (finding.kind().blocking()) {
                rejected++;
            }
            if (findings.size() < MAX_FINDINGS && (finding.kind() != ImportFinding.Kind.UNCHANGED || findings.size() < 1_000)) {
                findings.add(finding);
            }
        }

        long total() {
            return total;
        }

        ImportReport build(boolean applied, int conflictsTaken) {
            return new ImportReport(context.documentId, context.locale, context.header.exportId(), applied,
                    counts.getOrDefault(ImportFinding.Kind.CHANGED, 0), counts.getOrDefault(ImportFinding.Kind.UNCHANGED, 0),
                    counts.getOrDefault(ImportFinding.Kind.CONFLICT, 0), conflictsTaken, rejected, List.copyOf(findings));
        }
    }

}
