package org.tarjima.interchange.xliff;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.tarjima.base.i18n.Message;
import org.tarjima.interchange.InterchangeException;
import org.tarjima.interchange.XliffSource;
import org.tarjima.jobs.JobFiles;
import org.tarjima.jobs.JobService;
import org.tarjima.jobs.JobSnapshot;

/**
 * The long XLIFF use cases as jobs with progress, each owning its temporary files: a zip of exports (written to a file
 * the job list offers for download and deletes when the job is forgotten) and a vendor's file applied to a document
 * (the uploaded file deleted when the job ends, whatever the outcome). The screens and the API start them here.
 */
@Service
public class XliffJobs {

    private final JobService jobs;
    private final XliffExportService exports;
    private final XliffImportService imports;

    XliffJobs(JobService jobs, XliffExportService exports, XliffImportService imports) {
        this.jobs = jobs;
        this.exports = exports;
        this.imports = imports;
    }

    /**
     * Writes the XLIFF files of the documents (none: the whole project) in the locales as one zip.
     *
     * @param title   the job's line in the list (said in each viewer's language)
     * @param outcome the message once the zip is ready
     */
    public JobService.JobHandle<JobSnapshot.JobFile> submitZipExport(long projectId, List<Long> documentIds,
                                                                     List<String> locales, String version,
                                                                     ExportOptions options, Message title,
                                                                     Function<JobSnapshot.JobFile, Message> outcome) {
        return jobs.submit(projectId, title, progress -> JobFiles.write("tarjima-export-", ".zip", "application/zip",
                out -> exports.writeZip(projectId, documentIds, locales, version, options, out, progress).fileName()),
                outcome, null);
    }

    /**
     * Applies an uploaded vendor's file (a temporary file this job now owns and deletes) to a document in one
     * transaction; a refusal of the file is the job's message.
     */
    public JobService.JobHandle<ImportReport> submitVendorImport(long projectId, long documentId, Path uploaded,
                                                                 String targetLocale, ConflictChoice choice, Message title,
                                                                 Function<ImportReport, Message> outcome) {
        return jobs.submit(projectId, title, progress -> {
            try {
                return imports.apply(documentId, XliffSource.of(uploaded), targetLocale, choice, progress);
            } finally {
                delete(uploaded);
            }
        }, outcome, e -> e instanceof InterchangeException refused ? refused.userMessage() : null);
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a temporary file left behind is the operating system's to clean
        }
    }
}
