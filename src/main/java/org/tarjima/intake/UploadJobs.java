package org.tarjima.intake;

import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.tarjima.base.i18n.Message;
import org.tarjima.document.DocumentImportException;
import org.tarjima.interchange.InterchangeException;
import org.tarjima.jobs.JobService;

/**
 * An upload into a project as a job with progress (the project page's drop zone): the import runs in its own
 * transaction on a worker, a refused file's reason is the job's message.
 */
@Service
public class UploadJobs {

    private final JobService jobs;
    private final IncomingFiles incoming;

    UploadJobs(JobService jobs, IncomingFiles incoming) {
        this.jobs = jobs;
        this.incoming = incoming;
    }

    /**
     * @param targetLocale the locale of an XLIFF file's translations when the file names none (null: its own)
     * @param title        the job's line in the list (said in each viewer's language)
     * @param outcome      the message once the document is imported
     */
    public JobService.JobHandle<IncomingFiles.Imported> submitImport(long projectId, String fileName, byte[] content,
                                                                     String targetLocale, Message title,
                                                                     Function<IncomingFiles.Imported, Message> outcome) {
        return jobs.submit(projectId, title, progress -> incoming.importReporting(projectId, fileName, content,
                targetLocale, progress), outcome, UploadJobs::refusal);
    }

    /** The largest file an upload may be ({@link IncomingFiles#maxBytes()}). */
    public long maxBytes() {
        return incoming.maxBytes();
    }

    /** The target locales to choose from before importing ({@link IncomingFiles#targetLocaleChoices}). */
    public java.util.List<String> targetLocaleChoices(long projectId, String fileName, byte[] content) {
        return incoming.targetLocaleChoices(projectId, fileName, content);
    }

    /** A refusal's message is for the user; anything else is a failure the log explains. */
    private static Message refusal(RuntimeException e) {
        return e instanceof DocumentImportException refused ? refused.userMessage()
                : e instanceof InterchangeException refused ? refused.userMessage() : null;
    }
}
