package org.tarjima.base;

import com.ibm.icu.util.ULocale;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;

/** BCP 47 locale tags as the product uses them; any valid tag is accepted, ours are the defaults. */
public final class LocaleTag {

    /** The longest tag we store; the schema's varchar(35) matches. */
    public static final int MAX_LENGTH = 35;

    /** The target locales offered by default: Russian and the Central Asian languages. */
    public static final List<String> DEFAULT_TARGETS = List.of("ru", "kk", "ky", "tg", "tk", "uz", "uz-Cyrl");

    private LocaleTag() {
    }

    /**
     * The canonical form of a tag ({@code uz-cyrl} becomes {@code uz-Cyrl}).
     *
     * @throws IllegalArgumentException if the tag is not well-formed BCP 47
     */
    public static String canonical(String tag) {
        if (tag == null || tag.isBlank() || tag.length() > MAX_LENGTH) {
            throw new UserInputException("error.localeTag", "'" + tag + "' is not a locale tag such as ru, kk or uz-Cyrl",
                    tag == null ? "" : tag);
        }
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag.trim().replace('_', '-')).build();
            return locale.toLanguageTag();
        } catch (IllformedLocaleException e) {
            UserInputException refused = new UserInputException("error.localeTag",
                    "'" + tag + "' is not a valid BCP 47 locale tag such as ru, kk or uz-Cyrl", tag);
            refused.initCause(e);
            throw refused;
        }
    }

    /** The locale's name in the given display language, e.g. "Kazakh" or "казахский". */
    public static String displayName(String tag, Locale displayLocale) {
        return ULocale.forLanguageTag(tag).getDisplayName(ULocale.forLocale(displayLocale));
    }
}
