package org.tarjima.interchange.ui;

import java.util.List;
import org.springframework.stereotype.Component;
import org.tarjima.analysis.ui.AnalysisTools;
import org.tarjima.interchange.bundle.MessageBundleExportService;
import org.tarjima.interchange.bundle.MessageBundleImportService;
import org.tarjima.interchange.xliff.XliffExportService;
import org.tarjima.interchange.xliff.XliffImportService;
import org.tarjima.interchange.xliff.XliffJobs;

/**
 * What the interchange feature offers other screens: its dialogs, opened with the services they work through, so that
 * a screen (the project page) asks for "the export dialog of this document" instead of wiring four services itself.
 */
@Component
public class InterchangeDialogs {

    private final XliffExportService exports;
    private final XliffImportService imports;
    private final MessageBundleExportService bundleExports;
    private final MessageBundleImportService bundleImports;
    private final XliffJobs jobs;
    private final org.tarjima.interchange.translated.TranslatedDocumentService translated;
    private final org.tarjima.interchange.translated.TranslatedJobs translatedJobs;
    private final AnalysisTools analysis;

    InterchangeDialogs(XliffExportService exports, XliffImportService imports, MessageBundleExportService bundleExports,
                       MessageBundleImportService bundleImports, XliffJobs jobs,
                       org.tarjima.interchange.translated.TranslatedDocumentService translated,
                       org.tarjima.interchange.translated.TranslatedJobs translatedJobs, AnalysisTools analysis) {
        this.analysis = analysis;
        this.translated = translated;
        this.translatedJobs = translatedJobs;
        this.exports = exports;
        this.imports = imports;
        this.bundleExports = bundleExports;
        this.bundleImports = bundleImports;
        this.jobs = jobs;
    }

    /** The match analysis that goes to a vendor with the files (its dialog and the project's rate card). */
    public AnalysisTools analysis() {
        return analysis;
    }

    /** XLIFF export of one document ({@code documentId}) or of the whole project (null). */
    public void openExport(long projectId, Long documentId, String title, List<String> locales, Runnable onJobStarted) {
        new ExportDialog(exports, jobs, projectId, documentId, title, locales, onJobStarted).open();
    }

    /**
     * The translated document in its own format ({@code documentId}; {@code segments} its segment count), or every
     * document of the project as a zip (null).
     */
    public void openTranslatedDownload(long projectId, Long documentId, String title, int segments, List<String> locales,
                                       Runnable onJobStarted) {
        new TranslatedDownloadDialog(translated, translatedJobs, projectId, documentId, title, segments, locales,
                onJobStarted).open();
    }

    /** A vendor's XLIFF back into a document. */
    public void openImport(long projectId, long documentId, String documentName, Runnable onApplied) {
        new ImportDialog(imports, jobs, projectId, documentId, documentName, onApplied).open();
    }

    /** A message bundle's translated .properties file. */
    public void openBundleExport(long documentId, String documentName, int keys, List<String> locales) {
        new BundleExportDialog(bundleExports, documentId, documentName, keys, locales).open();
    }

    /** An existing translated .properties bundle into a locale of a message bundle document. */
    public void openBundleImport(long documentId, String documentName, List<String> locales, Runnable onApplied) {
        new BundleImportDialog(bundleImports, documentId, documentName, locales, onApplied).open();
    }
}
