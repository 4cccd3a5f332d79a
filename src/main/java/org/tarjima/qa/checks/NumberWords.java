package org.tarjima.qa.checks;

import com.ibm.icu.text.CompactDecimalFormat;
import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Other ways a language writes a number, all from ICU: spelled out in any case and gender ICU's rules know
 * ("пяти", "five", "fifth"), compact ("60 тысяч", "60 million") and Roman ("XX век"). Used to tell a number that a
 * translation wrote differently from one that it lost.
 */
final class NumberWords {

    /** Spelled-out forms are only tried for numbers a text plausibly spells out. */
    private static final BigDecimal SPELLED_LIMIT = new BigDecimal(1_000_000_000);

    private static final RuleBasedNumberFormat ROMAN =
            new RuleBasedNumberFormat(ULocale.ROOT, RuleBasedNumberFormat.NUMBERING_SYSTEM);

    private NumberWords() {
    }

    /** Where a rendering of the value stands in the text, as {start, end}, if any. */
    static Optional<int[]> find(BigDecimal value, String text, LocaleFacts facts) {
        String haystack = normalize(text);
        for (String rendering : renderings(value, facts)) {
            int at = indexOfWord(haystack, normalize(rendering));
            if (at >= 0) {
                return Optional.of(new int[] {at, at + rendering.length()});
            }
        }
        // Roman numerals only in capitals and of two letters or more: "XX век" is a century, "I" is a pronoun.
        boolean whole = value.stripTrailingZeros().scale() <= 0;
        if (whole && value.compareTo(BigDecimal.ONE) > 0 && value.compareTo(BigDecimal.valueOf(4000)) < 0) {
            String roman;
            synchronized (ROMAN) {
                roman = ROMAN.format(value.longValue(), "%roman-upper");
            }
            int at = roman.length() < 2 ? -1 : indexOfWord(text, roman);
            if (at >= 0) {
                return Optional.of(new int[] {at, at + roman.length()});
            }
        }
        return Optional.empty();
    }

    /** Whether ICU can spell numbers out in this language; if not, a missing number may just be written as a word. */
    static boolean canSpellOut(LocaleFacts facts) {
        return facts.spellout() != null;
    }

    private static Set<String> renderings(BigDecimal value, LocaleFacts facts) {
        Set<String> renderings = new LinkedHashSet<>();
        ULocale locale = facts.locale();
        for (CompactDecimalFormat.CompactStyle style : CompactDecimalFormat.CompactStyle.values()) {
            if (value.abs().compareTo(BigDecimal.valueOf(1000)) >= 0) {
                CompactDecimalFormat compact = CompactDecimalFormat.getInstance(locale, style);
                compact.setMaximumSignificantDigits(6);
                renderings.add(compact.format(value));
            }
        }
        boolean whole = value.stripTrailingZeros().scale() <= 0;
        if (whole && value.signum() >= 0 && value.compareTo(SPELLED_LIMIT) < 0) {
            RuleBasedNumberFormat spellout = facts.spellout();
            if (spellout != null) {
                for (String ruleSet : spellout.getRuleSetNames()) {
                    renderings.add(spellout.format(value.longValue(), ruleSet));
                }
            }
        }
        renderings.removeIf(String::isBlank);
        return renderings;
    }

    private static String normalize(String text) {
        return text.replace('\u00A0', ' ').replace('\u202F', ' ').toLowerCase(Locale.ROOT);
    }

    private static int indexOfWord(String haystack, String needle) {
        for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
            int end = at + needle.length();
            boolean startsWord = at == 0 || !Character.isLetterOrDigit(haystack.charAt(at - 1));
            // A spelled-out word may carry an ending ("пяти" is a whole word, "fifty-five" too): only the start must be clean,
            // and the end must not run on into more digits.
            boolean endsWell = end >= haystack.length() || !Character.isDigit(haystack.charAt(end));
            boolean endsWord = end >= haystack.length() || !Character.isLetter(haystack.charAt(end));
            if (startsWord && endsWell && endsWord) {
                return at;
            }
        }
        return -1;
    }
}
