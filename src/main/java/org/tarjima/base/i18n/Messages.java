package org.tarjima.base.i18n;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinService;
import java.util.Locale;

/**
 * UI messages in one user's language that can be formatted off the UI thread, e.g. by a background job
 * whose outcome the job list shows later.
 */
public record Messages(I18NProvider provider, Locale locale) {

    /** A message said in the language of the component's UI, nested messages too; call on the UI thread. */
    public static String say(Component where, Message message) {
        Object[] arguments = message.arguments().stream()
                .map(argument -> argument instanceof Message nested ? say(where, nested) : argument).toArray();
        return where.getTranslation(message.key(), arguments);
    }

    /** The messages of the current UI; call on the UI thread. */
    public static Messages ofCurrentUi(Locale locale) {
        return new Messages(VaadinService.getCurrent().getInstantiator().getI18NProvider(), locale);
    }

    public String get(String key, Object... params) {
        return provider.getTranslation(key, locale, params);
    }

    /** A message kept as key and arguments, said in this language. */
    public String get(Message message) {
        return provider.getTranslation(message.key(), locale, message.formatArguments(this));
    }
}
