package org.tarjima.shell.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * Signing out also takes away what the browser keeps of the user's unsaved typing (the editor keeps it in
 * localStorage so that an expired session or a dropped connection cannot lose it). Left behind, it would stay in a
 * shared browser for up to two weeks after its owner chose to leave. When some is kept, the user is asked first:
 * signing out then discards text the server never received.
 */
final class SignOut {

    /** The editor's localStorage prefix (frontend/components/tarjima-text.js) followed by its draft keys' user part. */
    private static final String KEPT = "tarjima-unsaved:";

    private final String username;
    private final AuthenticationContext authentication;

    SignOut(String username, AuthenticationContext authentication) {
        this.username = username;
        this.authentication = authentication;
    }

    void start() {
        UI ui = UI.getCurrent();
        ui.getPage().executeJs("""
                try {
                  return Object.keys(localStorage).filter(k => k.startsWith($0)).length;
                } catch (e) {
                  return 0;
                }""", prefix())
                .then(Integer.class, kept -> {
                    if (kept == null || kept == 0) {
                        authentication.logout();
                    } else {
                        ask(ui, kept);
                    }
                }, failure -> authentication.logout());
    }

    private void ask(UI ui, int kept) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("sign-out-confirm");
        confirm.setHeader(ui.getTranslation("signOut.keptTitle"));
        confirm.setText(ui.getTranslation("signOut.keptText", kept));
        Button stay = new Button(ui.getTranslation("signOut.stay"), click -> confirm.close());
        stay.setId("sign-out-stay");
        confirm.setCancelable(true);
        confirm.setCancelButton(stay);
        Button leave = new Button(ui.getTranslation("signOut.discardAndLeave"), click -> {
            confirm.close();
            ui.getPage().executeJs("""
                    try {
                      Object.keys(localStorage).filter(k => k.startsWith($0)).forEach(k => localStorage.removeItem(k));
                    } catch (e) {
                    }""", prefix())
                    .then(ignored -> authentication.logout(), failure -> authentication.logout());
        });
        leave.setId("sign-out-discard");
        leave.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.setConfirmButton(leave);
        confirm.open();
    }

    private String prefix() {
        return KEPT + username + "/";
    }
}
