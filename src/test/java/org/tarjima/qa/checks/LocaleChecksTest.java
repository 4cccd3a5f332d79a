package org.tarjima.qa.checks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tarjima.qa.Severity;

/** Quotes, script mix and Uzbek apostrophes. */
class LocaleChecksTest {

    private final QuotesCheck quotes = new QuotesCheck();
    private final ScriptMixCheck script = new ScriptMixCheck();
    private final UzbekApostropheCheck apostrophe = new UzbekApostropheCheck();

    @Test
    void straight_quotes_in_a_target_get_the_languages_own_marks() {
        assertThat(Findings.keys(quotes, "The \"Harmony\" project", "Проект \"Гармония\"", "ru")).containsExactly("qa.quotes.straight");
        assertThat(Findings.fixed(quotes, "The \"Harmony\" project", "Проект \"Гармония\"", "ru")).isEqualTo("Проект «Гармония»");
        assertThat(Findings.fixed(quotes, "The “Harmony” project", "\"Үйлесімділік\" жобасы", "kk")).isEqualTo("«Үйлесімділік» жобасы");
        assertThat(Findings.fixed(quotes, "The \"Harmony\" project", "Лоиҳаи \"Ҳамоҳангӣ\"", "tg")).isEqualTo("Лоиҳаи «Ҳамоҳангӣ»");
        assertThat(Findings.fixed(quotes, "The \"Harmony\" project", "\"Uygʻunlik\" loyihasi", "uz")).isEqualTo("“Uygʻunlik” loyihasi");
    }

    @Test
    void the_languages_own_marks_nested_marks_and_inches_are_fine() {
        assertThat(Findings.of(quotes, "The \"Harmony\" project", "Проект «Гармония»", "ru")).isEmpty();
        assertThat(Findings.of(quotes, "The \"Harmony\" project", "Проект «Природа „Гармония“»", "ru")).isEmpty();
        assertThat(Findings.of(quotes, "The \"Harmony\" project", "“Uygʻunlik” loyihasi", "uz")).isEmpty();
        assertThat(Findings.of(quotes, "The \"Harmony\" project", "«Uygʻunlik» loyihasi", "uz")).isEmpty();
        assertThat(Findings.of(quotes, "A 15\" screen", "Экран 15\"", "ru")).isEmpty();
    }

    @Test
    void english_quotes_in_a_russian_target_are_foreign() {
        assertThat(Findings.keys(quotes, "The \"Harmony\" project", "Проект “Гармония”", "ru")).containsExactly("qa.quotes.foreign");
        assertThat(Findings.fixed(quotes, "The \"Harmony\" project", "Проект “Гармония”", "ru")).isEqualTo("Проект «Гармония»");
    }

    @Test
    void a_latin_look_alike_inside_a_cyrillic_word_is_an_error_with_a_fix() {
        // "прирoда" with a Latin o
        var findings = Findings.of(script, "Nature", "Гармония с прир\u006Fдой", "ru");
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.messageKey()).isEqualTo("qa.script.homoglyph");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.start()).isEqualTo("Гармония с прир".length());
        });
        assertThat(Findings.fixed(script, "Nature", "Гармония с прир\u006Fдой", "ru")).isEqualTo("Гармония с природой");
        assertThat(Findings.of(script, "Nature", "Гармония с природой", "ru")).isEmpty();
    }

    @Test
    void a_latin_i_in_a_kazakh_word_is_the_kazakh_letter_and_in_a_russian_word_only_a_warning() {
        assertThat(Findings.fixed(script, "Knowledge", "Б\u0069л\u0069м", "kk")).isEqualTo("Білім");
        assertThat(Findings.of(script, "Knowledge", "Б\u0069л\u0069м", "ru")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    }

    @Test
    void a_latin_c_for_the_preposition_is_caught_and_names_in_latin_are_fine() {
        assertThat(Findings.fixed(script, "In harmony with nature", "В гармонии \u0063 природой", "ru")).isEqualTo("В гармонии с природой");
        assertThat(Findings.of(script, "UNESCO and iPhone", "ЮНЕСКО и UNESCO, iPhone и витамин C", "ru")).isEmpty();
    }

    @Test
    void a_cyrillic_letter_inside_an_uzbek_latin_word_is_an_error() {
        // "tabiаt" with a Cyrillic а
        assertThat(Findings.keys(script, "Nature", "Tabi\u0430t", "uz")).containsExactly("qa.script.homoglyph");
        assertThat(Findings.fixed(script, "Nature", "Tabi\u0430t", "uz")).isEqualTo("Tabiat");
        assertThat(Findings.of(script, "Nature", "Tabiat va Москва", "uz")).isEmpty();
        assertThat(Findings.of(script, "Nature", "Табиат", "uz-Cyrl")).isEmpty();
    }

    @Test
    void uzbek_o_and_g_take_the_turned_comma() {
        assertThat(Findings.keys(apostrophe, "Uzbek", "o'zbek", "uz")).containsExactly("qa.uzApostrophe.turnedComma");
        assertThat(Findings.fixed(apostrophe, "Uzbek", "o'zbek", "uz")).isEqualTo("o\u02BBzbek");
        assertThat(Findings.fixed(apostrophe, "The mountain", "Tog‘", "uz")).isEqualTo("Tog\u02BB");
        assertThat(Findings.fixed(apostrophe, "Meaning", "ma'no", "uz")).isEqualTo("ma\u02BCno");
        assertThat(Findings.of(apostrophe, "Uzbek", "o\u02BBzbek ma\u02BCnosi", "uz")).isEmpty();
        assertThat(Findings.of(apostrophe, "Uzbek", "o'zbek", "uz-Cyrl")).isEmpty();
        assertThat(Findings.of(apostrophe, "Uzbek", "o'zbek", "tk")).isEmpty();
        assertThat(Findings.of(apostrophe, "The 'radio' word", "'radio' soʻzi", "uz")).isEmpty();
    }
}
