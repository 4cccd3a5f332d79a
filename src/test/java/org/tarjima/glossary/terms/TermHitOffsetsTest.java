package org.tarjima.glossary.terms;

import org.tarjima.glossary.TermTranslation;
import org.tarjima.glossary.GlossaryEntry;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The offsets a hit gives are what the editor marks in the source: each must cover the inflected form as written in
 * the text (not the dictionary form), in UTF-16 chars as the browser counts them.
 */
class TermHitOffsetsTest {

    private static long ids;

    private static GlossaryEntry entry(String term, List<String> forms, TermTranslation... translations) {
        Instant now = Instant.parse("2026-11-28T12:00:00Z");
        return new GlossaryEntry(++ids, term, forms, null, false, List.of(translations), 1, now, "admin", now, "admin");
    }

    private static List<String> covered(String text, TermHit hit) {
        return hit.occurrences().stream().map(span -> text.substring(span.start(), span.end())).toList();
    }

    @Test
    void russian_inflected_forms_are_covered_whole_across_a_multi_word_term() {
        SourceTerms terms = SourceTerms.compile("ru", "kk", List.of(
                entry("гражданское общество", List.of("гражданск* обществ*"), TermTranslation.approved("kk", "азаматтық қоғам")),
                entry("партнёр", List.of("партнёр*"), TermTranslation.approved("kk", "серіктес"),
                        TermTranslation.forbidden("kk", "әріптес"))), List.of());
        String text = "Роль гражданского общества растёт: ПАРТНЁРАМИ ЮНЕСКО стали организации гражданского общества.";

        List<TermHit> hits = terms.hits(text);

        assertThat(hits).extracting(TermHit::sourceTerm).containsExactly("гражданское общество", "партнёр");
        assertThat(covered(text, hits.get(0))).containsExactly("гражданского общества", "гражданского общества");
        assertThat(hits.get(0).occurrences().get(0)).isEqualTo(new TermSpan(5, 26));
        // Case is folded for finding, the offsets still point at the text as written.
        assertThat(covered(text, hits.get(1))).containsExactly("ПАРТНЁРАМИ");
        assertThat(hits.get(1).start()).isEqualTo(text.indexOf("ПАРТНЁРАМИ"));
    }

    @Test
    void kazakh_suffixes_reached_by_a_stem_are_inside_the_span() {
        SourceTerms terms = SourceTerms.compile("kk", "ru", List.of(
                entry("серіктес", List.of("серіктес*"), TermTranslation.approved("ru", "партнёр"))), List.of());
        String text = "ЮНЕСКО серіктестерімен кездесті; серіктестің ұсынысы қабылданды.";

        List<TermHit> hits = terms.hits(text);

        assertThat(hits).singleElement().satisfies(hit -> {
            assertThat(covered(text, hit)).containsExactly("серіктестерімен", "серіктестің");
            assertThat(hit.occurrences()).containsExactly(new TermSpan(7, 22), new TermSpan(33, 44));
        });
    }

    @Test
    void offsets_count_utf16_chars_like_the_browser() {
        SourceTerms terms = SourceTerms.compile("ru", "kk", List.of(
                entry("партнёр", List.of("партнёр*"), TermTranslation.approved("kk", "серіктес"))), List.of());
        // 𝐀 is two UTF-16 chars: a mark placed by code points would start one char late.
        String text = "𝐀 партнёров";

        assertThat(terms.hits(text)).singleElement()
                .satisfies(hit -> assertThat(hit.occurrences()).containsExactly(new TermSpan(3, 12)));
    }
}
