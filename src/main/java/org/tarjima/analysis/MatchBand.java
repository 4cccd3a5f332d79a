package org.tarjima.analysis;

/**
 * The bands of a match analysis, best first, by the score of the best TM match: the industry's usual bands (memoQ,
 * Trados). Our fuzzy matches start at 70 % ({@code FuzzyScore.MIN_SCORE}), so {@link #FUZZY_50_74} holds 70–74 %.
 */
public enum MatchBand {
    CONTEXT("101", 101, 101),
    EXACT("100", 100, 100),
    FUZZY_95_99("95-99", 95, 99),
    FUZZY_85_94("85-94", 85, 94),
    FUZZY_75_84("75-84", 75, 84),
    FUZZY_50_74("50-74", 50, 74),
    NONE("none", 0, 49);

    private final String label;
    private final int from;
    private final int to;

    MatchBand(String label, int from, int to) {
        this.label = label;
        this.from = from;
        this.to = to;
    }

    /** As the API, the CSV and the reports name it: {@code 101}, {@code 95-99}, {@code none}. */
    public String label() {
        return label;
    }

    /** The band of a best match's score (0: no match). */
    public static MatchBand of(int score) {
        for (MatchBand band : values()) {
            if (score >= band.from && score <= band.to) {
                return band;
            }
        }
        return score > 101 ? CONTEXT : NONE;
    }

    /** The band named {@code label}. */
    public static MatchBand ofLabel(String label) {
        for (MatchBand band : values()) {
            if (band.label.equals(label)) {
                return band;
            }
        }
        throw new IllegalArgumentException("'" + label + "' is no band: 101, 100, 95-99, 85-94, 75-84, 50-74 or none");
    }
}
