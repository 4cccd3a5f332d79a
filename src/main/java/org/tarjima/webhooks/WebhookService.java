package org.tarjima.webhooks;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tarjima.base.UserInputException;
import org.tarjima.project.ProjectService;
import org.tarjima.security.AccessPolicy;
import org.tarjima.security.CurrentUser;
import org.tarjima.security.Permission;

/**
 * A project's webhooks (its managers) and the global ones (admins): creating, listing, deleting, their delivery log
 * and sending one delivery again.
 */
@Service
public class WebhookService {

    /** How many deliveries the log shows per webhook. */
    public static final int LOG_SIZE = 50;

    private final WebhookRepository webhooks;
    private final WebhookUrls urls;
    private final AccessPolicy access;
    private final CurrentUser currentUser;
    private final ProjectService projects;
    private final WebhookDispatcher dispatcher;
    private final Clock clock;

    WebhookService(WebhookRepository webhooks, WebhookUrls urls, AccessPolicy access, CurrentUser currentUser,
                   ProjectService projects, WebhookDispatcher dispatcher, Clock clock) {
        this.webhooks = webhooks;
        this.urls = urls;
        this.access = access;
        this.currentUser = currentUser;
        this.projects = projects;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    /**
     * Subscribes a URL to events of a project (its managers).
     *
     * @throws UserInputException (400) when the URL, secret or events are not acceptable
     */
    @Transactional
    public Webhook create(long projectId, NewWebhook request) {
        access.require(Permission.MANAGE, projectId, null);
        projects.find(projectId).orElseThrow(() -> new NoSuchElementException("Project " + projectId + " does not exist"));
        return insert(projectId, request);
    }

    /** Subscribes a URL to events of every project (admins). */
    @Transactional
    public Webhook createGlobal(NewWebhook request) {
        access.requireAdmin();
        return insert(null, request);
    }

    /** A project's webhooks (its managers). */
    @Transactional(readOnly = true)
    public List<Webhook> webhooks(long projectId) {
        access.require(Permission.MANAGE, projectId, null);
        return webhooks.list(projectId);
    }

    /** The global webhooks (admins). */
    @Transactional(readOnly = true)
    public List<Webhook> globalWebhooks() {
        access.requireAdmin();
        return webhooks.list(null);
    }

    /** Deletes a webhook with its log (its project's managers, or admins for a global one). */
    @Transactional
    public void delete(long webhookId) {
        requireOwner(existing(webhookId));
        webhooks.delete(webhookId);
    }

    /** The latest {@link #LOG_SIZE} deliveries of a webhook, newest first, with their attempts. */
    @Transactional(readOnly = true)
    public List<Delivery> deliveries(long webhookId) {
        requireOwner(existing(webhookId));
        return webhooks.deliveries(webhookId, LOG_SIZE);
    }

    /**
     * Sends one delivery again, by the background worker, right after this returns (the same body and id, so a
     * subscriber that already has it can tell), with a fresh day of retries.
     *
     * @throws NoSuchElementException when the webhook has no such delivery
     */
    @Transactional
    public void replay(long webhookId, UUID deliveryId) {
        requireOwner(existing(webhookId));
        if (!webhooks.replay(webhookId, deliveryId, clock.instant())) {
            throw new NoSuchElementException("Webhook " + webhookId + " has no delivery " + deliveryId);
        }
        dispatcher.wakeAfterCommit();
    }

    /** The webhook, when the signed-in user may see it (for routes that name a project and a webhook). */
    @Transactional(readOnly = true)
    public Webhook webhook(long webhookId) {
        Webhook webhook = existing(webhookId);
        requireOwner(webhook);
        return webhook;
    }

    private Webhook insert(Long projectId, NewWebhook request) {
        String url = urls.check(request.url()).toString();
        String secret = request.secret() == null ? "" : request.secret();
        if (secret.isBlank() || secret.length() > NewWebhook.SECRET_MAX_LENGTH) {
            throw new UserInputException("webhooks.error.secret", "A webhook secret has 1 to "
                    + NewWebhook.SECRET_MAX_LENGTH + " characters", NewWebhook.SECRET_MAX_LENGTH);
        }
        LinkedHashSet<String> events = new LinkedHashSet<>(request.events() == null ? List.of() : request.events());
        if (events.isEmpty() || !WebhookTypes.ALL.containsAll(events)) {
            throw new UserInputException("webhooks.error.events", "Choose one or more events of "
                    + String.join(", ", WebhookTypes.ALL), String.join(", ", WebhookTypes.ALL));
        }
        long id = webhooks.insert(projectId, url, secret, List.copyOf(events), clock.instant(), currentUser.username());
        return webhooks.find(id).orElseThrow();
    }

    private Webhook existing(long webhookId) {
        return webhooks.find(webhookId).orElseThrow(() -> new NoSuchElementException("No webhook " + webhookId));
    }

    private void requireOwner(Webhook webhook) {
        if (webhook.projectId() == null) {
            access.requireAdmin();
        } else {
            access.require(Permission.MANAGE, webhook.projectId(), null);
        }
    }
}
