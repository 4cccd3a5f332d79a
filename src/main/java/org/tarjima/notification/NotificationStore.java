package org.tarjima.notification;

import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tarjima.base.events.PersonNotified;
import org.tarjima.live.LiveEvent;
import org.tarjima.live.LiveEvents;
import org.tarjima.security.UserService;

/**
 * Stores each {@link PersonNotified} in the transaction that published it (a rolled-back change notifies nobody) and
 * tells the person's open tabs, which hear it when that transaction commits.
 */
@Component
class NotificationStore {

    private final NotificationRepository notifications;
    private final UserService users;
    private final LiveEvents live;
    private final Clock clock;

    NotificationStore(NotificationRepository notifications, UserService users, LiveEvents live, Clock clock) {
        this.notifications = notifications;
        this.users = users;
        this.live = live;
        this.clock = clock;
    }

    @EventListener
    void on(PersonNotified notified) {
        users.person(notified.username()).ifPresent(person -> {
            notifications.insert(person.id(), notified.kind(), notified.messageKey(), notified.arguments(),
                    notified.link(), clock.instant());
            live.publish(new LiveEvent.Notified(person.username()));
        });
    }
}
