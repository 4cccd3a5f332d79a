package org.tarjima.base.events;

import java.util.List;

/**
 * A notification for one person who chose to get this kind, published (Spring's ApplicationEventPublisher) inside
 * the transaction that caused it: the in-app bell stores it, and the e-mail channel (when TARJIMA_SMTP_URL is set
 * and the person has an address) sends it after commit.
 *
 * @param username   who is notified
 * @param kind       ASSIGNED, DUE_TOMORROW, OVERDUE, REJECTED, MENTIONED, READY_FOR_REVIEW or SIGNED_OFF
 * @param messageKey bundle key of the text, rendered in the recipient's UI language when shown or sent
 * @param arguments  the message's arguments as text
 * @param link       the workbench path it points to, e.g. {@code /documents/12/ru?segment=3}
 */
public record PersonNotified(String username, String kind, String messageKey, List<String> arguments, String link) {

    public PersonNotified {
        arguments = List.copyOf(arguments);
    }
}
