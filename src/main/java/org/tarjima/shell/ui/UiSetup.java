package org.tarjima.shell.ui;

import org.tarjima.base.ui.ComponentTexts;
import org.tarjima.base.ui.Notifications;
import org.tarjima.base.ui.Times;
import org.tarjima.base.DatabaseTrouble;
import org.tarjima.base.UserInputException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.tarjima.base.i18n.MessageBundles;
import org.tarjima.security.NotPermittedException;
import org.tarjima.security.TarjimaUser;
import org.tarjima.security.UserService;

/**
 * Per-session set-up: errors become a notification in the user's language (details go to the log),
 * and the UI language remembered in a cookie is restored.
 */
@Component
class UiSetup implements VaadinServiceInitListener {

    static final String LANGUAGE_COOKIE = org.tarjima.base.ui.LanguageSelect.COOKIE;
    private static final Logger log = LoggerFactory.getLogger(UiSetup.class);

    private final UserService users;
    private final AuthenticationContext authentication;

    UiSetup(UserService users, AuthenticationContext authentication) {
        this.users = users;
        this.authentication = authentication;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(session -> session.getSession().setErrorHandler(error -> {
            UI ui = UI.getCurrent();
            NotPermittedException refusal = cause(error.getThrowable(), NotPermittedException.class);
            if (refusal != null) {
                log.info("Refused: {}", refusal.getMessage());
                if (ui != null) {
                    Notifications.error(ui.getTranslation(refusal.messageKey(), refusal.arguments()));
                }
                return;
            }
            UserInputException input = cause(error.getThrowable(), UserInputException.class);
            if (input != null) {
                // A view that did not catch it still says what to change, in the user's language.
                log.info("Input refused: {}", input.getMessage());
                if (ui != null) {
                    Notifications.error(ui.getTranslation(input.messageKey(), input.arguments()));
                }
                return;
            }
            if (DatabaseTrouble.refusedValue(error.getThrowable())) {
                // The user's data, not a fault: say so, and that nothing was kept (the transaction rolled back).
                log.info("A value was refused by the database: {}", error.getThrowable().getMessage());
                if (ui != null) {
                    Notifications.error(ui.getTranslation("error.valueRefused"));
                }
                return;
            }
            if (DatabaseTrouble.unavailable(error.getThrowable())) {
                log.warn("The database could not serve a UI request: {}", error.getThrowable().getMessage());
                if (ui != null) {
                    Notifications.error(ui.getTranslation("error.databaseUnavailable"));
                }
                return;
            }
            log.error("Unexpected error in the UI", error.getThrowable());
            if (ui != null) {
                Notifications.error(ui.getTranslation("error.unexpected"));
            }
        }));
        // The signed-in user's own choice wins over the browser's cookie, so it follows them to any machine.
        event.getSource().addUIInitListener(init -> {
            userLanguage().or(UiSetup::rememberedLanguage).ifPresent(init.getUI()::setLocale);
            ComponentTexts.connection(init.getUI());
            ComponentTexts.gridSorters(init.getUI());
            // Screen readers and the browser's hyphenation read the page in the UI's language, not as English.
            init.getUI().getPage().executeJs("document.documentElement.lang = $0",
                    init.getUI().getLocale().toLanguageTag());
            Times.learnZone(init.getUI());
        });
    }

    private java.util.Optional<Locale> userLanguage() {
        if (authentication.getAuthenticatedUser(TarjimaUser.class).isEmpty()) {
            return java.util.Optional.empty();
        }
        return users.uiLanguage().filter(MessageBundles.UI_LOCALES::contains);
    }

    private static <T extends Throwable> T cause(Throwable error, Class<T> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    private static java.util.Optional<Locale> rememberedLanguage() {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request == null || request.getCookies() == null) {
            return java.util.Optional.empty();
        }
        return Arrays.stream(request.getCookies())
                .filter(cookie -> LANGUAGE_COOKIE.equals(cookie.getName()))
                .map(Cookie::getValue)
                .map(Locale::forLanguageTag)
                .filter(MessageBundles.UI_LOCALES::contains)
                .findFirst();
    }
}
