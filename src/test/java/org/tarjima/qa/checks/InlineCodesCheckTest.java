package org.tarjima.qa.checks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tarjima.qa.QaFinding;
import org.tarjima.qa.Severity;

class InlineCodesCheckTest {

    private final InlineCodesCheck check = new InlineCodesCheck();

    @Test
    void codes_may_move_with_the_word_order() {
        assertThat(Findings.of(check, "UNESCO meets in <1>Almaty</1> on <2/> Monday",
                "ЮНЕСКО собирается <2/> в понедельник в <1>Алматы</1>", "ru")).isEmpty();
        assertThat(Findings.of(check, "<1>Read</1> the <2>report</2>", "<2>Есепті</2> <1>оқыңыз</1>", "kk")).isEmpty();
    }

    @Test
    void a_missing_code_is_an_error_naming_it() {
        var findings = Findings.of(check, "UNESCO meets in <1>Almaty</1><2/>", "ЮНЕСКО собирается в <1>Алматы</1>", "ru");
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.messageKey()).isEqualTo("qa.codes.missing");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.arguments()).containsExactly("<2/>");
        });
    }

    @Test
    void a_code_twice_is_an_error() {
        assertThat(Findings.keys(check, "Click <1/> here", "<1/> Shu yerni <1/> bosing", "uz")).containsExactly("qa.codes.extra");
    }

    @Test
    void a_pair_that_closes_before_it_opens_or_overlaps_another_breaks_the_markup() {
        assertThat(Findings.keys(check, "<1>Almaty</1> city", "</1>Алматы<1> қаласы", "kk")).containsExactly("qa.codes.order");
        assertThat(Findings.keys(check, "<1>bold <2>link</2></1>", "<1>жирный <2>ссылка</1></2>", "ru"))
                .containsExactly("qa.codes.overlap");
    }

    @Test
    void a_pair_moved_out_of_its_enclosing_pair_is_a_warning() {
        var findings = Findings.of(check, "<1>Visit <2>our site</2></1>", "<1>Посетите</1> <2>наш сайт</2>", "ru");
        assertThat(findings).extracting(QaFinding::messageKey, QaFinding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("qa.codes.nesting", Severity.WARNING));
    }
}
