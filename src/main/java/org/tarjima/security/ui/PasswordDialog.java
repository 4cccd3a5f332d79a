package org.tarjima.security.ui;

import org.tarjima.base.ui.ComponentTexts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import org.tarjima.base.ui.Notifications;
import org.tarjima.security.NewUser;
import org.tarjima.security.NotPermittedException;
import org.tarjima.security.UserService;
import org.tarjima.security.UserSummary;

/** An admin sets someone's password, e.g. a forgotten one; the refusal stays in the dialog. */
class PasswordDialog extends Dialog {

    PasswordDialog(UserService users, UserSummary user) {
        setId("password-dialog");
        setHeaderTitle(getTranslation("admin.setPasswordOf", user.displayName()));

        Paragraph hint = new Paragraph(getTranslation("admin.setPasswordHint", user.username()));
        hint.addClassName("dialog-hint");
        PasswordField password = new PasswordField(getTranslation("admin.newPassword"));
        password.setId("password-value");
        ComponentTexts.passwordReveal(password);
        password.setRequired(true);
        password.setWidthFull();
        password.setHelperText(getTranslation("admin.passwordHelp", NewUser.PASSWORD_MIN_LENGTH));
        add(hint, password);
        setWidth("min(420px, 95vw)");

        Button save = new Button(getTranslation("admin.setPassword"), click -> {
            try {
                users.setPassword(user.username(), password.getValue());
                close();
                Notifications.success(getTranslation("admin.passwordSet", user.username()));
            } catch (IllegalArgumentException | NotPermittedException e) {
                password.setErrorMessage(Refusals.message(this, e));
                password.setInvalid(true);
            }
        });
        save.setId("save-password");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
        password.focus();
    }
}
