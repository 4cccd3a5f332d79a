package org.tarjima.base.ui;

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
import org.tarjima.base.i18n.MessageBundles;

/**
 * Per-session set-up: errors become a notification in the user's language (details go to the log),
 * and the UI language remembered in a cookie is restored.
 */
@Component
class UiSetup implements VaadinServiceInitListener {

    static final String LANGUAGE_COOKIE = "tarjima-ui-language";
    private static final Logger log = LoggerFactory.getLogger(UiSetup.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(session -> session.getSession().setErrorHandler(error -> {
            log.error("Unexpected error in the UI", error.getThrowable());
            UI ui = UI.getCurrent();
            if (ui != null) {
                Notifications.error(ui.getTranslation("error.unexpected"));
            }
        }));
        event.getSource().addUIInitListener(init -> rememberedLanguage().ifPresent(init.getUI()::setLocale));
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
