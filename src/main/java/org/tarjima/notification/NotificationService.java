package org.tarjima.notification;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tarjima.live.LiveEvent;
import org.tarjima.live.LiveEvents;
import org.tarjima.security.AccessPolicy;
import org.tarjima.security.Actor;

/** The signed-in user's notifications and their choice of kinds; each reads and changes only their own. */
@Service
public class NotificationService {

    /** The most notifications the bell lists. */
    public static final int LATEST_LIMIT = 50;

    private final NotificationRepository notifications;
    private final AccessPolicy access;
    private final LiveEvents live;
    private final Clock clock;

    NotificationService(NotificationRepository notifications, AccessPolicy access, LiveEvents live, Clock clock) {
        this.notifications = notifications;
        this.access = access;
        this.live = live;
        this.clock = clock;
    }

    /** The latest notifications, newest first. */
    @Transactional(readOnly = true)
    public List<Notification> latest() {
        return notifications.latest(access.actor().id(), LATEST_LIMIT);
    }

    @Transactional(readOnly = true)
    public int unreadCount() {
        return notifications.unread(access.actor().id());
    }

    /** Marks one read (the user clicked it). */
    @Transactional
    public void markRead(long id) {
        Actor me = access.actor();
        if (!notifications.markRead(me.id(), id, clock.instant())) {
            throw new NoSuchElementException("Notification " + id + " does not exist");
        }
        live.publish(new LiveEvent.Notified(me.username()));
    }

    /** Marks every unread one read. */
    @Transactional
    public void markAllRead() {
        Actor me = access.actor();
        if (notifications.markAllRead(me.id(), clock.instant()) > 0) {
            live.publish(new LiveEvent.Notified(me.username()));
        }
    }

    /** The kinds the user gets. */
    @Transactional(readOnly = true)
    public Set<NotificationKind> wanted() {
        Set<NotificationKind> wanted = EnumSet.allOf(NotificationKind.class);
        wanted.removeAll(notifications.muted(access.actor().id()));
        return wanted;
    }

    /** Chooses the kinds the user gets from now on. */
    @Transactional
    public void setWanted(Set<NotificationKind> wanted) {
        Set<NotificationKind> muted = EnumSet.allOf(NotificationKind.class);
        muted.removeAll(wanted);
        notifications.setMuted(access.actor().id(), muted);
    }

    /**
     * Calls {@code changed} (on a listener thread) whenever the signed-in user's notifications change, on any node;
     * the returned handle unsubscribes.
     */
    public Runnable subscribe(Runnable changed) {
        String me = access.actor().username();
        return live.subscribe(event -> {
            if (event instanceof LiveEvent.Notified notified && notified.username().equalsIgnoreCase(me)) {
                changed.run();
            }
        });
    }
}
