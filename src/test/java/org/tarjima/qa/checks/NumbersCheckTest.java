package org.tarjima.qa.checks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tarjima.qa.QaFinding;
import org.tarjima.qa.Severity;

class NumbersCheckTest {

    private final NumbersCheck check = new NumbersCheck();

    @Test
    void numbers_are_compared_as_values_in_each_locale() {
        assertThat(Findings.of(check, "The budget is 1,234.5 million.", "Бюджет составляет 1\u00A0234,5 млн.", "ru")).isEmpty();
        assertThat(Findings.of(check, "The budget is 1,234.5 million.", "Бюджет составляет 1\u202F234,5 млн.", "ru")).isEmpty();
        assertThat(Findings.of(check, "The budget is 1,234.5 million.", "Бюджет составляет 1 234,5 млн.", "ru")).isEmpty();
        assertThat(Findings.of(check, "It costs 1,234.5 tenge.", "Бағасы 1234,5 теңге.", "kk")).isEmpty();
    }

    @Test
    void an_english_decimal_point_left_in_a_russian_target_is_a_lost_number() {
        var findings = Findings.of(check, "Growth was 1.5 percent.", "Рост составил 1.5 процента.", "ru");
        assertThat(findings).extracting(QaFinding::messageKey).contains("qa.numbers.missing");
        QaFinding missing = findings.stream().filter(f -> f.messageKey().equals("qa.numbers.missing")).findFirst().orElseThrow();
        assertThat(missing.severity()).isEqualTo(Severity.ERROR);
        assertThat(missing.arguments()).containsExactly("1.5", "1,5");
    }

    @Test
    void a_number_missing_from_the_target_is_an_error() {
        var findings = Findings.of(check, "More than 60 participants from 5 countries", "Более 60 участников из стран", "ru");
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.messageKey()).isEqualTo("qa.numbers.missing");
            assertThat(f.arguments()).startsWith("5");
        });
    }

    @Test
    void a_number_the_source_spells_out_is_not_extra_in_the_target() {
        assertThat(Findings.of(check, "More than 60 participants from five countries", "Более 60 участников из 5 стран", "ru"))
                .isEmpty();
    }

    @Test
    void a_number_the_source_does_not_have_is_a_warning() {
        var findings = Findings.of(check, "More than 60 participants from many countries", "Более 60 участников из 5 стран", "ru");
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.messageKey()).isEqualTo("qa.numbers.extra");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.start()).isEqualTo("Более 60 участников из ".length());
        });
    }

    @Test
    void a_number_written_as_a_word_in_any_case_counts_where_icu_can_spell_the_language() {
        assertThat(Findings.of(check, "Participants from 5 countries", "Участники из пяти стран", "ru")).isEmpty();
        assertThat(Findings.of(check, "About 60,000 visitors", "Около 60 тысяч посетителей", "ru")).isEmpty();
        assertThat(Findings.of(check, "Participants from 5 countries", "5 елден келген қатысушылар", "kk")).isEmpty();
        assertThat(Findings.of(check, "Participants from 5 countries", "Бес елден келген қатысушылар", "kk")).isEmpty();
    }

    @Test
    void where_icu_cannot_spell_the_language_a_missing_number_is_only_a_warning() {
        var findings = Findings.of(check, "Participants from 5 countries", "Besh mamlakatdan kelgan ishtirokchilar", "uz");
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.messageKey()).isEqualTo("qa.numbers.missingUnverified");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
        });
    }

    @Test
    void ordinals_years_and_centuries_keep_their_value() {
        assertThat(Findings.of(check, "The 5th session in 2020", "5-я сессия в 2020 году", "ru")).isEmpty();
        assertThat(Findings.of(check, "The 5th session in 2020", "2020 жылы 5-ші сессия", "kk")).isEmpty();
        assertThat(Findings.of(check, "Art of the 20th century", "Искусство XX века", "ru")).isEmpty();
        assertThat(Findings.of(check, "The 5th session in 2020", "2021-yilda 5-sessiya", "uz"))
                .extracting(QaFinding::messageKey).containsExactlyInAnyOrder("qa.numbers.missingUnverified", "qa.numbers.extra");
    }

    @Test
    void digits_inside_names_are_not_numbers() {
        assertThat(Findings.of(check, "COVID-19 and the G20", "COVID-19 va G20", "uz")).isEmpty();
        assertThat(Findings.of(check, "The COVID-19 pandemic", "Пандемия коронавируса", "ru")).isEmpty();
    }
}
