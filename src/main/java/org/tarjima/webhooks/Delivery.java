package org.tarjima.webhooks;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One event sent to one webhook, with every attempt so far (oldest first).
 *
 * @param nextAttemptAt when the worker tries (again); null when it is delivered or was given up
 * @param deliveredAt   when a subscriber last answered 2xx; null when not (yet)
 */
public record Delivery(UUID id, long webhookId, String eventType, Instant createdAt, Instant nextAttemptAt,
                       Instant deliveredAt, Integer lastStatus, String lastError, List<Attempt> attempts) {

    public Delivery {
        attempts = List.copyOf(attempts);
    }

    /** Whether the worker gave up on it: not delivered and nothing more planned. */
    public boolean failed() {
        return deliveredAt == null && nextAttemptAt == null;
    }

    /**
     * One attempt.
     *
     * @param statusCode the subscriber's answer, null when none came (refused, timed out, address refused)
     * @param replay     whether a person asked for it again
     */
    public record Attempt(Instant attemptedAt, Integer statusCode, long durationMillis, String error, boolean replay) {
    }
}
