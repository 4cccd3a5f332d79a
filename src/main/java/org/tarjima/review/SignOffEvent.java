package org.tarjima.review;

import java.time.Instant;

/**
 * What happened to a locale's sign-off.
 *
 * @param segmentId     for {@code REVOKED}: the segment whose change took the sign-off away
 * @param targetVersion for {@code REVOKED}: the version of that change
 */
public record SignOffEvent(Action action, String locale, String actedBy, Instant actedAt, Long segmentId,
                           Integer targetVersion) {

    public enum Action {
        SIGNED, WITHDRAWN, REVOKED
    }
}
