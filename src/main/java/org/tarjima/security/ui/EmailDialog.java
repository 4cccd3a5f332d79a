package org.tarjima.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import org.tarjima.base.ui.Notifications;
import org.tarjima.security.MailContact;
import org.tarjima.security.NotPermittedException;
import org.tarjima.security.UserService;
import org.tarjima.security.UserSummary;

/** An admin sets or removes someone's e-mail address, where their notifications also go when mail is set up. */
class EmailDialog extends Dialog {

    EmailDialog(UserService users, UserSummary user) {
        setId("email-dialog");
        setHeaderTitle(getTranslation("admin.emailOf", user.displayName()));
        Paragraph hint = new Paragraph(getTranslation("admin.emailHint"));
        hint.addClassName("dialog-hint");
        EmailField email = new EmailField(getTranslation("admin.email"));
        email.setId("email-value");
        email.setMaxLength(MailContact.EMAIL_MAX_LENGTH);
        email.setWidthFull();
        email.setValue(users.email(user.username()).orElse(""));
        add(hint, email);
        setWidth("min(420px, 95vw)");

        Button save = new Button(getTranslation("admin.saveEmail"), click -> {
            try {
                users.setEmail(user.username(), email.getValue());
                close();
                Notifications.success(getTranslation("admin.emailSaved", user.username()));
            } catch (IllegalArgumentException | NotPermittedException e) {
                email.setErrorMessage(Refusals.message(this, e));
                email.setInvalid(true);
            }
        });
        save.setId("save-email");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
        email.focus();
    }
}
