package org.tarjima.webhooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tarjima.base.events.WebhookEvent;

/**
 * Hears every {@link WebhookEvent} inside the transaction that published it and stores one delivery per matching
 * webhook there, so that a change that rolls back sends nothing and one that commits is sent at least once.
 */
@Component
class WebhookOutbox {

    private final WebhookRepository webhooks;
    private final WebhookDispatcher dispatcher;
    private final ObjectMapper json;
    private final Clock clock;
    private final String publicUrl;

    WebhookOutbox(WebhookRepository webhooks, WebhookDispatcher dispatcher, ObjectMapper json, Clock clock,
                  @Value("${tarjima.public-url:http://localhost:8080}") String publicUrl) {
        this.webhooks = webhooks;
        this.dispatcher = dispatcher;
        this.json = json;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    @EventListener
    void on(WebhookEvent event) {
        List<Long> subscribers = webhooks.subscribers(event.projectId(), event.type());
        if (subscribers.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        for (long webhookId : subscribers) {
            UUID id = UUID.randomUUID();
            webhooks.insertDelivery(id, webhookId, event.type(), body(id, event, now), now);
        }
        dispatcher.wakeAfterCommit();
    }

    /** The JSON a subscriber gets; its bytes are what the signature covers. */
    String body(UUID id, WebhookEvent event, Instant occurredAt) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id.toString());
        body.put("type", event.type());
        body.put("occurredAt", occurredAt.toString());
        body.put("projectId", event.projectId());
        body.put("data", new TreeMap<>(event.data()));
        body.put("links", links(event));
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("A webhook event's data must be plain values: " + e.getMessage(), e);
        }
    }

    /** Where a person (the workbench) and a program (the API) find what the event is about. */
    private Map<String, String> links(WebhookEvent event) {
        Map<String, String> links = new LinkedHashMap<>();
        Object document = event.data().get("documentId");
        Object locale = event.data().get("locale");
        Object segment = event.data().get("segmentId");
        if (event.projectId() != null) {
            links.put("project", publicUrl + "/projects/" + event.projectId());
            links.put("projectApi", publicUrl + "/api/projects/" + event.projectId());
        }
        if (document != null) {
            links.put("documentApi", publicUrl + "/api/documents/" + document);
            if (locale != null) {
                links.put("editor", publicUrl + "/documents/" + document + "/" + locale
                        + (segment == null ? "" : "?segment=" + segment));
                links.put("segmentsApi", publicUrl + "/api/documents/" + document + "/segments?locale=" + locale);
            }
        }
        return links;
    }
}
