package org.tarjima.interchange;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tarjima.document.DocumentService;
import org.tarjima.document.DocumentSummary;
import org.tarjima.document.SourceFormat;
import org.tarjima.jobs.Progress;

/**
 * The one entry for a file uploaded into a project, from the UI or the API: XLIFF (recognised by its
 * content) becomes a bilingual document, anything else is read as a source article.
 */
@Service
public class IncomingFiles {

    private final DocumentService documents;
    private final XliffDocumentImportService xliff;

    IncomingFiles(DocumentService documents, XliffDocumentImportService xliff) {
        this.documents = documents;
        this.xliff = xliff;
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
        // Content decides; a name that promises XLIFF gets XLIFF's checks, so a broken .xlf is reported as such.
        if (SourceFormat.isXliff(content) || hasXliffName(fileName)) {
            return xliff.importDocument(projectId, fileName, XliffSource.of(content), progress);
        }
        // An article is read and stored in one step: its progress is unknown until it is done.
        return documents.importSource(projectId, fileName, content);
    }

    private static boolean hasXliffName(String fileName) {
        return fileName != null && fileName.toLowerCase(java.util.Locale.ROOT).matches(".*\\.(xlf|xliff|sdlxliff|mqxliff|xlz)$");
    }
}
