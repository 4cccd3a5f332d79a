package org.tarjima.qa.checks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tarjima.locale.DatesAndNumbers;
import org.tarjima.locale.LocalizedValue;

class WhitespaceAndPunctuationTest {

    private final WhitespaceCheck whitespace = new WhitespaceCheck();
    private final EndPunctuationCheck punctuation = new EndPunctuationCheck();
    private final BracketsCheck brackets = new BracketsCheck();

    @Test
    void leading_and_trailing_space_follow_the_source_with_a_fix() {
        assertThat(Findings.keys(whitespace, "Nature matters. ", "Природа важна.", "ru")).containsExactly("qa.whitespace.trailing");
        assertThat(Findings.fixed(whitespace, "Nature matters. ", "Природа важна.", "ru")).isEqualTo("Природа важна. ");
        assertThat(Findings.fixed(whitespace, "Nature matters.", " Табиғат маңызды.", "kk")).isEqualTo("Табиғат маңызды.");
        assertThat(Findings.of(whitespace, "Nature matters. ", "Природа важна. ", "ru")).isEmpty();
    }

    @Test
    void a_double_space_is_a_slip_a_no_break_space_is_typography() {
        assertThat(Findings.keys(whitespace, "Nature matters", "Tabiat  muhim", "uz")).containsExactly("qa.whitespace.double");
        assertThat(Findings.fixed(whitespace, "Nature matters", "Tabiat  muhim", "uz")).isEqualTo("Tabiat muhim");
        assertThat(Findings.of(whitespace, "Growth of 5%", "Рост на 5\u00A0%", "ru")).isEmpty();
    }

    @Test
    void the_end_mark_follows_the_source() {
        assertThat(Findings.keys(punctuation, "Nature matters.", "Природа важна", "ru")).containsExactly("qa.punctuation.missing");
        assertThat(Findings.keys(punctuation, "Does nature matter?", "Табиғат маңызды ма.", "kk")).containsExactly("qa.punctuation.different");
        assertThat(Findings.keys(punctuation, "Working together", "Birgalikda ishlash.", "uz")).containsExactly("qa.punctuation.extra");
        assertThat(Findings.of(punctuation, "Does nature matter?", "Табиғат маңызды ма?", "kk")).isEmpty();
    }

    @Test
    void quotes_around_the_mark_ellipses_and_abbreviations_are_conventions_not_errors() {
        assertThat(Findings.of(punctuation, "He said \"we will act.\"", "Он сказал: «Мы будем действовать».", "ru")).isEmpty();
        assertThat(Findings.of(punctuation, "And so on...", "И так далее…", "ru")).isEmpty();
        assertThat(Findings.of(punctuation, "4 December 2020", "4 декабря 2020 г.", "ru")).isEmpty();
        assertThat(Findings.of(punctuation, "4 December 2020", "2020 ж. 4 желтоқсан", "kk")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru", "kk", "ky", "tg", "tk", "uz", "uz-Cyrl"})
    void a_date_as_the_editors_date_helper_writes_it_needs_no_full_stop_of_the_source(String locale) {
        String source = "The dialogue was held on 4 December 2020";
        LocalizedValue date = new DatesAndNumbers().localize(source, "en", locale).get(0);
        assertThat(date.kind()).isEqualTo(LocalizedValue.Kind.DATE);
        assertThat(Findings.of(punctuation, source, "Диалог " + date.rendering(), locale)).isEmpty();
        assertThat(Findings.of(punctuation, "(" + source + ")", "(Диалог " + date.rendering() + ")", locale)).isEmpty();
        // A full stop of its own after the date is still one the source lacks.
        assertThat(Findings.keys(punctuation, source, "Диалог " + date.rendering() + " Конец.", locale))
                .containsExactly("qa.punctuation.extra");
    }

    @Test
    void the_russian_long_date_ends_with_the_abbreviation_of_year() {
        assertThat(EndPunctuationCheck.dateEnding("ru")).isEqualTo("г.");
        assertThat(EndPunctuationCheck.dateEnding("en")).isEmpty();
    }

    @Test
    void a_bracket_or_quote_without_its_partner_is_a_warning() {
        assertThat(Findings.keys(brackets, "UNESCO (the UN agency) said", "ЮНЕСКО (агентство ООН сообщило", "ru"))
                .containsExactly("qa.brackets");
        assertThat(Findings.keys(brackets, "The \"Harmony\" project", "Проект «Гармония", "ru")).containsExactly("qa.brackets");
        assertThat(Findings.of(brackets, "The \"Harmony\" project", "Проект «Гармония»", "ru")).isEmpty();
        assertThat(Findings.of(brackets, "The \"Harmony\" project", "„Garmoniya“ loyihasi", "ru")).isEmpty();
        assertThat(Findings.of(brackets, "The \"Harmony\" project", "“Uygʻunlik” loyihasi", "uz")).isEmpty();
    }

    @Test
    void a_segment_that_is_part_of_a_longer_quotation_is_left_alone() {
        assertThat(Findings.of(brackets, "\"We will act.", "«Мы будем действовать.", "ru")).isEmpty();
        assertThat(Findings.of(brackets, "1) Nature", "1) Табиғат", "kk")).isEmpty();
    }
}
