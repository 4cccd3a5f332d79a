package org.tarjima.spelling;

import java.util.List;

/**
 * A word the spelling check does not know.
 *
 * @param start       UTF-16 offset of the word in the checked plain text
 * @param end         end offset, exclusive
 * @param suggestions replacements, best first; empty when none were asked for or found
 */
public record Misspelling(int start, int end, String word, List<String> suggestions) {

    public Misspelling {
        suggestions = List.copyOf(suggestions);
    }

    Misspelling withSuggestions(List<String> found) {
        return new Misspelling(start, end, word, found);
    }
}
