package org.tarjima.translation.ui;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.tarjima.base.ui.UiTimers;
import org.tarjima.live.LiveEvent;
import org.tarjima.live.LiveEvents;
import org.tarjima.live.PresenceRegistry;
import org.tarjima.security.Actor;

/**
 * One editor tab's part in live collaboration: its presence (which document, which segment), its subscription to
 * live events, and small timers for highlights and throttled refreshes. The view does the showing.
 */
class LiveEditing {

    private final LiveEvents events;
    private final PresenceRegistry presence;
    private final String key = UUID.randomUUID().toString();
    private final Map<String, Boolean> throttled = new ConcurrentHashMap<>();
    private Runnable unsubscribe;
    private Consumer<Runnable> onUiThread = Runnable::run;
    private Actor actor;
    private long documentId;
    private String locale;
    /** Whether this viewer may change the locale's text: colleagues see "editing", else "viewing". */
    private boolean editing;
    private BooleanSupplier stillOpen = () -> false;

    LiveEditing(LiveEvents events, PresenceRegistry presence) {
        this.events = events;
        this.presence = presence;
    }

    /**
     * Joins the document: {@code listener} gets every live event, run through {@code uiThread} (the UI's access,
     * so that it holds the session's lock).
     */
    void open(Actor who, long document, String targetLocale, Long segmentId, boolean mayEdit, BooleanSupplier open,
              Consumer<Runnable> uiThread, Consumer<LiveEvent> listener) {
        close();
        this.actor = who;
        this.editing = mayEdit;
        this.documentId = document;
        this.locale = targetLocale;
        this.stillOpen = open;
        this.onUiThread = uiThread;
        unsubscribe = events.subscribe(event -> uiThread.accept(() -> listener.accept(event)));
        presence.here(key, who.username(), who.displayName(), document, targetLocale, segmentId, mayEdit, open);
    }

    /** The viewer moved to another segment: colleagues' soft lock markers follow. */
    void moved(long segmentId) {
        if (actor != null) {
            presence.here(key, actor.username(), actor.displayName(), documentId, locale, segmentId, editing, stillOpen);
        }
    }

    List<LiveEvent.Presence> others(long document, String targetLocale) {
        return presence.present(document, targetLocale).stream().filter(p -> !p.key().equals(key)).toList();
    }

    void close() {
        if (unsubscribe != null) {
            unsubscribe.run();
            unsubscribe = null;
            presence.left(key);
        }
        actor = null;
    }

    /** Runs the work on the UI thread after a delay. */
    void later(Duration delay, Runnable work) {
        Consumer<Runnable> uiThread = onUiThread;
        UiTimers.later(delay, () -> uiThread.accept(work));
    }

    /** Runs the work at most once per period for the given name (the last request within a period wins). */
    void throttled(String name, Duration period, Runnable work) {
        if (throttled.putIfAbsent(name, Boolean.TRUE) == null) {
            later(period, () -> {
                throttled.remove(name);
                work.run();
            });
        }
    }
}
