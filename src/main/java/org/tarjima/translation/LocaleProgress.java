package org.tarjima.translation;

import java.util.EnumMap;
import java.util.Map;

/** Segments and words of one document in one locale, per state. */
public record LocaleProgress(String locale, Map<TargetState, Integer> segments, Map<TargetState, Integer> words) {

    public int totalSegments() {
        return segments.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int totalWords() {
        return words.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int segments(TargetState state) {
        return segments.getOrDefault(state, 0);
    }

    public int words(TargetState state) {
        return words.getOrDefault(state, 0);
    }

    /** Share of words confirmed (TRANSLATED or APPROVED), 0..1. */
    public double confirmedShare() {
        int total = totalWords();
        return total == 0 ? 0 : (words(TargetState.TRANSLATED) + words(TargetState.APPROVED)) / (double) total;
    }

    /** Adds another document's progress in the same locale. */
    public LocaleProgress plus(LocaleProgress other) {
        Map<TargetState, Integer> s = new EnumMap<>(TargetState.class);
        Map<TargetState, Integer> w = new EnumMap<>(TargetState.class);
        for (TargetState state : TargetState.values()) {
            s.put(state, segments(state) + other.segments(state));
            w.put(state, words(state) + other.words(state));
        }
        return new LocaleProgress(locale, s, w);
    }

    public static LocaleProgress empty(String locale) {
        return new LocaleProgress(locale, new EnumMap<>(TargetState.class), new EnumMap<>(TargetState.class));
    }
}
