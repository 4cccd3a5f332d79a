package org.tarjima.interchange.translated;

import java.util.List;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.tarjima.base.i18n.Message;
import org.tarjima.jobs.JobFiles;
import org.tarjima.jobs.JobService;
import org.tarjima.jobs.JobSnapshot;

/**
 * A zip of translated documents as a job with progress: a whole project in several locales can take a while
 * ({@link JobFiles} keeps the zip for the job list's download).
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
     * @param title       the job's line in the list (said in each viewer's language)
     * @param outcome     the message once the zip is ready
     */
    public JobService.JobHandle<JobSnapshot.JobFile> submitZip(long projectId, List<Long> documentIds, List<String> locales,
                                                               MinState minState, Message title,
                                                               Function<JobSnapshot.JobFile, Message> outcome) {
        return jobs.submit(projectId, title, progress -> JobFiles.write("tarjima-translated-", ".zip",
                TranslatedDocumentService.ZIP_MEDIA_TYPE,
                out -> translated.writeZip(projectId, documentIds, locales, minState, out, progress).fileName()),
                outcome, null);
    }
}
