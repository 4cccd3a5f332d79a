package org.tarjima.base.i18n;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The workbench's own UI text: {@code translations/messages_<tag>.properties} (UTF-8), formatted with
 * ICU's {@link MessageFormat} so counts follow each language's CLDR plural rules. A key missing in a
 * bundle falls back to English.
 */
@Component
public class MessageBundles implements I18NProvider {

    private static final Logger log = LoggerFactory.getLogger(MessageBundles.class);

    /** UI languages offered in the switcher, in this order. */
    public static final List<Locale> UI_LOCALES = List.of("en", "ru", "kk", "ky", "tg", "tk", "uz", "uz-Cyrl").stream()
            .map(Locale::forLanguageTag).toList();

    private final Map<String, Properties> bundles = new ConcurrentHashMap<>();

    @Override
    public List<Locale> getProvidedLocales() {
        return UI_LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale effective = locale == null ? Locale.ENGLISH : locale;
        String pattern = pattern(key, effective);
        if (pattern == null) {
            log.warn("No UI message '{}' in any bundle", key);
            return "!" + key + "!";
        }
        try {
            return new MessageFormat(pattern, ULocale.forLocale(effective)).format(params);
        } catch (IllegalArgumentException e) {
            log.warn("UI message '{}' for {} does not format: {}", key, effective, e.getMessage());
            return pattern;
        }
    }

    private String pattern(String key, Locale locale) {
        for (String tag : List.of(locale.toLanguageTag(), locale.getLanguage(), "en")) {
            String pattern = bundle(tag).getProperty(key);
            if (pattern != null) {
                return pattern;
            }
        }
        return null;
    }

    /** The raw bundle of one language tag (empty when there is none); also used by the bundle tests. */
    public Properties bundle(String tag) {
        return bundles.computeIfAbsent(tag, MessageBundles::load);
    }

    private static Properties load(String tag) {
        Properties properties = new Properties();
        try (InputStream in = MessageBundles.class.getResourceAsStream("/translations/messages_" + tag + ".properties")) {
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
