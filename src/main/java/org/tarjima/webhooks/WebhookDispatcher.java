package org.tarjima.webhooks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The background worker that sends the outbox: woken after a commit that stored deliveries, and every few seconds
 * for retries and for what another node left. Each delivery is claimed in a short transaction, sent with no
 * transaction open (short timeouts, no redirects followed), and its attempt recorded in another; a failure (no 2xx,
 * or no answer) is tried again after 30 s, 1 min, 2 min… at most an hour apart, for 24 hours.
 */
@Component
public class WebhookDispatcher {

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);

    static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    static final Duration LONGEST_WAIT = Duration.ofHours(1);
    static final Duration RETRY_FOR = Duration.ofHours(24);
    /** A claimed delivery whose worker died is taken up again after this. */
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final int BATCH = 20;
    private static final int ERROR_MAX_LENGTH = 1000;

    private final WebhookRepository webhooks;
    private final WebhookUrls urls;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "webhook-deliveries");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * Whether this node sends deliveries by itself (after commit and every 5 s). The tests turn it off and send
     * with {@link #runDue()}: several application contexts share one test database, and one context's worker would
     * take another's deliveries under its own settings.
     */
    private final boolean sending;

    WebhookDispatcher(WebhookRepository webhooks, WebhookUrls urls, PlatformTransactionManager transactions, Clock clock,
                      @org.springframework.beans.factory.annotation.Value("${tarjima.webhooks.worker:true}") boolean sending) {
        this.sending = sending;
        this.webhooks = webhooks;
        this.urls = urls;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (!sending) {
            return;
        }
        worker.scheduleWithFixedDelay(this::runQuietly, 5, 5, TimeUnit.SECONDS);
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    /** Asks the worker to look at the outbox once the current transaction commits (at once without one). */
    void wakeAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    wake();
                }
            });
        } else {
            wake();
        }
    }

    private void wake() {
        if (sending && !worker.isShutdown()) {
            worker.execute(this::runQuietly);
        }
    }

    private void runQuietly() {
        try {
            runDue();
        } catch (RuntimeException e) {
            log.warn("Webhook deliveries could not be sent this time: {}", e.toString());
        }
    }

    /**
     * Sends every delivery that is due now, in the calling thread, and returns how many were attempted (the worker
     * calls it; tests call it to send without waiting).
     */
    public int runDue() {
        int attempted = 0;
        while (true) {
            Instant now = clock.instant();
            List<WebhookRepository.Claimed> claimed = transactions.execute(status ->
                    webhooks.claimDue(now, now.plus(LEASE), BATCH));
            if (claimed == null || claimed.isEmpty()) {
                return attempted;
            }
            for (WebhookRepository.Claimed delivery : claimed) {
                send(delivery);
                attempted++;
            }
        }
    }

    private void send(WebhookRepository.Claimed delivery) {
        Optional<WebhookRepository.Target> target = webhooks.target(delivery.webhookId());
        if (target.isEmpty()) {
            return; // deleted meanwhile, with its deliveries
        }
        Instant started = clock.instant();
        long startNanos = System.nanoTime();
        Integer status = null;
        String error = null;
        try {
            // Again at every attempt: the name may resolve elsewhere since the webhook was created.
            URI uri = urls.check(target.get().url());
            byte[] body = delivery.body().getBytes(StandardCharsets.UTF_8);
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json; charset=utf-8")
                    .header("User-Agent", "Tarjima-Webhooks")
                    .header("X-Tarjima-Event", delivery.eventType())
                    .header("X-Tarjima-Delivery", delivery.id().toString())
                    .header(WebhookSignature.HEADER, WebhookSignature.of(target.get().secret(), body))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            status = response.statusCode();
            if (status / 100 != 2) {
                error = "HTTP " + status;
            }
        } catch (WebhookUrlRefusedException e) {
            error = e.getMessage();
        } catch (IOException e) {
            error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "Interrupted";
        }
        long millis = (System.nanoTime() - startNanos) / 1_000_000;
        Instant after = clock.instant();
        boolean delivered = error == null;
        Instant next = delivered ? null : nextAttempt(delivery, after);
        String recorded = error == null ? null : error.substring(0, Math.min(error.length(), ERROR_MAX_LENGTH));
        boolean replay = delivery.replayedAt() != null;
        Integer answered = status;
        transactions.executeWithoutResult(s -> webhooks.recordAttempt(delivery.id(), started, answered, millis, recorded,
                replay, delivered ? after : null, next));
        if (!delivered) {
            log.info("Webhook delivery {} to webhook {} failed ({}); {}", delivery.id(), delivery.webhookId(), recorded,
                    next == null ? "given up" : "next attempt at " + next);
        }
    }

    /** Exponential backoff within a day of the delivery (or of its replay); null: give up. */
    static Instant nextAttempt(WebhookRepository.Claimed delivery, Instant now) {
        int failures = delivery.attempts() + 1;
        Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(failures - 1, 20));
        if (wait.compareTo(LONGEST_WAIT) > 0) {
            wait = LONGEST_WAIT;
        }
        Instant from = delivery.replayedAt() != null ? delivery.replayedAt() : delivery.createdAt();
        Instant next = now.plus(wait);
        return next.isAfter(from.plus(RETRY_FOR)) ? null : next;
    }
}
