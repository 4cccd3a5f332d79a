package org.tarjima.notification;

/** What a notification is about; each person chooses the kinds they get (all of them until they choose). */
public enum NotificationKind {
    ASSIGNED, DUE_TOMORROW, OVERDUE, REJECTED, MENTIONED, READY_FOR_REVIEW, SIGNED_OFF
}
