package org.tarjima.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tarjima.base.text.InlineText;
import org.tarjima.support.TarjimaTest;
import org.tarjima.translation.TargetState;

/** The lookup ranks its candidates by their words first and reads whole only the units that can still win. */
@TarjimaTest
class TmLookupTest {

    // 27 tokens: one word changed leaves 96 %
    private static final String SENTENCE = "Rangers count snow leopards in the high mountains of the Tien Shan every winter, "
            + "when tracks show clearly in fresh snow and herders report sightings.";

    @Autowired
    TmLookup lookup;
    @Autowired
    TmRepository repository;

    @Test
    void a_unit_ranked_lower_by_its_words_wins_when_the_units_above_it_lose_points_for_their_codes() {
        String en = TmFixture.freshSource();
        List<TmUnitData> units = new ArrayList<>();
        // the same words with five line breaks more than the query: 100 by the words, 95 once read
        for (int i = 0; i < 3; i++) {
            units.add(unit(en, withBreaks(SENTENCE, 5), "Перевод " + i));
        }
        String oneWordOff = SENTENCE.replace("fresh", "new");
        units.add(unit(en, InlineText.of(oneWordOff), "Перевод с одним словом иначе"));
        repository.insert(units);

        List<TmLookup.Scored> best = lookup.lookup(InlineText.of(SENTENCE), en, "ru", TmLookup.Context.UNKNOWN, 1);

        assertThat(best).hasSize(1);
        assertThat(best.get(0).unit().source().plainText()).isEqualTo(oneWordOff);
        assertThat(best.get(0).score()).isEqualTo(96);
        assertThat(lookup.lookup(InlineText.of(SENTENCE), en, "ru", TmLookup.Context.UNKNOWN, 5))
                .extracting(TmLookup.Scored::score).containsExactly(96, 95, 95, 95);
    }

    @Test
    void a_context_match_found_after_the_exact_ones_that_fill_the_answer_still_comes_first() {
        String en = TmFixture.freshSource();
        long previous = TmText.contextHash("Before.");
        long next = TmText.contextHash("After.");
        List<TmUnitData> units = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            units.add(unit(en, InlineText.of(SENTENCE), "Перевод " + i, TargetState.APPROVED, null, null));
        }
        // translated, not approved: the exact units come before it in the index's order
        units.add(unit(en, InlineText.of(SENTENCE), "Перевод в том же месте", TargetState.TRANSLATED, previous, next));
        repository.insert(units);

        List<TmLookup.Scored> best = lookup.lookup(InlineText.of(SENTENCE), en, "ru", new TmLookup.Context(previous, next), 1);

        assertThat(best).extracting(TmLookup.Scored::kind).containsExactly(MatchKind.CONTEXT);
        assertThat(best.get(0).unit().target().plainText()).isEqualTo("Перевод в том же месте");
    }

    private static InlineText withBreaks(String text, int breaks) {
        List<InlineText.Part> parts = new ArrayList<>();
        parts.add(new InlineText.Text(text));
        for (int id = 1; id <= breaks; id++) {
            parts.add(new InlineText.Code(InlineText.CodeKind.ISOLATED, id, "lb", "<br/>"));
        }
        return new InlineText(parts);
    }

    private static TmUnitData unit(String en, InlineText source, String target) {
        return unit(en, source, target, TargetState.TRANSLATED, null, null);
    }

    private static TmUnitData unit(String en, InlineText source, String target, TargetState state, Long previous, Long next) {
        return TmUnitData.of(en, "ru", source, InlineText.of(target), state, "TMX", previous, next, null, null, null,
                "test", Instant.now());
    }
}
