package org.tarjima.jobs;

import java.time.Instant;
import java.util.UUID;
import org.tarjima.base.i18n.Message;

/**
 * A job as the job list shows it.
 *
 * @param total 0 while unknown
 * @param title    what the job does, said in the viewer's language when shown
 * @param message  the outcome (for the user) once finished, or the reason it failed; null when it failed unexpectedly
 * @param download a file the job produced for the user to download, or null (none, or it is on another node)
 * @param node     the application instance that runs or ran it
 */
public record JobSnapshot(UUID id, long projectId, Message title, State state, long done, long total, Message message,
                          Instant started, Instant finished, JobFile download, String node) {

    /** The same job with the file this node holds for it. */
    JobSnapshot withDownload(JobFile file) {
        return new JobSnapshot(id, projectId, title, state, done, total, message, started, finished, file, node);
    }

    /** A file a job produced (e.g. an export zip), kept on disk until the job is forgotten. */
    public record JobFile(java.nio.file.Path path, String fileName, String mediaType) {
    }

    /** INTERRUPTED: the node running it stopped; an import's transaction was rolled back with it. */
    public enum State { RUNNING, DONE, FAILED, INTERRUPTED }

    /** Share done, 0..1, or -1 while unknown. */
    public double fraction() {
        return total <= 0 ? -1 : Math.min(1.0, (double) done / total);
    }
}
