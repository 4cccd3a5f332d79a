package org.tarjima.interchange.translated;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.tarjima.jobs.JobService;
import org.tarjima.jobs.JobSnapshot;

/**
 * A zip of translated documents as a job with progress: a whole project in several locales can take a while. The zip
 * is written to a temporary file the job list offers for download (and deletes when the job is forgotten).
 */
@Service
public class TranslatedJobs {

    private final JobService jobs;
    private final TranslatedDocumentService translated;

    TranslatedJobs(JobService jobs, TranslatedDocumentService translated) {
        this.jobs = jobs;
        this.translated = translated;
    }

    /**
     * @param documentIds none: every document of the project
     * @param title       the job's line in the list, in the language of whoever starts it
     * @param outcome     the message once the zip is ready
     */
    public JobService.JobHandle<JobSnapshot.JobFile> submitZip(long projectId, List<Long> documentIds, List<String> locales,
                                                               MinState minState, String title,
                                                               Function<JobSnapshot.JobFile, String> outcome) {
        return jobs.submit(projectId, title, progress -> {
            Path zip = temporaryZip();
            try (OutputStream out = Files.newOutputStream(zip)) {
                TranslatedDocumentService.ZipSummary summary = translated.writeZip(projectId, documentIds, locales,
                        minState, out, progress);
                return new JobSnapshot.JobFile(zip, summary.fileName(), TranslatedDocumentService.ZIP_MEDIA_TYPE);
            } catch (IOException | RuntimeException e) {
                try {
                    Files.deleteIfExists(zip);
                } catch (IOException ignored) {
                    // a temporary file left behind is the operating system's to clean
                }
                throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
            }
        }, outcome, null);
    }

    private static Path temporaryZip() {
        try {
            return Files.createTempFile("tarjima-translated-", ".zip");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
