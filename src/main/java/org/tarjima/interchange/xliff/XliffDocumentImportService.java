package org.tarjima.interchange.xliff;

import org.tarjima.base.i18n.Message;
import org.tarjima.interchange.InterchangeException;
import org.tarjima.interchange.XliffSource;
import org.tarjima.security.AccessPolicy;
import org.tarjima.security.Permission;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tarjima.base.ImportLimit;
import org.tarjima.base.text.InlineText;
import org.tarjima.base.text.StorableText;
import org.tarjima.document.BlockType;
import org.tarjima.document.DocumentService;
import org.tarjima.document.DocumentSummary;
import org.tarjima.document.DocumentWriter;
import org.tarjima.document.ExtractedArticle;
import org.tarjima.document.PreparedSegment;
import org.tarjima.document.SegmentPreparer;
import org.tarjima.document.SourceFormat;
import org.tarjima.jobs.Progress;
import org.tarjima.project.ProjectService;
import org.tarjima.project.ProjectSummary;
import org.tarjima.translation.Origin;
import org.tarjima.translation.PreparedTarget;
import org.tarjima.translation.TargetArrival;
import org.tarjima.translation.TranslationService;

/**
 * Imports an XLIFF file made by another tool (Trados, memoQ, Xcode, Angular, Okapi…) as a new document:
 * its units and their segmentation become segments, with their targets, states and notes; the file is
 * kept as uploaded. Recognised by content, not by extension; one transaction, so a refused file leaves
 * no half document behind. The file is parsed on a thread of its own while this one writes what is parsed, a
 * thousand segments at a time with COPY: memory stays flat whatever the file's size.
 */
@Service
public class XliffDocumentImportService {

    private final ProjectService projects;
    private final DocumentService documents;
    private final TranslationService translations;
    private final XliffReaders readers;
    private final ImportLimit limit;
    private final AccessPolicy access;

    private final org.tarjima.document.ReadingTimeLimit readingTime;

    XliffDocumentImportService(ProjectService projects, DocumentService documents, TranslationService translations,
                               XliffReaders readers, ImportLimit limit, AccessPolicy access,
                               org.tarjima.document.ReadingTimeLimit readingTime) {
        this.readingTime = readingTime;
        this.access = access;
        this.projects = projects;
        this.documents = documents;
        this.translations = translations;
        this.readers = readers;
        this.limit = limit;
    }

    /**
     * @throws InterchangeException with the reason when the file cannot be imported into this project
     */
    @Transactional
    public DocumentSummary importDocument(long projectId, String fileName, XliffSource file) {
        return importDocument(projectId, fileName, file, null, Progress.NONE);
    }

    /**
     * As {@link #importDocument(long, String, XliffSource)}, reporting segments stored.
     *
     * @param targetLocale the locale of the file's translations when the file names none (null: the project's only
     *                     target locale, if it has one)
     * @throws TargetLocaleNeededException when the file has translations, names no target language, and the project
     *                                     has several
     */
    @Transactional
    public DocumentSummary importDocument(long projectId, String fileName, XliffSource file, String targetLocale,
                                          Progress progress) {
        limit.refusal("The file", file.size()).ifPresent(reason -> {
            throw new InterchangeException(limit.refusalMessage(file.size()), reason);
        });
        ProjectSummary project = projects.find(projectId)
                .orElseThrow(() -> new java.util.NoSuchElementException("Project " + projectId + " does not exist"));
        access.require(Permission.MANAGE, projectId, null);
        try (CheckedXliff checked = CheckedXliff.of(file)) {
            return store(project, fileName, file, checked, XliffReaders.targetLocale(checked.inspection(), project, targetLocale), progress);
        }
    }

    /**
     * The locales to choose from before importing the file: the project's target locales when the file has
     * translations, names no target language and the project has several; empty when no choice is needed (or the file
     * will be refused anyway, which the import then explains).
     */
    @Transactional(readOnly = true)
    public List<String> targetLocaleChoices(long projectId, XliffSource file) {
        ProjectSummary project = projects.find(projectId)
                .orElseThrow(() -> new java.util.NoSuchElementException("Project " + projectId + " does not exist"));
        access.require(Permission.MANAGE, projectId, null);
        if (project.targetLocales().size() < 2 || limit.refusal("The file", file.size()).isPresent()) {
            return List.of();
        }
        try {
            XliffReaders.targetLocale(XliffPrecheck.inspect(file), project, null);
            return List.of();
        } catch (TargetLocaleNeededException needed) {
            return needed.choices();
        } catch (InterchangeException refused) {
            return List.of();
        }
    }

