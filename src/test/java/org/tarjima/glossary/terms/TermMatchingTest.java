package org.tarjima.glossary.terms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Locale-aware term matching on its own: ICU words, case folding, English endings, declared forms and stems. */
class TermMatchingTest {

    /** The texts matched by the term and its forms, in text order. */
    private static List<String> found(String locale, String text, String... termAndForms) {
        TermLocale terms = TermLocale.of(locale);
        TermMatcher<String> matcher = new TermMatcher<>(terms);
        for (String form : termAndForms) {
            matcher.add(termAndForms[0], TermPattern.parse(form, terms));
        }
        return matcher.find(text).stream().map(m -> text.substring(m.start(), m.end())).toList();
    }

    @Test
    void an_english_term_finds_its_plural_and_possessive_but_not_a_longer_word() {
        String source = "This event brought together more than 60 participants, including UNESCO's partners and "
                + "a new partnership with the partner's network.";
        assertThat(found("en", source, "partner")).containsExactly("partners", "partner's");
        assertThat(found("en", source, "participant")).containsExactly("participants");
        assertThat(found("en", "Partnerships matter.", "partner")).isEmpty();
        assertThat(found("en", "Its policies and the policy", "policy")).containsExactly("policies", "policy");
    }

    @Test
    void a_declared_stem_reaches_words_that_the_term_alone_does_not() {
        assertThat(found("en", "A new partnership with partners", "partner", "partner*"))
                .containsExactly("partnership", "partners");
    }

    @Test
    void case_is_folded_with_icu_so_unesco_matches_every_spelling() {
        assertThat(found("en", "UNESCO, Unesco and unesco", "UNESCO")).containsExactly("UNESCO", "Unesco", "unesco");
        assertThat(found("ru", "ЮНЕСКО и Юнеско", "ЮНЕСКО")).containsExactly("ЮНЕСКО", "Юнеско");
        // ß folds to ss with ICU's full case folding, which a plain toLowerCase() does not do.
        assertThat(found("de", "STRASSE und Straße", "straße")).containsExactly("STRASSE", "Straße");
    }

    @Test
    void turkic_dotted_and_dotless_i_are_distinct_only_where_the_alphabet_has_both() {
        // Kazakh 2021 Latin: I/ı (the old і) and İ/i (the old и) are different letters.
        assertThat(TermLocale.of("kk-Latn").turkic()).isTrue();
        assertThat(found("kk-Latn", "ISTANBUL", "ıstanbul")).containsExactly("ISTANBUL");
        assertThat(found("kk-Latn", "İSKER", "isker")).containsExactly("İSKER");
        assertThat(found("kk-Latn", "ISKER", "isker")).isEmpty();
        // Turkmen and Uzbek Latin pair I with i, like English.
        assertThat(TermLocale.of("tk").turkic()).isFalse();
        assertThat(TermLocale.of("uz").turkic()).isFalse();
        assertThat(TermLocale.of("kk").turkic()).isFalse();
        assertThat(found("uz", "IQTISODIYOT va iqtisodiyot", "iqtisodiyot"))
                .containsExactly("IQTISODIYOT", "iqtisodiyot");
        assertThat(found("tk", "Ykdysadyýet, YKDYSADYÝET", "ykdysadyýet")).containsExactly("Ykdysadyýet", "YKDYSADYÝET");
    }

    @Test
    void kazakh_suffixes_are_reached_by_a_stem() {
        String target = "ЮНЕСКО серіктестерімен бірге серіктестің жұмысы және серіктеске хат";
        assertThat(found("kk", target, "серіктес", "серіктес*"))
                .containsExactly("серіктестерімен", "серіктестің", "серіктеске");
        assertThat(found("kk", target, "серіктес")).isEmpty();
    }

    @Test
    void russian_declared_forms_match_and_yo_counts_as_e() {
        String target = "ЮНЕСКО собрала партнёров; партнеры из пяти стран и партнёрство";
        assertThat(found("ru", target, "партнёр", "партнёра", "партнёры", "партнёров"))
                .containsExactly("партнёров", "партнеры");
    }

    @Test
    void multi_word_terms_match_across_spaces_and_hyphens_but_not_across_punctuation() {
        assertThat(found("en", "Nature-based solutions and nature based solutions", "nature-based solution"))
                .containsExactly("Nature-based solutions", "nature based solutions");
        assertThat(found("en", "by nature. Based solutions", "nature-based solution")).isEmpty();
        assertThat(found("en", "R&D and R & D but not R D", "R&D")).containsExactly("R&D", "R & D");
        assertThat(found("ru", "для гражданского общества", "гражданское общество", "гражданск* обществ*"))
                .containsExactly("гражданского общества");
    }

    @Test
    void uzbek_apostrophe_look_alikes_are_one_letter() {
        assertThat(found("uz", "Oʻzbekiston, O'zbekiston, O‘zbekiston va O`zbekiston", "Oʻzbekiston"))
                .containsExactly("Oʻzbekiston", "O'zbekiston", "O‘zbekiston", "O`zbekiston");
    }

    @Test
    void a_decomposed_letter_matches_its_composed_form() {
        assertThat(found("uz-Cyrl", "Ўзбекистон ва \u0423\u0306збекистон", "Ўзбекистон")).hasSize(2);
    }

    @Test
    void stems_must_end_a_word_and_have_two_letters() {
        assertThatThrownBy(() -> TermPattern.parse("part*ner", TermLocale.of("en"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TermPattern.parse("p*", TermLocale.of("en"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TermPattern.parse("*", TermLocale.of("en"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(TermPattern.parse("ел*", TermLocale.of("kk")).first().stem()).isTrue();
    }
}
