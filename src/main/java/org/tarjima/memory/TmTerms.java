package org.tarjima.memory;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The terms a unit is indexed under (rows of {@code tm_posting}): every source word, every pair of
 * neighbouring source words and every target word, each hashed together with the language pair and its
 * kind. Word pairs are what keep a lookup fast when a sentence is made of common words only: "of the" is
 * common, but most pairs of a sentence are rare.
 */
public final class TmTerms {

    /** Above this document frequency a term's count is no longer kept exactly (see V5's tm_term_df). */
    public static final int SATURATED = 10_000;

    /** The low bits of a posting that hold the unit id (see V5's tm_posting.length_unit). */
    public static final int UNIT_BITS = 40;
    public static final long UNIT_MASK = (1L << UNIT_BITS) - 1;
    private static final int MAX_LENGTH = 1 << 20;

    private TmTerms() {
    }

    /** A posting's {@code length_unit}: the unit's source length in words above its id. */
    public static long posting(int sourceWords, long unitId) {
        return ((long) Math.min(sourceWords, MAX_LENGTH) << UNIT_BITS) | unitId;
    }

    /** The lowest {@code length_unit} of units with this many words. */
    static long lengthFloor(int sourceWords) {
        return (long) Math.max(0, Math.min(sourceWords, MAX_LENGTH)) << UNIT_BITS;
    }

    /** How many words a source key has: a unit's length for its postings. */
    public static int length(String sourceKey) {
        return TmText.wordsOfKey(sourceKey).size();
    }

    public static Set<Long> sourceTerms(String sourceLocale, String targetLocale, String sourceKey) {
        List<String> words = TmText.wordsOfKey(sourceKey);
        Set<Long> terms = new LinkedHashSet<>();
        String pair = pair(sourceLocale, targetLocale);
        for (int i = 0; i < words.size(); i++) {
            terms.add(word(pair, words.get(i)));
            if (i + 1 < words.size()) {
                terms.add(wordPair(pair, words.get(i), words.get(i + 1)));
            }
        }
        return terms;
    }

    /** How many times each word of a source key occurs in it, by the word's term. */
    static Map<Long, Integer> sourceWordCounts(String sourceLocale, String targetLocale, String sourceKey) {
        Map<Long, Integer> counts = new HashMap<>();
        String pair = pair(sourceLocale, targetLocale);
        for (String word : TmText.wordsOfKey(sourceKey)) {
            counts.merge(word(pair, word), 1, Integer::sum);
        }
        return counts;
    }

    public static Set<Long> targetTerms(String sourceLocale, String targetLocale, String targetKey) {
        Set<Long> terms = new LinkedHashSet<>();
        String pair = pair(sourceLocale, targetLocale);
        for (String word : TmText.wordsOfKey(targetKey)) {
            terms.add(targetWord(pair, word));
        }
        return terms;
    }

    /** Every term of a unit, from its stored keys. */
    public static Set<Long> all(String sourceLocale, String targetLocale, String sourceKey, String targetKey) {
        Set<Long> terms = sourceTerms(sourceLocale, targetLocale, sourceKey);
        terms.addAll(targetTerms(sourceLocale, targetLocale, targetKey));
        return terms;
    }

    static long word(String pair, String word) {
        return TmText.hash(pair + "\u0001s\u0001" + word);
    }

    static long wordPair(String pair, String first, String second) {
        return TmText.hash(pair + "\u0001b\u0001" + first + ' ' + second);
    }

    static long targetWord(String pair, String word) {
        return TmText.hash(pair + "\u0001t\u0001" + word);
    }

    static String pair(String sourceLocale, String targetLocale) {
        return sourceLocale + '>' + targetLocale;
    }
}
