package org.tarjima.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Scores fall into the industry's bands at their edges. */
class MatchBandTest {

    @Test
    void each_score_falls_into_one_band_edges_included() {
        assertThat(MatchBand.of(101)).isEqualTo(MatchBand.CONTEXT);
        assertThat(MatchBand.of(100)).isEqualTo(MatchBand.EXACT);
        assertThat(MatchBand.of(99)).isEqualTo(MatchBand.FUZZY_95_99);
        assertThat(MatchBand.of(95)).isEqualTo(MatchBand.FUZZY_95_99);
        assertThat(MatchBand.of(94)).isEqualTo(MatchBand.FUZZY_85_94);
        assertThat(MatchBand.of(85)).isEqualTo(MatchBand.FUZZY_85_94);
        assertThat(MatchBand.of(84)).isEqualTo(MatchBand.FUZZY_75_84);
        assertThat(MatchBand.of(75)).isEqualTo(MatchBand.FUZZY_75_84);
        assertThat(MatchBand.of(74)).isEqualTo(MatchBand.FUZZY_50_74);
        assertThat(MatchBand.of(50)).isEqualTo(MatchBand.FUZZY_50_74);
        assertThat(MatchBand.of(49)).isEqualTo(MatchBand.NONE);
        assertThat(MatchBand.of(0)).isEqualTo(MatchBand.NONE);
        assertThat(MatchBand.ofLabel("95-99")).isEqualTo(MatchBand.FUZZY_95_99);
        assertThatThrownBy(() -> MatchBand.ofLabel("90")).isInstanceOf(IllegalArgumentException.class);
    }
}
