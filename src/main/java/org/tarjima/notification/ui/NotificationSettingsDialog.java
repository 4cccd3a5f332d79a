package org.tarjima.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.EnumSet;
import org.tarjima.base.ui.Notifications;
import org.tarjima.notification.NotificationKind;
import org.tarjima.notification.NotificationService;

/** Which kinds of notification the signed-in user gets. */
class NotificationSettingsDialog extends Dialog {

    NotificationSettingsDialog(NotificationService notifications) {
        setHeaderTitle(getTranslation("notifications.settings"));
        setId("notification-settings");
        CheckboxGroup<NotificationKind> kinds = new CheckboxGroup<>();
        kinds.setId("notification-kinds");
        kinds.setLabel(getTranslation("notifications.settings.label"));
        kinds.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        kinds.setItems(NotificationKind.values());
        kinds.setItemLabelGenerator(kind -> getTranslation("notifications.kind." + kind.name()));
        kinds.setValue(notifications.wanted());
        add(kinds);
        Button save = new Button(getTranslation("notifications.settings.save"), click -> {
            notifications.setWanted(kinds.getValue().isEmpty() ? EnumSet.noneOf(NotificationKind.class)
                    : EnumSet.copyOf(kinds.getValue()));
            Notifications.success(getTranslation("notifications.settings.saved"));
            close();
        });
        save.setId("notification-settings-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("notifications.settings.cancel"), click -> close());
        cancel.setId("notification-settings-cancel");
        getFooter().add(cancel, save);
    }
}
