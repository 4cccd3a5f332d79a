package org.tarjima.qa.checks;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.LocaleData;
import com.ibm.icu.util.ULocale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the checks need to know about a locale, from ICU/CLDR and cached: its script, its number format, its
 * quotation marks and whether ICU can spell its numbers out.
 */
final class LocaleFacts {

    private static final Map<String, LocaleFacts> CACHE = new ConcurrentHashMap<>();

    private final ULocale locale;
    private final int script;
    private final NumberFormat numberFormat;
    private final RuleBasedNumberFormat spellout;
    private final String quoteStart;
    private final String quoteEnd;
    private final String altQuoteStart;
    private final String altQuoteEnd;

    private LocaleFacts(String tag) {
        locale = ULocale.forLanguageTag(tag);
        ULocale full = ULocale.addLikelySubtags(locale);
        script = UScript.getCodeFromName(full.getScript().isEmpty() ? "Latn" : full.getScript());
        numberFormat = NumberFormat.getInstance(locale);
        numberFormat.setParseStrict(true);
        numberFormat.setParseIntegerOnly(false);
        RuleBasedNumberFormat rules = new RuleBasedNumberFormat(locale, RuleBasedNumberFormat.SPELLOUT);
        // ICU falls back to English rules for a language it cannot spell out (tg, tk, uz): that is no spell-out.
        spellout = rules.getLocale(ULocale.ACTUAL_LOCALE).getLanguage().equals(locale.getLanguage()) ? rules : null;
        LocaleData data = LocaleData.getInstance(locale);
        quoteStart = data.getDelimiter(LocaleData.QUOTATION_START);
        quoteEnd = data.getDelimiter(LocaleData.QUOTATION_END);
        altQuoteStart = data.getDelimiter(LocaleData.ALT_QUOTATION_START);
        altQuoteEnd = data.getDelimiter(LocaleData.ALT_QUOTATION_END);
    }

    static LocaleFacts of(String tag) {
        return CACHE.computeIfAbsent(tag, LocaleFacts::new);
    }

    ULocale locale() {
        return locale;
    }

    /** The script the locale is written in, e.g. {@link UScript#CYRILLIC} for ru and uz-Cyrl, Latin for uz and kk-Latn. */
    int script() {
        return script;
    }

    boolean isCyrillic() {
        return script == UScript.CYRILLIC;
    }

    /** A number format of its own for the caller (formats are not thread-safe), parsing strictly. */
    NumberFormat numberFormat() {
        return (NumberFormat) numberFormat.clone();
    }

    /** ICU's spell-out rules for the language itself, or null when ICU has none (it would fall back to English). */
    RuleBasedNumberFormat spellout() {
        return spellout == null ? null : (RuleBasedNumberFormat) spellout.clone();
    }

    String quoteStart() {
        return quoteStart;
    }

    String quoteEnd() {
        return quoteEnd;
    }

    String altQuoteStart() {
        return altQuoteStart;
    }

    String altQuoteEnd() {
        return altQuoteEnd;
    }

    String language() {
        return locale.getLanguage();
    }
}
