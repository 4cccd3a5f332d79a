package org.tarjima.analysis;

/** Segments and their words (ICU word counts in the source locale). */
public record Counts(int segments, int words) {

    public static final Counts ZERO = new Counts(0, 0);

    Counts plus(int words) {
        return new Counts(segments + 1, this.words + words);
    }
}
