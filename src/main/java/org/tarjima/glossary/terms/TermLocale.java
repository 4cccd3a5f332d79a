package org.tarjima.glossary.terms;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.util.ULocale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How words of one locale are compared when terms are looked up: a word's <em>key</em> is its NFC form, case-folded
 * with ICU, with a few spelling variants made equal. Decisions (see package-info):
 * <ul>
 *   <li>Turkic dotted and dotless i ({@code I ı}, {@code İ i}) are folded the Turkic way only where the alphabet has
 *   both letters: Turkish, Azerbaijani, Crimean Tatar, Gagauz, Tatar and Kazakh in the 2021 Latin alphabet
 *   ({@code kk-Latn}). Turkmen and Uzbek Latin pair {@code I} with {@code i} like English, and Kazakh, Kyrgyz,
 *   Tajik, Russian and Uzbek Cyrillic have no such letters, so they get ICU's default folding.</li>
 *   <li>{@code ё} counts as {@code е}: Russian texts mostly leave the dots out ("партнер" is "партнёр").</li>
 *   <li>Apostrophe look-alikes ({@code ' ’ ‘ ` ʼ ʻ}) count as one: Uzbek {@code oʻ} is typed every which way.</li>
 *   <li>Soft hyphens and zero-width characters are ignored.</li>
 *   <li>English words also match their regular plural and possessive ({@code partner} finds {@code partners},
 *   {@code partner's}, {@code policy} finds {@code policies}); nothing else is guessed: other endings and other
 *   languages need declared forms or a stem.</li>
 * </ul>
 */
public final class TermLocale {

    private static final Set<String> TURKIC_I = Set.of("tr", "az", "crh", "gag", "tt", "kk");
    private static final Map<String, TermLocale> CACHE = new ConcurrentHashMap<>();
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    static final char APOSTROPHE = 'ʻ';

    private final ULocale locale;
    private final boolean turkic;
    private final boolean english;

    private TermLocale(ULocale locale) {
        this.locale = locale;
        ULocale full = ULocale.addLikelySubtags(locale);
        this.turkic = TURKIC_I.contains(full.getLanguage()) && "Latn".equals(full.getScript());
        this.english = "en".equals(locale.getLanguage());
    }

    public static TermLocale of(String tag) {
        return CACHE.computeIfAbsent(tag, t -> new TermLocale(ULocale.forLanguageTag(t)));
    }

    boolean turkic() {
        return turkic;
    }

    /** Whether words get the regular English plural and possessive endings for free. */
    boolean english() {
        return english;
    }

    /** A new word break iterator (they are not thread-safe, so one per use). */
    BreakIterator wordBreaker() {
        return BreakIterator.getWordInstance(locale);
    }

    /** The key under which a word is compared. */
    public String key(CharSequence word) {
        String folded = UCharacter.foldCase(NFC.normalize(word),
                turkic ? UCharacter.FOLD_CASE_EXCLUDE_SPECIAL_I : UCharacter.FOLD_CASE_DEFAULT);
        // Folding may decompose (İ becomes i + combining dot outside Turkic locales): compose again.
        folded = NFC.normalize(folded);
        StringBuilder key = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (ignorable(c)) {
                continue;
            }
            key.append(c == 'ё' ? 'е' : apostrophe(c) ? APOSTROPHE : c);
        }
        return key.toString();
    }

    static boolean apostrophe(char c) {
        return c == '\'' || c == '’' || c == '‘' || c == '`' || c == 'ʼ' || c == 'ʻ';
    }

    private static boolean ignorable(char c) {
        return c == '\u00AD' || (c >= '\u200B' && c <= '\u200D') || c == '\u2060' || c == '\uFEFF';
    }

    /**
     * The separator between two words of a term, reduced to what matters: any run of spaces and hyphens is the same
     * ("decision maker", "decision-maker"), anything else must be the same characters ("R&amp;D").
     */
    static String gap(CharSequence between) {
        StringBuilder other = new StringBuilder();
        for (int i = 0; i < between.length(); i++) {
            char c = between.charAt(i);
            if (!(Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '-' || c == '\u2010' || c == '\u2011'
                    || ignorable(c))) {
                other.append(c);
            }
        }
        return other.toString().strip();
    }

    @Override
    public String toString() {
        return locale.toLanguageTag();
    }
}
