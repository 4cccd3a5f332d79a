package org.tarjima.live;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.PreDestroy;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.tarjima.base.db.BackgroundDrain;

/**
 * Publishes events to every node (this one included) with {@code pg_notify}, and hands what arrives to the local
 * subscribers. An event published inside a transaction is sent only after it commits, so nobody ever sees a change
 * that was rolled back.
 *
 * <p>Events are sent by one thread of the node, after the commit, as many as fit in one notification (a JSON array):
 * a {@code pg_notify} in the save's own transaction made every save's commit take PostgreSQL's server-wide notify
 * lock (commits of notifying transactions queue behind each other until each one's WAL is flushed), and woke every
 * listening connection once per save. The price: an event of a commit is lost if the node dies before its sender
 * sends it, as events sent while a listener is away always were; the views re-read what they show on reconnect.
 */
@Service
public class LiveEvents {

    static final String CHANNEL = "tarjima_live";
    private static final Logger log = LoggerFactory.getLogger(LiveEvents.class);

    private final JdbcClient jdbc;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private final List<Consumer<LiveEvent>> subscribers = new CopyOnWriteArrayList<>();
    /** This node, so that presence from a node that stopped can be told apart and expired. */
    private final String node = UUID.randomUUID().toString();
    /** Committed events waiting for the sender, in the order they were published. */
    private final ConcurrentLinkedQueue<LiveEvent> outbox = new ConcurrentLinkedQueue<>();
    private final BackgroundDrain sender = new BackgroundDrain("tarjima-live-sender", Duration.ZERO, this::send);
    private static final Object PENDING_KEY = new Object();
    /** PostgreSQL refuses a notification's payload of 8000 bytes or more. */
    static final int PAYLOAD_MAX_BYTES = 7_900;

    LiveEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public String node() {
        return node;
    }

    /** Sends the event to every node; inside a transaction, after its commit (never after a rollback). */
    public void publish(LiveEvent event) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            outbox.add(event);
            sender.wake();
            return;
        }
        pendingInThisTransaction().add(event);
    }

    /** The events of the current transaction, handed to the sender when it commits. */
    @SuppressWarnings("unchecked")
    private List<LiveEvent> pendingInThisTransaction() {
        Object bound = TransactionSynchronizationManager.getResource(PENDING_KEY);
        if (bound != null) {
            return (List<LiveEvent>) bound;
        }
        List<LiveEvent> pending = new ArrayList<>();
        TransactionSynchronizationManager.bindResource(PENDING_KEY, pending);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                outbox.addAll(pending);
                sender.wake();
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(PENDING_KEY);
            }
        });
        return pending;
    }

    /** On the sender's thread: every waiting event, as few notifications as their size allows, in order. */
    private void send() {
        StringBuilder batch = new StringBuilder();
        int bytes = 0;
        for (LiveEvent event = outbox.poll(); event != null; event = outbox.poll()) {
            String one = write(event);
            int size = one.getBytes(StandardCharsets.UTF_8).length + 1;
            if (bytes > 0 && bytes + size + 1 > PAYLOAD_MAX_BYTES) {
                notify(batch.append(']').toString());
                batch.setLength(0);
                bytes = 0;
            }
            batch.append(bytes == 0 ? '[' : ',').append(one);
            bytes += size;
        }
        if (bytes > 0) {
            notify(batch.append(']').toString());
        }
    }

    private void notify(String payload) {
        try {
            jdbc.sql("select pg_notify(?, ?)").params(CHANNEL, payload).query(Object.class).optional();
        } catch (RuntimeException e) {
            // Live updates are a courtesy: the views re-read on reconnect. A failed send is not retried.
            log.warn("Live events could not be sent ({} bytes): {}", payload.length(), e.getMessage());
        }
    }

    /** Waits until the events published so far are sent (tests). */
    void awaitSent() {
        sender.awaitIdle(Duration.ofSeconds(30));
    }

    @PreDestroy
    void stop() throws InterruptedException {
        sender.stop();
    }

    /** Subscribes to every event from every node; the returned handle unsubscribes. */
    public Runnable subscribe(Consumer<LiveEvent> subscriber) {
        subscribers.add(subscriber);
        return () -> subscribers.remove(subscriber);
    }

    /** Called by the listener for each notification that arrived: an array of events (one event from older nodes). */
    void deliver(String payload) {
        List<LiveEvent> arrived = new ArrayList<>();
        try {
            JsonNode read = json.readTree(payload);
            for (JsonNode envelope : read.isArray() ? read : List.of(read)) {
                arrived.add(json.treeToValue(envelope, Envelope.class).event());
            }
        } catch (Exception e) {
            log.warn("Ignored a live event that could not be read: {}", payload, e);
            return;
        }
        for (LiveEvent event : arrived) {
            for (Consumer<LiveEvent> subscriber : subscribers) {
                try {
                    subscriber.accept(event);
                } catch (RuntimeException e) {
                    // One broken view must not keep the others from their updates.
                    log.warn("A live event subscriber failed", e);
                }
            }
        }
    }

    private String write(LiveEvent event) {
        try {
            return json.writeValueAsString(Envelope.of(event));
        } catch (Exception e) {
            throw new IllegalStateException("A live event could not be written", e);
        }
    }

    /** The JSON form: one field per kind, so the reader knows which record to build. */
    record Envelope(LiveEvent.SegmentChanged segment, LiveEvent.Presence presence, LiveEvent.Notified notified) {

        static Envelope of(LiveEvent event) {
            if (event instanceof LiveEvent.SegmentChanged changed) {
                return new Envelope(changed, null, null);
            }
            return event instanceof LiveEvent.Presence presence ? new Envelope(null, presence, null)
                    : new Envelope(null, null, (LiveEvent.Notified) event);
        }

        LiveEvent event() {
            return segment != null ? segment : presence != null ? presence : notified;
        }
    }
}
