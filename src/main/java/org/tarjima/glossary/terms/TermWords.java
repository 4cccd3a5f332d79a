package org.tarjima.glossary.terms;

import com.ibm.icu.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;

/** The words of a text with their offsets, found by ICU's word BreakIterator in the text's own locale. */
public final class TermWords {

    /** One word: {@code text.substring(start, end)}, and its comparison key. */
    record Word(int start, int end, String key) {
    }

    private TermWords() {
    }

    static List<Word> of(String text, TermLocale locale) {
        List<Word> words = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return words;
        }
        BreakIterator breaker = locale.wordBreaker();
        // A backtick or a left quote inside oʻzbek would split the word; as ’ (one char for one, so offsets stay)
        // ICU keeps it inside a word and still lets it end one ("partners’ meeting").
        breaker.setText(text.replace('`', '’').replace('‘', '’'));
        int start = breaker.first();
        for (int end = breaker.next(); end != BreakIterator.DONE; start = end, end = breaker.next()) {
            if (breaker.getRuleStatus() >= BreakIterator.WORD_NONE_LIMIT) {
                words.add(new Word(start, end, locale.key(text.substring(start, end))));
            }
        }
        return words;
    }
}
