package org.tarjima.base.events;

import java.util.Map;

/**
 * Something a webhook subscriber may want to hear about, published (Spring's ApplicationEventPublisher) inside the
 * transaction that made it happen; the webhooks feature stores a delivery for each matching subscription in that
 * same transaction, so a rolled-back change sends nothing.
 *
 * @param type      e.g. {@code locale.signed_off}, {@code assignment.created}
 * @param projectId the project it happened in, or null for a global event
 * @param data      ids and values for the JSON body, no null values (links are added by the webhooks feature)
 */
public record WebhookEvent(String type, Long projectId, Map<String, Object> data) {

    public WebhookEvent {
        data = Map.copyOf(data);
    }
}
