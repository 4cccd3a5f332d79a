package org.tarjima.qa.checks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tarjima.locale.DatesAndNumbers;
import org.tarjima.locale.PluralForms;
import org.tarjima.qa.QaFinding;
import org.tarjima.qa.Severity;

class PluralAndDatesCheckTest {

    private final PluralCheck plural = new PluralCheck(new PluralForms());
    private final DatesCheck dates = new DatesCheck(new DatesAndNumbers());

    private static final String SOURCE = "{0, plural, one {# participant} other {# participants}} from {1}";

    @Test
    void a_plural_with_the_target_languages_cldr_categories_passes() {
        assertThat(Findings.of(plural, SOURCE,
                "{0, plural, one {# участник} few {# участника} many {# участников} other {# участника}} из {1}", "ru")).isEmpty();
        assertThat(Findings.of(plural, SOURCE, "{0, plural, one {# қатысушы} other {# қатысушы}} {1} елінен", "kk")).isEmpty();
        assertThat(Findings.of(plural, SOURCE, "{0, plural, =0 {ҳеҷ кас} other {# иштирокчӣ}} аз {1}", "tg")).isEmpty();
    }

    @Test
    void missing_or_foreign_categories_are_errors() {
        assertThat(Findings.of(plural, SOURCE, "{0, plural, one {# участник} other {# участников}} из {1}", "ru"))
                .singleElement().satisfies(f -> {
                    assertThat(f.messageKey()).isEqualTo("qa.plural.missingCategory");
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.arguments()).containsExactly("0", "few, many");
                });
        assertThat(Findings.keys(plural, SOURCE,
                "{0, plural, one {# қатысушы} few {# қатысушы} other {# қатысушы}} {1} елінен", "kk"))
                .containsExactly("qa.plural.extraCategory");
    }

    @Test
    void a_lost_placeholder_or_a_broken_message_is_an_error() {
        assertThat(Findings.keys(plural, SOURCE, "{0, plural, one {# ishtirokchi} other {# ishtirokchi}}", "uz"))
                .containsExactly("qa.plural.missingPlaceholder");
        assertThat(Findings.keys(plural, SOURCE, "{0, plural, one {# ishtirokchi} other {# ishtirokchi} {1}", "uz"))
                .containsExactly("qa.plural.syntax");
        assertThat(Findings.of(plural, "More than 60 participants", "{0} и больше", "ru")).isEmpty();
    }

    @Test
    void a_date_in_any_rendering_of_the_target_language_is_the_same_date() {
        String source = "On 4 December 2020, UNESCO met partners.";
        assertThat(Findings.of(dates, source, "4 декабря 2020 г. ЮНЕСКО встретилась с партнёрами.", "ru")).isEmpty();
        assertThat(Findings.of(dates, source, "04.12.2020 ЮНЕСКО встретилась с партнёрами.", "ru")).isEmpty();
        assertThat(Findings.of(dates, source, "2020 жылғы 4 желтоқсанда ЮНЕСКО серіктестерімен кездесті.", "kk")).isEmpty();
        assertThat(Findings.of(dates, source, "2020-yil 4-dekabrda YuNESKO hamkorlar bilan uchrashdi.", "uz")).isEmpty();
        assertThat(Findings.of(dates, "December 4, 2020", "4-dekabr, 2020", "uz")).isEmpty();
    }

    @Test
    void another_date_is_an_error_with_the_expected_rendering() {
        var findings = Findings.of(dates, "On 4 December 2020, UNESCO met partners.", "5 декабря 2020 г. ЮНЕСКО встретилась с партнёрами.", "ru");
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.messageKey()).isEqualTo("qa.dates");
            assertThat(f.arguments()).containsExactly("4 December 2020", "4 декабря 2020\u202Fг.");
        });
        assertThat(Findings.of(dates, "On 4 December 2020", "2020 ж. 4 қараша", "kk")).extracting(QaFinding::severity)
                .containsExactly(Severity.ERROR);
    }
}
