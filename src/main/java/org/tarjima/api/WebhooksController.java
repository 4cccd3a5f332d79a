package org.tarjima.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tarjima.webhooks.Delivery;
import org.tarjima.webhooks.NewWebhook;
import org.tarjima.webhooks.Webhook;
import org.tarjima.webhooks.WebhookService;

@RestController
@Tag(name = "Webhooks", description = "Signed JSON sent to a URL when something happens: a project's (its managers) "
        + "or every project's (admins); the delivery log and replay")
class WebhooksController {

    private static final String EVENTS = "Events: document.imported, locale.translated, locale.signed_off, "
            + "assignment.created, assignment.overdue, segment.rejected, comment.created. The body is signed: header "
            + "X-Tarjima-Signature: sha256=<hex HMAC-SHA256 of the raw body with the secret>. URLs that resolve to "
            + "loopback, private or link-local addresses are refused (400) unless TARJIMA_WEBHOOKS_ALLOW_LOCAL=true.";

    private final WebhookService webhooks;

    WebhooksController(WebhookService webhooks) {
        this.webhooks = webhooks;
    }

    record WebhookRequest(String url, String secret, List<String> events) {
    }

    /** A webhook as listed: the secret is never given back. */
    record WebhookJson(long id, Long projectId, String url, List<String> events, Instant createdAt, String createdBy) {
        static WebhookJson of(Webhook w) {
            return new WebhookJson(w.id(), w.projectId(), w.url(), w.events(), w.createdAt(), w.createdBy());
        }
    }

    record AttemptJson(Instant attemptedAt, Integer statusCode, long durationMillis, String error, boolean replay) {
    }

    record DeliveryJson(UUID id, String type, Instant createdAt, String status, Instant deliveredAt,
                        Instant nextAttemptAt, Integer lastStatusCode, String lastError, List<AttemptJson> attempts) {
        static DeliveryJson of(Delivery d) {
            String status = d.deliveredAt() != null ? "DELIVERED" : d.failed() ? "FAILED" : "PENDING";
            return new DeliveryJson(d.id(), d.eventType(), d.createdAt(), status, d.deliveredAt(), d.nextAttemptAt(),
                    d.lastStatus(), d.lastError(), d.attempts().stream().map(a -> new AttemptJson(a.attemptedAt(),
                    a.statusCode(), a.durationMillis(), a.error(), a.replay())).toList());
        }
    }

    @PostMapping(path = "/api/projects/{id}/webhooks", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Subscribe a URL to a project's events (managers)", description = EVENTS)
    WebhookJson create(@PathVariable long id, @RequestBody WebhookRequest request) {
        return WebhookJson.of(webhooks.create(id, new NewWebhook(request.url(), request.secret(), request.events())));
    }

    @GetMapping(path = "/api/projects/{id}/webhooks", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "A project's webhooks (managers)")
    List<WebhookJson> list(@PathVariable long id) {
        return webhooks.webhooks(id).stream().map(WebhookJson::of).toList();
    }

    @DeleteMapping("/api/projects/{id}/webhooks/{webhookId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a project's webhook and its log")
    void delete(@PathVariable long id, @PathVariable long webhookId) {
        ofProject(id, webhookId);
        webhooks.delete(webhookId);
    }

    @GetMapping(path = "/api/projects/{id}/webhooks/{webhookId}/deliveries", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The latest deliveries of a project's webhook, newest first, with every attempt")
    List<DeliveryJson> deliveries(@PathVariable long id, @PathVariable long webhookId) {
        ofProject(id, webhookId);
        return webhooks.deliveries(webhookId).stream().map(DeliveryJson::of).toList();
    }

    @PostMapping("/api/projects/{id}/webhooks/{webhookId}/deliveries/{deliveryId}/replay")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Send one delivery again (same id and body), by the background worker")
    void replay(@PathVariable long id, @PathVariable long webhookId, @PathVariable UUID deliveryId) {
        ofProject(id, webhookId);
        webhooks.replay(webhookId, deliveryId);
    }

    @PostMapping(path = "/api/webhooks", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Subscribe a URL to every project's events (admins)", description = EVENTS)
    WebhookJson createGlobal(@RequestBody WebhookRequest request) {
        return WebhookJson.of(webhooks.createGlobal(new NewWebhook(request.url(), request.secret(), request.events())));
    }

    @GetMapping(path = "/api/webhooks", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The global webhooks (admins)")
    List<WebhookJson> listGlobal() {
        return webhooks.globalWebhooks().stream().map(WebhookJson::of).toList();
    }

    @DeleteMapping("/api/webhooks/{webhookId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a global webhook and its log")
    void deleteGlobal(@PathVariable long webhookId) {
        global(webhookId);
        webhooks.delete(webhookId);
    }

    @GetMapping(path = "/api/webhooks/{webhookId}/deliveries", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The latest deliveries of a global webhook, newest first, with every attempt")
    List<DeliveryJson> globalDeliveries(@PathVariable long webhookId) {
        global(webhookId);
        return webhooks.deliveries(webhookId).stream().map(DeliveryJson::of).toList();
    }

    @PostMapping("/api/webhooks/{webhookId}/deliveries/{deliveryId}/replay")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Send one delivery of a global webhook again")
    void replayGlobal(@PathVariable long webhookId, @PathVariable UUID deliveryId) {
        global(webhookId);
        webhooks.replay(webhookId, deliveryId);
    }

    private void ofProject(long projectId, long webhookId) {
        if (!Objects.equals(webhooks.webhook(webhookId).projectId(), projectId)) {
            throw new NoSuchElementException("Project " + projectId + " has no webhook " + webhookId);
        }
    }

    private void global(long webhookId) {
        if (webhooks.webhook(webhookId).projectId() != null) {
            throw new NoSuchElementException("No global webhook " + webhookId);
        }
    }
}
