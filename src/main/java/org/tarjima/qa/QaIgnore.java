package org.tarjima.qa;

import java.time.Instant;

/**
 * A warning someone marked as ignored, with why. It holds while the target reads as it did then.
 *
 * @param targetVersion the target's version when it was ignored
 */
public record QaIgnore(long segmentId, String locale, String checkId, int targetVersion, String reason, String ignoredBy,
                       Instant ignoredAt) {

    /** Longest reason; matches the schema. */
    public static final int REASON_MAX_LENGTH = 1000;
}
