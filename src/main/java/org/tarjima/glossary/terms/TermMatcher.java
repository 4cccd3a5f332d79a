package org.tarjima.glossary.terms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds many terms in a text at once: patterns are indexed by their first word (whole words in a hash map, stems
 * by their letters), so a text costs one lookup per word and per stem length, whatever the size of the glossary.
 *
 * @param <T> what a pattern belongs to (an entry, a translation)
 */
public final class TermMatcher<T> {

    /** A match of a pattern of {@code owner} at {@code text.substring(start, end)}. */
    record Match<T>(T owner, int start, int end) {
    }

    private record Candidate<T>(T owner, TermPattern pattern) {
    }

    private record At<T>(T owner, int start) {
    }

    private final TermLocale locale;
    private final Map<String, List<Candidate<T>>> byWord = new HashMap<>();
    private final Map<String, List<Candidate<T>>> byStem = new HashMap<>();
    private int longestStem;
    private int size;

    public TermMatcher(TermLocale locale) {
        this.locale = locale;
    }

    TermLocale locale() {
        return locale;
    }

    public void add(T owner, TermPattern pattern) {
        TermPattern.WordPattern first = pattern.first();
        (first.stem() ? byStem : byWord).computeIfAbsent(first.key(), k -> new ArrayList<>(1))
                .add(new Candidate<>(owner, pattern));
        if (first.stem()) {
            longestStem = Math.max(longestStem, first.key().length());
        }
        size++;
    }

    public int size() {
        return size;
    }

    public List<Match<T>> find(String text) {
        return find(text, TermWords.of(text, locale));
    }

    /**
     * Every match in the text, by start and the longest first; where several patterns of one owner match at the
     * same word (a term and its form), the longest counts once.
     */
    public List<Match<T>> find(String text, List<TermWords.Word> words) {
        if (size == 0 || words.isEmpty()) {
            return List.of();
        }
        Map<At<T>, Integer> ends = new LinkedHashMap<>();
        List<Candidate<T>> candidates = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String token = words.get(i).key();
            candidates.clear();
            addAll(candidates, byWord.get(token));
            if (locale.english()) {
                for (String base : TermPattern.englishBasesOf(token)) {
                    addAll(candidates, byWord.get(base));
                }
            }
            if (longestStem > 0) {
                for (int length = Math.min(token.length(), longestStem); length > 0; length--) {
                    addAll(candidates, byStem.get(token.substring(0, length)));
                }
            }
            for (Candidate<T> candidate : candidates) {
                int end = candidate.pattern().endAt(text, words, i);
                if (end >= 0) {
                    ends.merge(new At<>(candidate.owner(), words.get(i).start()), end, Math::max);
                }
            }
        }
        List<Match<T>> matches = new ArrayList<>(ends.size());
        ends.forEach((at, end) -> matches.add(new Match<>(at.owner(), at.start(), end)));
        matches.sort(Comparator.<Match<T>>comparingInt(Match::start).thenComparing(m -> -m.end()));
        return matches;
    }

    private static <T> void addAll(List<Candidate<T>> into, List<Candidate<T>> found) {
        if (found != null) {
            into.addAll(found);
        }
    }
}
