package org.tarjima.base.i18n;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.Locale;

/**
 * UI messages in one language, outside a component (a test, a report). What is made now and read later (a job's line)
 * is kept as a {@link Message} and said when shown, in the reader's language: {@link #say}.
 */
public record Messages(I18NProvider provider, Locale locale) {

    /** A message said in the language of the component's UI, nested messages too; call on the UI thread. */
    public static String say(Component where, Message message) {
        Object[] arguments = message.arguments().stream()
                .map(argument -> argument instanceof Message nested ? say(where, nested) : argument).toArray();
        return where.getTranslation(message.key(), arguments);
    }

    public String get(String key, Object... params) {
        return provider.getTranslation(key, locale, params);
    }

    /** A message kept as key and arguments, said in this language. */
    public String get(Message message) {
        return provider.getTranslation(message.key(), locale, message.formatArguments(this));
    }
}
