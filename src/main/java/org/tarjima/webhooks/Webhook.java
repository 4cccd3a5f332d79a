package org.tarjima.webhooks;

import java.time.Instant;
import java.util.List;

/** A subscription as it is listed: never its secret. {@code projectId} null: a global webhook. */
public record Webhook(long id, Long projectId, String url, List<String> events, Instant createdAt, String createdBy) {

    public Webhook {
        events = List.copyOf(events);
    }
}
