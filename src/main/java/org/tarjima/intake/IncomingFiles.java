package org.tarjima.intake;

import org.springframework.stereotype.Service;
import org.tarjima.base.ImportLimit;
import org.springframework.transaction.annotation.Transactional;
import org.tarjima.document.DocumentService;
import org.tarjima.document.DocumentSummary;
import org.tarjima.document.SourceFormat;
import org.tarjima.jobs.Progress;
import org.tarjima.interchange.xliff.XliffDocumentImportService;
import org.tarjima.interchange.XliffSource;
import org.tarjima.memory.Pretranslator;

/**
 * The one entry for a file uploaded into a project, from the UI or the API: XLIFF (recognised by its
 * content) becomes a bilingual document, anything else is read as a source article.
 */
@Service
public class IncomingFiles {

    private final DocumentService documents;
    private final XliffDocumentImportService xliff;
    private final Pretranslator pretranslator;
    private final ImportLimit limit;

    IncomingFiles(DocumentService documents, XliffDocumentImportService xliff, Pretranslator pretranslator, ImportLimit limit) {
        this.documents = documents;
        this.xliff = xliff;
        this.pretranslator = pretranslator;
        this.limit = limit;
    }

    /** The largest file an upload may be (the upload component refuses larger ones before sending them). */
    public long maxBytes() {
        return limit.maxBytes();
    }

    /** An imported document and how many of its NEW targets the project's TM pre-translation filled. */
    public record Imported(DocumentSummary document, Pretranslator.ImportFill pretranslated) {
    }

    /**
     * @throws org.tarjima.document.DocumentImportException or {@link InterchangeException} with the reason
     */
    @Transactional
    public DocumentSummary importFile(long projectId, String fileName, byte[] content) {
        return importFile(projectId, fileName, content, Progress.NONE);
    }

    /** As {@link #importFile(long, String, byte[])}, reporting progress. */
    @Transactional
    public DocumentSummary importFile(long projectId, String fileName, byte[] content, Progress progress) {
        return importReporting(projectId, fileName, content, progress).document();
    }

    /**
     * As {@link #importFile(long, String, byte[], Progress)}, then, in the same transaction, fills NEW targets from
     * 100 % TM matches if the project says so (after the targets an XLIFF brought along, which win).
     */
    @Transactional
    public Imported importReporting(long projectId, String fileName, byte[] content, Progress progress) {
        return importReporting(projectId, fileName, content, null, progress);
    }

    /**
     * As {@link #importReporting(long, String, byte[], Progress)}, with the locale of an XLIFF file's translations
     * when the file names none.
     *
     * @param targetLocale null: the file's own, or the project's only target locale
     * @throws TargetLocaleNeededException when an XLIFF file needs it and none was given
     */
    @Transactional
    public Imported importReporting(long projectId, String fileName, byte[] content, String targetLocale,
                                    Progress progress) {
        DocumentSummary document = store(projectId, fileName, content, targetLocale, progress);
        return new Imported(document, pretranslator.fillImported(projectId, document.id()));
    }

    /**
     * The target locales to choose from before importing: not empty only for an XLIFF file with translations that
     * names no target language, uploaded into a project with several (the import refuses it without a choice).
     */
    @Transactional(readOnly = true)
    public java.util.List<String> targetLocaleChoices(long projectId, String fileName, byte[] content) {
        if (SourceFormat.isXliff(content) || hasXliffName(fileName)) {
            return xliff.targetLocaleChoices(projectId, XliffSource.of(content));
        }
        return java.util.List.of();
    }

    private DocumentSummary store(long projectId, String fileName, byte[] content, String targetLocale, Progress progress) {
        // Content decides; a name that promises XLIFF gets XLIFF's checks, so a broken .xlf is reported as such.
        if (SourceFormat.isXliff(content) || hasXliffName(fileName)) {
            return xliff.importDocument(projectId, fileName, XliffSource.of(content), targetLocale, progress);
        }
        // An article is read whole first (its length is unknown until then), then stored a batch at a time.
        return documents.importSource(projectId, fileName, content, (stored, total) -> {
            progress.total(total);
            progress.advance(stored);
        });
    }

    private static boolean hasXliffName(String fileName) {
        return fileName != null && fileName.toLowerCase(java.util.Locale.ROOT).matches(".*\\.(xlf|xliff|sdlxliff|mqxliff|xlz)$");
    }
}
