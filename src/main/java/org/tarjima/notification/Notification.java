package org.tarjima.notification;

import java.time.Instant;
import java.util.List;

/** One notification of the signed-in user: its text is {@code messageKey} with {@code arguments}, in their language. */
public record Notification(long id, NotificationKind kind, String messageKey, List<String> arguments, String link,
                           Instant createdAt, boolean read) {

    public Notification {
        arguments = List.copyOf(arguments);
    }
}
