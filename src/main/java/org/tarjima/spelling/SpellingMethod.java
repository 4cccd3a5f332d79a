package org.tarjima.spelling;

/**
 * How a locale's spelling is checked, said plainly in the editor and the API.
 *
 * @param kind       the kind of checking
 * @param dictionary the Hunspell dictionary's tag ({@code ru}, {@code uz-Cyrl}…), or null for {@link Kind#LEARNED}
 */
public record SpellingMethod(Kind kind, String dictionary) {

    public enum Kind {
        /** A Hunspell dictionary of the locale itself. */
        DICTIONARY,
        /**
         * The dictionary of the language's other script, through our own conversion: a Latin Uzbek word is wrong
         * when its Cyrillic form is unknown (kk-Latn likewise, where the conversion back is unambiguous).
         */
        OTHER_SCRIPT,
        /**
         * No dictionary exists (Kyrgyz, Tajik, Turkmen): a word is known when it appears in the locale's approved
         * translations in the translation memory or in a word list.
         */
        LEARNED
    }

    static SpellingMethod learned() {
        return new SpellingMethod(Kind.LEARNED, null);
    }
}
