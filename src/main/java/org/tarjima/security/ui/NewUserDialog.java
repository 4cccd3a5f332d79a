package org.tarjima.security.ui;

import org.tarjima.base.ui.ComponentTexts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import org.tarjima.base.ui.Notifications;
import org.tarjima.security.CurrentUser;
import org.tarjima.security.NewUser;
import org.tarjima.security.NotPermittedException;
import org.tarjima.base.UserInputException;
import org.tarjima.security.UserService;
import org.tarjima.security.UserSummary;

/** Creates a user; what the service refuses is said next to the field it concerns, the dialog stays open. */
class NewUserDialog extends Dialog {

    private final TextField username = new TextField(getTranslation("login.username"));
    private final TextField displayName = new TextField(getTranslation("admin.displayName"));
    private final PasswordField password = new PasswordField(getTranslation("login.password"));
    private final Div error = new Div();

    NewUserDialog(UserService users, Consumer<UserSummary> onCreated) {
        setId("new-user-dialog");
        setHeaderTitle(getTranslation("admin.newUser"));

        username.setId("new-username");
        username.setRequired(true);
        username.setMaxLength(CurrentUser.MAX_USERNAME_LENGTH);
        username.setHelperText(getTranslation("admin.usernameHelp"));
        displayName.setId("new-display-name");
        displayName.setMaxLength(NewUser.DISPLAY_NAME_MAX_LENGTH);
        displayName.setHelperText(getTranslation("admin.displayNameHelp"));
        password.setId("new-password");
        ComponentTexts.passwordReveal(password);
        password.setRequired(true);
        password.setHelperText(getTranslation("admin.passwordHelp", NewUser.PASSWORD_MIN_LENGTH));
        Checkbox admin = new Checkbox(getTranslation("admin.makeAdmin"));
        admin.setId("new-admin");

        error.setId("new-user-error");
        error.addClassName("dialog-error");
        error.setVisible(false);

        FormLayout form = new FormLayout(username, displayName, password, admin);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form, error);
        setWidth("min(480px, 95vw)");

        Button create = new Button(getTranslation("action.create"), click -> {
            clearErrors();
            try {
                UserSummary created = users.createUser(new NewUser(username.getValue(), displayName.getValue(),
                        password.getValue(), admin.getValue()));
                close();
                onCreated.accept(created);
            } catch (UserInputException e) {
                show(e);
            } catch (NotPermittedException e) {
                Notifications.error(Refusals.message(this, e));
            }
        });
        create.setId("create-user");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        cancel.setId("cancel-new-user");
        getFooter().add(cancel, create);
        username.focus();
    }

    /** Marks the field the refusal is about; anything else goes above the buttons. */
    private void show(UserInputException refusal) {
        String message = Refusals.message(this, refusal);
        switch (refusal.messageKey()) {
            case "error.user.nameInvalid", "error.user.nameTaken" -> invalid(username, message);
            case "error.user.displayNameTooLong" -> invalid(displayName, message);
            case "error.user.passwordLength" -> {
                password.setErrorMessage(message);
                password.setInvalid(true);
            }
            default -> {
                error.setText(message);
                error.setVisible(true);
            }
        }
    }

    private static void invalid(TextField field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
        field.focus();
    }

    private void clearErrors() {
        username.setInvalid(false);
        displayName.setInvalid(false);
        password.setInvalid(false);
        error.setVisible(false);
    }
}
