package org.tarjima.notification.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.router.Location;
import java.util.List;
import org.tarjima.base.ui.Times;
import org.tarjima.notification.Notification;
import org.tarjima.notification.NotificationService;

/**
 * The bell in the top bar: the unread count, kept live through the push channel; opening it lists the latest
 * notifications in the reader's language, a click follows the link and marks it read.
 */
public class NotificationBell extends Composite<Div> {

    private final NotificationService notifications;
    private final Button bell = new Button(VaadinIcon.BELL_O.create());
    private final Span count = new Span();
    private final Div list = new Div();
    private final Popover popover = new Popover();
    private Runnable unsubscribe;

    public NotificationBell(NotificationService notifications) {
        this.notifications = notifications;
        bell.setId("notification-bell");
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        bell.setAriaLabel(getTranslation("notifications.open"));
        bell.setTooltipText(getTranslation("notifications.title"));
        count.setId("notification-count");
        count.addClassName("notification-count");
        getContent().addClassName("notification-bell");
        getContent().add(bell, count);

        Button markAll = new Button(getTranslation("notifications.markAllRead"), click -> {
            notifications.markAllRead();
            refresh();
        });
        markAll.setId("notifications-mark-all");
        markAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Button settings = new Button(VaadinIcon.COG_O.create(), click -> {
            popover.close();
            new NotificationSettingsDialog(notifications).open();
        });
        settings.setId("notifications-settings");
        settings.setAriaLabel(getTranslation("notifications.settings"));
        settings.setTooltipText(getTranslation("notifications.settings"));
        settings.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Span title = new Span(getTranslation("notifications.title"));
        title.addClassName("notifications-title");
        Div header = new Div(title, markAll, settings);
        header.addClassName("notifications-header");
        list.setId("notification-list");
        list.addClassName("notification-list");
        popover.setTarget(bell);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.setId("notifications-popover");
        popover.add(header, list);
        popover.addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                showList();
            }
        });
        refresh();
    }

    private void refresh() {
        int unread = notifications.unreadCount();
        count.setText(String.valueOf(unread));
        count.setVisible(unread > 0);
        bell.setTooltipText(getTranslation("notifications.unread", unread));
        if (popover.isOpened()) {
            showList();
        }
    }

    private void showList() {
        list.removeAll();
        List<Notification> latest = notifications.latest();
        if (latest.isEmpty()) {
            Span empty = new Span(getTranslation("notifications.empty"));
            empty.setId("notifications-empty");
            empty.addClassName("empty-state");
            list.add(empty);
        }
        for (Notification notification : latest) {
            list.add(item(notification));
        }
    }

    private Div item(Notification notification) {
        Span text = new Span(getTranslation(notification.messageKey(), notification.arguments().toArray()));
        text.addClassName("notification-text");
        Span when = new Span(Times.format(notification.createdAt(), getLocale()));
        when.addClassName("notification-time");
        Div item = new Div(text, when);
        item.setId("notification-" + notification.id());
        item.addClassName("notification-item");
        if (!notification.read()) {
            item.addClassName("unread");
        }
        item.getElement().setAttribute("role", "link");
        item.getElement().setAttribute("tabindex", "0");
        item.addClickListener(click -> follow(notification));
        return item;
    }

    private void follow(Notification notification) {
        if (!notification.read()) {
            notifications.markRead(notification.id());
        }
        popover.close();
        refresh();
        String link = notification.link().startsWith("/") ? notification.link().substring(1) : notification.link();
        Location location = new Location(link);
        getUI().ifPresent(ui -> ui.navigate(location.getPath(), location.getQueryParameters()));
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        super.onAttach(attach);
        UI ui = attach.getUI();
        unsubscribe = notifications.subscribe(() -> {
            if (ui.isAttached() && !ui.isClosing()) {
                ui.access(this::refresh);
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (unsubscribe != null) {
            unsubscribe.run();
            unsubscribe = null;
        }
        super.onDetach(detach);
    }
}
