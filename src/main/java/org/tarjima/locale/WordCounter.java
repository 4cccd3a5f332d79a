package org.tarjima.locale;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.util.ULocale;

/**
 * Counts words the way ICU's word break rules see them in the text's own locale, on NFC text
 * (Uzbek ў, Tajik ӣ ӯ and Turkmen letters may arrive decomposed). Numbers count as words,
 * punctuation and spaces do not.
 */
public final class WordCounter {

    /** Building a word iterator loads rule data; a clone of a prototype per locale is much cheaper. */
    private static final java.util.Map<String, BreakIterator> PROTOTYPES = new java.util.concurrent.ConcurrentHashMap<>();

    private WordCounter() {
    }

    public static int count(String text, String bcp47Locale) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        String normalized = Normalizer2.getNFCInstance().normalize(text);
        BreakIterator words = (BreakIterator) PROTOTYPES.computeIfAbsent(bcp47Locale,
                tag -> BreakIterator.getWordInstance(ULocale.forLanguageTag(tag))).clone();
        words.setText(normalized);
        int count = 0;
        for (int end = words.next(); end != BreakIterator.DONE; end = words.next()) {
            if (words.getRuleStatus() != BreakIterator.WORD_NONE) {
                count++;
            }
        }
        return count;
    }
}
