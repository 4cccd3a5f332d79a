package org.tarjima.spelling;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Kazakh and Uzbek build words by stacking suffixes (биродар·лар·ча, құқық·тар·ы, туғилади·лар), and their free
 * dictionaries list far fewer forms than the languages make: Debian's Uzbek list has no affix rules at all, the
 * Kazakh one rarely goes past one suffix. So a word the dictionary does not know is also known when it is a known
 * word followed by up to {@link #MAX_SUFFIXES} of the language's common suffixes. A misspelt stem stays unknown
 * (адамдр, одамлрр); what this lets through is a wrong suffix on a right stem, which the reviewer reads anyway.
 */
final class SuffixChains {

    static final int MAX_SUFFIXES = 4;
    private static final int MIN_STEM = 3;

    private static final Map<String, List<String>> SUFFIXES = Map.of(
            "kk", longestFirst("лар", "лер", "дар", "дер", "тар", "тер", "ның", "нің", "дың", "дің", "тың", "тің",
                    "ға", "ге", "қа", "ке", "на", "не", "а", "е", "ны", "ні", "ды", "ді", "ты", "ті", "н", "да", "де",
                    "та", "те", "нда", "нде", "дан", "ден", "тан", "тен", "нан", "нен", "мен", "бен", "пен", "ы", "і",
                    "сы", "сі", "м", "ым", "ім", "ң", "ың", "ің", "мыз", "міз", "сыз", "сіз", "лық", "лік", "дық",
                    "дік", "тық", "тік", "шы", "ші", "ғы", "гі", "қы", "кі", "ша", "ше", "дай", "дей", "тай", "тей"),
            "uz", longestFirst("лар", "нинг", "ни", "га", "ка", "қа", "да", "дан", "даги", "дир", "ча", "чи", "лик",
                    "лиг", "ги", "ки", "қи", "си", "и", "м", "им", "нг", "инг", "миз", "ингиз", "ми", "гина", "дек",
                    "дай", "ган", "моқ", "иш", "ди", "са", "ил", "ла", "сиз", "ли", "роқ", "та", "ўқ", "у", "ю", "яп",
                    "ти", "а", "й", "япти", "моқда", "кан", "қан", "гач", "б", "иб"));

    private SuffixChains() {
    }

    /** Whether the language is one whose suffixes are tried (kk, uz in either script, checked in Cyrillic). */
    static boolean applies(String dictionaryTag) {
        return SUFFIXES.containsKey(language(dictionaryTag));
    }

    /** Whether a word is a known word followed by common suffixes; {@code spells} is the dictionary's check. */
    static boolean knownWithSuffixes(String word, String dictionaryTag, Predicate<String> spells) {
        List<String> suffixes = SUFFIXES.get(language(dictionaryTag));
        return suffixes != null && known(word.toLowerCase(new Locale(language(dictionaryTag))), suffixes, spells, 0);
    }

    private static boolean known(String word, List<String> suffixes, Predicate<String> spells, int depth) {
        if (depth > 0 && spells.test(word)) {
            return true;
        }
        if (depth == MAX_SUFFIXES) {
            return false;
        }
        for (String suffix : suffixes) {
            if (word.endsWith(suffix) && word.length() - suffix.length() >= MIN_STEM
                    && known(word.substring(0, word.length() - suffix.length()), suffixes, spells, depth + 1)) {
                return true;
            }
        }
        return false;
    }

    private static String language(String tag) {
        int dash = tag.indexOf('-');
        return dash < 0 ? tag : tag.substring(0, dash);
    }

    private static List<String> longestFirst(String... suffixes) {
        return java.util.Arrays.stream(suffixes).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }
}