    private DocumentSummary store(ProjectSummary project, String fileName, XliffSource upload, CheckedXliff checked,
                                  String locale, Progress progress) {
        XliffHeader header = checked.header().withTargetLocale(locale);
        XliffReader reader = readers.readerFor(header);
        boolean severalFiles = header.files() > 1;
        // Progress counts units read and stored; the precheck counted them.
        progress.total(header.units());
        // The parser's thread also converts each unit for storage (JSON, word counts, checks): the importing thread
        // only writes, so that PostgreSQL's work on a batch overlaps the parsing and converting of the next.
        SegmentPreparer preparer = new SegmentPreparer(project, fileName);
        boolean withTargets = locale != null;
        try (ParsedInBackground<PreparedUnit> units = new ParsedInBackground<>("tarjima-xliff-read", readingTime.limit(),
                each -> reader.readDocument(checked.content(), header,
                        unit -> each.accept(prepare(unit, severalFiles, preparer, withTargets))))) {
            DocumentWriter writer;
            // The document keeps the file as uploaded, not the copy the readers got.
            try (java.io.InputStream original = upload.open()) {
                writer = documents.startDocument(project, fileName, SourceFormat.XLIFF, original, upload.size());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            TargetArrival arrival = withTargets ? translations.startArrival(writer.documentId(), locale, Origin.IMPORT) : null;
            Batch batch = new Batch();
            int read = 0;
            for (PreparedUnit unit = units.next(); unit != null; unit = units.next()) {
                read++;
                batch.add(unit);
                if (batch.segments.size() >= BATCH) {
                    batch.store(writer, arrival);
                    progress.advance(read);
                }
            }
            batch.store(writer, arrival);
            DocumentSummary document = writer.finish();
            if (arrival != null) {
                arrival.finish();
            }
            progress.advance(header.units());
            return document;
        }
    }

    private static final int BATCH = 1000;

    /** A unit converted for storage: its segments (none when all its sources are blank) and their targets (null: none). */
    private record PreparedUnit(List<PreparedSegment> segments, List<PreparedTarget> targets) {
    }

    /** Converts a unit on the parser's thread; throws what the import would refuse it for. */
    private static PreparedUnit prepare(XliffTextUnit unit, boolean severalFiles, SegmentPreparer preparer, boolean withTargets) {
        List<InlineText> sources = new ArrayList<>();
        List<PreparedTarget> targets = new ArrayList<>();
        for (int i = 0; i < unit.sources().size(); i++) {
            InlineText source = unit.sources().get(i);
            if (source.isBlank()) {
                continue;
            }
            InlineText target = i < unit.targets().size() ? unit.targets().get(i) : InlineText.empty();
            requireStorable(unit.id(), "source", source);
            requireStorable(unit.id(), "translation", target);
            sources.add(source);
            targets.add(!withTargets || target.isBlank() ? null : TargetArrival.prepare(source, target, unit.states().get(i)));
        }
        if (sources.isEmpty()) {
            return new PreparedUnit(List.of(), List.of());
        }
        List<PreparedSegment> segments = new ArrayList<>(sources.size());
        preparer.prepare(new ExtractedArticle.Block(BlockType.PARAGRAPH, sources, unit.notes(),
                context(severalFiles ? unit.file() : null, unit.groups())), segments);
        return new PreparedUnit(segments, targets);
    }

    /** Units read but not yet stored: their segments and each segment's target. */
    private static final class Batch {
        private final List<PreparedSegment> segments = new ArrayList<>();
        private final List<PreparedTarget> targets = new ArrayList<>();

        void add(PreparedUnit unit) {
            segments.addAll(unit.segments());
            targets.addAll(unit.targets());
        }

        /** Stores the segments, then the targets that came with them (none when the file names no target language). */
        void store(DocumentWriter writer, TargetArrival arrival) {
            List<Long> ids = writer.appendPrepared(segments);
            if (arrival != null) {
                arrival.addPrepared(ids, targets);
            }
            segments.clear();
            targets.clear();
        }
    }

    private static void requireStorable(String unitId, String what, InlineText text) {
        StorableText.problem(text).ifPresent(problem -> {
            throw new InterchangeException(Message.of("refusal.unitText", unitId, problem.message()),
                    "The " + what + " of unit '" + unitId + "' cannot be imported: "
                    + problem.reason() + ". Nothing was imported.");
        });
    }

    /** Where a unit sat in a structured file: "file › group › group", or null for a flat single file. */
    static String context(String file, List<String> groups) {
        List<String> path = new ArrayList<>();
        if (file != null && !file.isBlank()) {
            path.add(file);
        }
        groups.stream().filter(g -> g != null && !g.isBlank()).forEach(path::add);
        String context = String.join(" › ", path);
        return context.isEmpty() ? null : context.substring(0, Math.min(context.length(), 255));
    }

}
