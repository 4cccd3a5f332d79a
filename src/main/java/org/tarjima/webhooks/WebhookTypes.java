package org.tarjima.webhooks;

import java.util.List;

/** The event types a webhook may subscribe to; {@link org.tarjima.base.events.WebhookEvent#type()} is one of them. */
public final class WebhookTypes {

    public static final String DOCUMENT_IMPORTED = "document.imported";
    public static final String LOCALE_TRANSLATED = "locale.translated";
    public static final String LOCALE_SIGNED_OFF = "locale.signed_off";
    public static final String ASSIGNMENT_CREATED = "assignment.created";
    public static final String ASSIGNMENT_OVERDUE = "assignment.overdue";
    public static final String SEGMENT_REJECTED = "segment.rejected";
    public static final String COMMENT_CREATED = "comment.created";

    public static final List<String> ALL = List.of(DOCUMENT_IMPORTED, LOCALE_TRANSLATED, LOCALE_SIGNED_OFF,
            ASSIGNMENT_CREATED, ASSIGNMENT_OVERDUE, SEGMENT_REJECTED, COMMENT_CREATED);

    private WebhookTypes() {
    }
}
