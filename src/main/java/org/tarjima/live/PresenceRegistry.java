package org.tarjima.live;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Who has which document open, on every node. Each node announces its own tabs (on open, on moving to another
 * segment, and every {@link #HEARTBEAT} while open) and forgets anyone not heard of for {@link #EXPIRY}: a node
 * that crashed takes its users' presence with it within a minute. Presence only warns ("Aida is editing");
 * optimistic locking stays the guard against overwriting.
 */
@Service
public class PresenceRegistry {

    static final Duration HEARTBEAT = Duration.ofSeconds(15);
    static final Duration EXPIRY = Duration.ofSeconds(45);

    private record Seen(LiveEvent.Presence presence, Instant receivedAt) {
    }

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(PresenceRegistry.class);

    private final LiveEvents events;
    private final Clock clock;
    private final Map<String, Seen> everyone = new ConcurrentHashMap<>();
    private final Map<String, LiveEvent.Presence> mine = new ConcurrentHashMap<>();
    /** Whether each of this node's tabs is still open: a tab whose session died without a goodbye is dropped. */
    private final Map<String, BooleanSupplier> open = new ConcurrentHashMap<>();

    PresenceRegistry(LiveEvents events, Clock clock) {
        this.events = events;
        this.clock = clock;
        events.subscribe(event -> {
            if (event instanceof LiveEvent.Presence presence) {
                seen(presence);
            }
        });
    }

    /** A tab of this node is in the document (and on a segment, or none). */
    public void here(String key, String username, String displayName, long documentId, String locale, Long segmentId,
                     boolean editing, BooleanSupplier stillOpen) {
        open.put(key, stillOpen);
        LiveEvent.Presence presence = new LiveEvent.Presence(key, events.node(), username, displayName, documentId, locale,
                segmentId, editing, LiveEvent.Presence.Action.HERE, clock.instant());
        mine.put(key, presence);
        seen(presence);
        announce(presence);
    }

    /** A tab of this node left its document. */
    public void left(String key) {
        open.remove(key);
        LiveEvent.Presence last = mine.remove(key);
        everyone.remove(key);
        if (last != null) {
            announce(new LiveEvent.Presence(key, last.node(), last.username(), last.displayName(), last.documentId(),
                    last.locale(), null, last.editing(), LiveEvent.Presence.Action.LEFT, clock.instant()));
        }
    }

    /** Everyone in this document and locale now, by the order they came in. */
    public List<LiveEvent.Presence> present(long documentId, String locale) {
        Instant cutoff = clock.instant().minus(EXPIRY);
        return everyone.values().stream()
                .filter(seen -> seen.receivedAt().isAfter(cutoff))
                .map(Seen::presence)
                .filter(p -> p.documentId() == documentId && p.locale().equals(locale))
                .sorted(Comparator.comparing(LiveEvent.Presence::at))
                .toList();
    }

    /**
     * Presence is a courtesy: when the database cannot take it (shutting down, restarting) the editor goes on, and
     * the next heartbeat tells the others again.
     */
    private void announce(LiveEvent.Presence presence) {
        try {
            events.publish(presence);
        } catch (RuntimeException e) {
            log.debug("Presence not announced: {}", e.getMessage());
        }
    }

    private void seen(LiveEvent.Presence presence) {
        if (presence.action() == LiveEvent.Presence.Action.LEFT) {
            everyone.remove(presence.key());
        } else {
            everyone.put(presence.key(), new Seen(presence, clock.instant()));
        }
    }

    @Scheduled(fixedDelayString = "PT15S")
    void heartbeat() {
        Instant cutoff = clock.instant().minus(EXPIRY);
        everyone.values().removeIf(seen -> seen.receivedAt().isBefore(cutoff));
        for (LiveEvent.Presence presence : List.copyOf(mine.values())) {
            BooleanSupplier stillOpen = open.get(presence.key());
            if (stillOpen == null || !stillOpen.getAsBoolean()) {
                left(presence.key());
            } else {
                announce(presence);
            }
        }
    }
}
