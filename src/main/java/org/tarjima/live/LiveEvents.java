package org.tarjima.live;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Publishes events to every node (this one included) with {@code pg_notify}, and hands what arrives to the local
 * subscribers. A notification sent inside a transaction is delivered only when it commits, so nobody ever sees a
 * change that was rolled back.
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

    LiveEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public String node() {
        return node;
    }

    /** Sends the event to every node; inside a transaction, on its commit. */
    public void publish(LiveEvent event) {
        jdbc.sql("select pg_notify(?, ?)").params(CHANNEL, write(event)).query(Object.class).optional();
    }

    /** Subscribes to every event from every node; the returned handle unsubscribes. */
    public Runnable subscribe(Consumer<LiveEvent> subscriber) {
        subscribers.add(subscriber);
        return () -> subscribers.remove(subscriber);
    }

    /** Called by the listener for each notification that arrived. */
    void deliver(String payload) {
        LiveEvent event;
        try {
            event = json.readValue(payload, Envelope.class).event();
        } catch (Exception e) {
            log.warn("Ignored a live event that could not be read: {}", payload, e);
            return;
        }
        for (Consumer<LiveEvent> subscriber : subscribers) {
            try {
                subscriber.accept(event);
            } catch (RuntimeException e) {
                // One broken view must not keep the others from their updates.
                log.warn("A live event subscriber failed", e);
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
