package org.tarjima.analysis;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The analysis of one target locale.
 *
 * @param bands         every band, best first, with its segments and words (repetitions counted once)
 * @param repetitions   the other occurrences of a source already counted in a band
 * @param alreadyDone   segments TRANSLATED or APPROVED in Tarjima: work done, in no band
 * @param weightedWords the words weighted by the rate card's percentages
 * @param cost          what the weighted words cost; null for a user who may not see costs
 */
public record LocaleAnalysis(String locale, Map<MatchBand, Counts> bands, Counts repetitions, Counts alreadyDone,
                             BigDecimal weightedWords, Cost cost) {

    /** An amount in a currency (ISO 4217). */
    public record Cost(BigDecimal amount, String currency) {
    }

    public LocaleAnalysis {
        bands = Collections.unmodifiableMap(new EnumMap<>(bands));
    }

    /** Every word the analysis counted: the bands, the repetitions and the work done. */
    public int totalWords() {
        return bands.values().stream().mapToInt(Counts::words).sum() + repetitions.words() + alreadyDone.words();
    }

    public int totalSegments() {
        return bands.values().stream().mapToInt(Counts::segments).sum() + repetitions.segments() + alreadyDone.segments();
    }
}
