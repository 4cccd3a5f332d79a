package org.tarjima.qa.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tarjima.base.text.InlineText;
import org.tarjima.qa.QaSettings;
import org.tarjima.qa.QaSubject;
import org.tarjima.qa.Severity;

/** The empty-target, identical-target and length checks. */
class SimpleChecksTest {

    private final EmptyTargetCheck empty = new EmptyTargetCheck();
    private final IdenticalCheck identical = new IdenticalCheck();
    private final LengthCheck length = new LengthCheck();

    @Test
    void a_confirmed_empty_target_is_an_error_a_draft_is_not() {
        QaSubject confirmed = QaSubject.of("Working together for nature", "en", " ", "ru");
        assertThat(empty.check(confirmed)).singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
        assertThat(empty.check(confirmed.withTarget(InlineText.empty(), false))).isEmpty();
        assertThat(empty.check(confirmed.withTarget(InlineText.of("Вместе ради природы"), true))).isEmpty();
    }

    @Test
    void an_untranslated_copy_of_the_source_is_a_warning() {
        assertThat(Findings.keys(identical, "Working together for nature", "Working together for nature", "kk"))
                .containsExactly("qa.identical");
        assertThat(Findings.of(identical, "Working together for nature", "Табиғат үшін бірге жұмыс", "kk")).isEmpty();
        assertThat(Findings.keys(identical, "Outcomes", "Outcomes", "uz")).containsExactly("qa.identical");
        assertThat(Findings.keys(identical, "Working Together For A Better Future", "Working Together For A Better Future", "tk"))
                .containsExactly("qa.identical");
    }

    @Test
    void names_numbers_and_addresses_may_stay_as_they_are() {
        assertThat(Findings.of(identical, "UNESCO", "UNESCO", "uz")).isEmpty();
        assertThat(Findings.of(identical, "Tashkent City Mall", "Tashkent City Mall", "uz")).isEmpty();
        assertThat(Findings.of(identical, "iPhone 15", "iPhone 15", "ru")).isEmpty();
        assertThat(Findings.of(identical, "1,234.5", "1,234.5", "ru")).isEmpty();
        assertThat(Findings.of(identical, "https://en.unesco.org/news", "https://en.unesco.org/news", "ky")).isEmpty();
        assertThat(Findings.of(identical, "press@unesco.org", "press@unesco.org", "tg")).isEmpty();
    }

    @Test
    void the_project_may_allow_more_texts_to_stay() {
        QaSettings settings = new QaSettings(null, Set.of("Harmony with nature"));
        assertThat(Findings.of(identical, "Harmony with nature", "Harmony with nature", "ru", settings)).isEmpty();
    }

    @Test
    void a_target_over_the_documents_limit_is_an_error() {
        QaSettings limit = new QaSettings(20, Set.of());
        var findings = Findings.of(length, "Save the file", "Сохранить файл на диске компьютера", "ru", limit);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.messageKey()).isEqualTo("qa.length.limit");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.start()).isEqualTo(20);
            assertThat(f.arguments()).containsExactly("34", "20");
        });
        assertThat(Findings.of(length, "Save the file", "Сохранить файл", "ru", limit)).isEmpty();
    }

    @Test
    void a_target_far_shorter_or_longer_than_its_source_is_a_warning() {
        String source = "More than 60 participants from five countries took part in the meeting.";
        assertThat(Findings.of(length, source, "Более 60 участников из пяти стран приняли участие во встрече.", "ru")).isEmpty();
        assertThat(Findings.of(length, source, "Встреча.", "ru"))
                .singleElement().satisfies(f -> {
                    assertThat(f.messageKey()).isEqualTo("qa.length.short");
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                });
        assertThat(Findings.keys(length, source, (source + " ").repeat(3), "kk")).containsExactly("qa.length.long");
        assertThat(Findings.of(length, "Yes", "Иә, әрине, солай", "kk")).isEmpty();
    }
}
