package org.tarjima.notification;

import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.tarjima.base.events.PersonNotified;
import org.tarjima.security.Actor;
import org.tarjima.security.UserService;

/** Turns "tell this person" into a {@link PersonNotified}, for the kinds the person wants only. */
@Component
class Notifier {

    private final NotificationRepository notifications;
    private final UserService users;
    private final ApplicationEventPublisher events;

    Notifier(NotificationRepository notifications, UserService users, ApplicationEventPublisher events) {
        this.notifications = notifications;
        this.users = users;
        this.events = events;
    }

    /** Publishes the notification in the caller's transaction, unless the person is unknown, disabled or muted it. */
    void tell(String username, NotificationKind kind, String messageKey, List<String> arguments, String link) {
        Actor person = users.person(username).orElse(null);
        if (person == null || notifications.isMuted(person.id(), kind)) {
            return;
        }
        events.publishEvent(new PersonNotified(person.username(), kind.name(), messageKey, arguments, link));
    }
}
