package org.tarjima.jobs;

import java.time.Instant;
import java.util.UUID;

/**
 * A job as the job list shows it.
 *
 * @param total 0 while unknown
 * @param message the outcome (for the user) once finished, or the reason it failed
 */
public record JobSnapshot(UUID id, long projectId, String title, State state, long done, long total, String message,
                          Instant started, Instant finished) {

    public enum State { RUNNING, DONE, FAILED }

    /** Share done, 0..1, or -1 while unknown. */
    public double fraction() {
        return total <= 0 ? -1 : Math.min(1.0, (double) done / total);
    }
}
