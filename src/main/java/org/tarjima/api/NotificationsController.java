package org.tarjima.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tarjima.notification.Notification;
import org.tarjima.notification.NotificationKind;
import org.tarjima.notification.NotificationService;

@RestController
@Tag(name = "Notifications", description = "The caller's in-app notifications and the kinds they get")
class NotificationsController {

    private final NotificationService notifications;

    NotificationsController(NotificationService notifications) {
        this.notifications = notifications;
    }

    record NotificationsJson(int unread, List<Notification> latest) {
    }

    @GetMapping(path = "/api/me/notifications", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The unread count and the latest notifications (message key, arguments, link), newest first")
    NotificationsJson list() {
        return new NotificationsJson(notifications.unreadCount(), notifications.latest());
    }

    @PostMapping("/api/me/notifications/{id}/read")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void read(@PathVariable long id) {
        notifications.markRead(id);
    }

    @PostMapping("/api/me/notifications/read")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Mark all read")
    void readAll() {
        notifications.markAllRead();
    }

    @GetMapping(path = "/api/me/notification-kinds", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The kinds of notification the caller gets")
    Set<NotificationKind> kinds() {
        return notifications.wanted();
    }

    @PutMapping(path = "/api/me/notification-kinds", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Choose the kinds the caller gets (the others are muted)")
    Set<NotificationKind> setKinds(@RequestBody List<NotificationKind> kinds) {
        notifications.setWanted(kinds.isEmpty() ? EnumSet.noneOf(NotificationKind.class) : EnumSet.copyOf(kinds));
        return notifications.wanted();
    }
}
