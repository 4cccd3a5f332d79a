package org.tarjima.interchange.xliff;

import org.tarjima.security.AccessPolicy;
import org.tarjima.security.Permission;
import org.tarjima.review.ReviewService;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tarjima.document.DocumentService;
import org.tarjima.document.DocumentSummary;
import org.tarjima.jobs.Progress;
import org.tarjima.project.ProjectService;
import org.tarjima.project.ProjectSummary;
import org.tarjima.security.CurrentUser;
import org.tarjima.translation.SegmentRow;
import org.tarjima.translation.TranslationService;

/**
 * Exports a document in one target locale as XLIFF 1.2 for a vendor. Each segment is one trans-unit
 * whose id is the segment id; the export and the version of every target in it are recorded, so the
 * returned file can be checked for conflicts.
 */
@Service
public class XliffExportService {

    public static final String XLIFF_MEDIA_TYPE = "application/xliff+xml";

    private final DocumentService documents;
    private final ProjectService projects;
    private final TranslationService translations;
    private final ExportRepository exports;
    private final List<XliffWriter> writers;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final AccessPolicy access;
    private final ReviewService reviews;
    private final org.springframework.beans.factory.ObjectProvider<ZipCompanion> companions;

    XliffExportService(DocumentService documents, ProjectService projects, TranslationService translations,
                       ExportRepository exports, List<XliffWriter> writers, CurrentUser currentUser, Clock clock, AccessPolicy access,
                       ReviewService reviews, org.springframework.beans.factory.ObjectProvider<ZipCompanion> companions) {
        this.companions = companions;
        this.reviews = reviews;
        this.access = access;
        this.documents = documents;
        this.projects = projects;
        this.translations = translations;
        this.exports = exports;
        this.writers = writers;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * @throws IllegalArgumentException when the document does not exist or the locale is not one of its project's
     */
    @Transactional
    public ExportedFile exportXliff12(long documentId, String locale, ExportOptions options) {
        return exportXliff(documentId, locale, "1.2", options);
    }

    /** The XLIFF versions Tarjima writes. */
    public List<String> versions() {
        return writers.stream().map(XliffWriter::version).sorted().toList();
    }

    /**
     * @param version {@code 1.2} (what most vendors' tools expect) or {@code 2.1}
     * @throws IllegalArgumentException for another version, a missing document or a locale not of its project
     */
    @Transactional
    public ExportedFile exportXliff(long documentId, String locale, String version, ExportOptions options) {
        XliffWriter writer = writers.stream().filter(w -> w.version().equals(version)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("XLIFF " + version + " cannot be written; choose one of "
                        + versions()));
        DocumentSummary document = documents.find(documentId)
                .orElseThrow(() -> new java.util.NoSuchElementException("Document " + documentId + " does not exist"));
        ProjectSummary project = projects.find(document.projectId()).orElseThrow();
        access.require(Permission.MANAGE, project.id(), null);
        if (!project.targetLocales().contains(locale)) {
            throw new IllegalArgumentException("Locale " + locale + " is not a target locale of project '" + project.name() + "'");
        }
        String states = options.states().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        long exportId = exports.insert(documentId, locale, version, states, clock.instant(), currentUser.username());
        // A signed-off locale goes out as final: the vendor sees that nothing more is expected of it.
        boolean signedOff = reviews.currentSignOff(documentId, locale).isPresent();
        // Rows stream from the database into the writer a page at a time; only the version of each unit is kept,
        // to be recorded with the export once the file is written.
        ExportedVersions versions = new ExportedVersions();
        java.util.Iterator<SegmentRow> rows = translations.rows(documentId, locale);
        java.util.Iterator<XliffUnit> units = new java.util.Iterator<>() {
            private SegmentRow next;

            @Override
            public boolean hasNext() {
                while (next == null && rows.hasNext()) {
                    SegmentRow row = rows.next();
                    if (options.states().contains(row.state())) {
                        next = row;
                    }
                }
                return next != null;
            }

            @Override
            public XliffUnit next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                SegmentRow row = next;
                next = null;
                versions.add(row.segmentId(), row.version());
                return unit(row);
            }
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XliffHeader header = new XliffHeader(version, document.name(), project.sourceLocale(), locale, exportId, signedOff);
        // The rows are read here, in the transaction's thread; Okapi writes them on a thread of its own meanwhile.
        try (WrittenInBackground<XliffUnit> written = new WrittenInBackground<>("tarjima-xliff-write",
                queued -> writer.write(header, queued, out))) {
            while (units.hasNext()) {
                written.put(units.next());
            }
            written.finish();
        }
        exports.insertUnits(exportId, versions.segments(), versions.versions());
        return new ExportedFile(fileName(document, locale), XLIFF_MEDIA_TYPE, out.toByteArray(), exportId, versions.size());
    }

    /**
     * Several documents and locales as one zip: {@code <locale>/<document>.<locale>.xlf}, each file an export
     * of its own (so each can come back on its own).
     *
     * @throws IllegalArgumentException when nothing is chosen, or as {@link #exportXliff}
     */
    @Transactional
    public ExportedFile exportZip(long projectId, List<Long> documentIds, List<String> locales, String version,
                                  ExportOptions options) {
        java.io.ByteArrayOutputStream zipped = new java.io.ByteArrayOutputStream();
        ZipSummary summary = writeZip(projectId, documentIds, locales, version, options, zipped, Progress.NONE);
        return new ExportedFile(summary.fileName(), "application/zip", zipped.toByteArray(), -1, summary.units());
    }

    /** What a zip export wrote. */
    public record ZipSummary(String fileName, int files, int units) {
    }

    /**
     * As {@link #exportZip}, written to {@code out} (e.g. a temporary file for a job), reporting files done.
     */
    @Transactional
    public ZipSummary writeZip(long projectId, List<Long> documentIds, List<String> locales, String version,
                               ExportOptions options, java.io.OutputStream out, Progress progress) {
        ProjectSummary project = projects.find(projectId)
                .orElseThrow(() -> new java.util.NoSuchElementException("Project " + projectId + " does not exist"));
        access.require(Permission.MANAGE, projectId, null);
        List<Long> chosen = documentIds.isEmpty()
                ? documents.documents(projectId).stream().map(DocumentSummary::id).toList() : documentIds;
        List<String> chosenLocales = locales.isEmpty() ? project.targetLocales() : locales;
        if (chosen.isEmpty()) {
            throw new IllegalArgumentException("Project '" + project.name() + "' has no documents to export");
        }
        int units = 0;
        int files = 0;
        progress.total((long) chosen.size() * chosenLocales.size());
        java.util.Set<String> names = new java.util.HashSet<>();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out, java.nio.charset.StandardCharsets.UTF_8)) {
            for (String locale : chosenLocales) {
                for (long documentId : chosen) {
                    DocumentSummary document = documents.find(documentId).filter(d -> d.projectId() == projectId)
                            .orElseThrow(() -> new IllegalArgumentException("Document " + documentId + " is not in project '"
                                    + project.name() + "'"));
                    ExportedFile file = exportXliff(document.id(), locale, version, options);
                    String name = locale + "/" + file.fileName();
                    if (!names.add(name)) {
                        name = locale + "/" + document.id() + "-" + file.fileName();
                        names.add(name);
                    }
                    zip.putNextEntry(new java.util.zip.ZipEntry(name));
                    zip.write(file.content());
                    zip.closeEntry();
                    units += file.units();
                    progress.advance(++files);
                }
            }
            // The quote's basis (analysis.html, analysis.csv) beside the files it describes.
            for (ZipCompanion companion : companions.orderedStream().toList()) {
                for (ZipCompanion.CompanionFile extra : companion.files(projectId, chosen, chosenLocales)) {
                    if (names.add(extra.name())) {
                        zip.putNextEntry(new java.util.zip.ZipEntry(extra.name()));
                        zip.write(extra.content());
                        zip.closeEntry();
                    }
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        String base = project.name().replaceAll("[^\\p{L}\\p{N}._-]+", "-");
        return new ZipSummary(base + "-xliff-" + version + ".zip", files, units);
    }

    /** The segment ids and target versions that went out, as two growing arrays (no object per unit). */
    private static final class ExportedVersions {
        private long[] segments = new long[1024];
        private int[] versions = new int[1024];
        private int size;

        void add(long segment, int version) {
            if (size == segments.length) {
                segments = java.util.Arrays.copyOf(segments, size * 2);
                versions = java.util.Arrays.copyOf(versions, size * 2);
            }
            segments[size] = segment;
            versions[size++] = version;
        }

        long[] segments() {
            return java.util.Arrays.copyOf(segments, size);
        }

        int[] versions() {
            return java.util.Arrays.copyOf(versions, size);
        }

        int size() {
            return size;
        }
    }

    private static XliffUnit unit(SegmentRow row) {
        return new XliffUnit(String.valueOf(row.segmentId()), row.source(), row.target(),
                row.state(), row.notes());
    }

    static String fileName(DocumentSummary document, String locale) {
        String base = document.name().replaceAll("\\.[A-Za-z0-9]{1,8}$", "");
        return base + "." + locale + ".xlf";
    }
}
