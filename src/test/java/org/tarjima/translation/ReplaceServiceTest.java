package org.tarjima.translation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tarjima.base.UserInputException;
import org.tarjima.base.text.InlineMarkers;
import org.tarjima.base.text.InlineText;
import org.tarjima.security.NotPermittedException;
import org.tarjima.security.RunAs;
import org.tarjima.support.TarjimaTest;
import org.tarjima.support.TestProjects;

@TarjimaTest
class ReplaceServiceTest {

    @Autowired
    ReplaceService replacing;
    @Autowired
    TranslationService translations;
    @Autowired
    TestProjects projects;
    @Autowired
    RunAs runAs;

    private TestProjects.Created created;

    private SegmentRow save(int ordinal, String markers, boolean confirm) {
        SegmentRow row = projects.segment(created.document().id(), "ru", ordinal);
        TargetEdit edit = new TargetEdit(row.segmentId(), "ru", InlineMarkers.read(markers), row.version(), Origin.API);
        (confirm ? translations.confirm(edit) : translations.saveDraft(edit)).target();
        return projects.segment(created.document().id(), "ru", ordinal);
    }

    private String text(int ordinal) {
        return InlineMarkers.write(projects.segment(created.document().id(), "ru", ordinal).target());
    }

    @Test
    void a_preview_lists_every_change_codes_untouched_and_applying_it_writes_history_with_origin_replace() {
        created = projects.aProject().withTargets("ru").withDocument(TestProjects.article("/document/press-release.md"));
        save(1, "ЮНЕСКО и партнёры встречаются в <1>Алма-Ате</1>", true);
        save(2, "Встреча в Алма-Ате посвящена природе.", false);
        save(3, "алма-ате — строчными", false);

        // Case-insensitive by default, in Cyrillic too; text between codes only.
        List<ReplaceChange> preview = replacing.preview(List.of(created.document().id()), "ru",
                new Replacement("Алма-Ате", "Алматы", false, false, false));
        assertThat(preview).extracting(ReplaceChange::ordinal).containsExactly(1, 2, 3);
        assertThat(InlineMarkers.write(preview.get(0).after())).isEqualTo("ЮНЕСКО и партнёры встречаются в <1>Алматы</1>");
        assertThat(preview.get(0).after().codes()).isEqualTo(preview.get(0).before().codes());
        assertThat(text(1)).as("a preview changes nothing").contains("Алма-Ате");

        ReplaceService.Outcome outcome = replacing.apply("ru", preview);
        assertThat(outcome.applied()).hasSize(3);
        assertThat(outcome.refused()).isEmpty();
        assertThat(text(1)).isEqualTo("ЮНЕСКО и партнёры встречаются в <1>Алматы</1>");
        assertThat(text(3)).isEqualTo("Алматы — строчными");
        SegmentRow first = projects.segment(created.document().id(), "ru", 1);
        assertThat(first.state()).as("a confirmed target stays confirmed").isEqualTo(TargetState.TRANSLATED);
        assertThat(projects.segment(created.document().id(), "ru", 2).state()).isEqualTo(TargetState.DRAFT);
        List<HistoryEntry> history = translations.history(first.segmentId(), "ru");
        assertThat(history.get(history.size() - 1).origin()).isEqualTo(Origin.REPLACE);
    }

    @Test
    void case_regular_expressions_and_only_unconfirmed_narrow_it_and_a_colleagues_newer_save_is_refused_not_overwritten() {
        created = projects.aProject().withTargets("ru").withDocument(TestProjects.article("/document/press-release.md"));
        save(1, "Бюджет 2020 года", true);
        save(2, "бюджет 2021 года", false);
        save(3, "Бюджет 2022 года", false);
        long document = created.document().id();

        assertThat(replacing.preview(List.of(document), "ru", new Replacement("Бюджет", "Смета", false, true, false)))
                .extracting(ReplaceChange::ordinal).containsExactly(1, 3);
        assertThat(replacing.preview(List.of(document), "ru", new Replacement("бюджет", "смета", false, false, true)))
                .extracting(ReplaceChange::ordinal).containsExactly(2, 3);
        List<ReplaceChange> years = replacing.preview(List.of(document), "ru",
                new Replacement("(\\d{4}) года", "$1 г.", true, false, false));
        assertThat(years).extracting(change -> change.after().plainText())
                .containsExactly("Бюджет 2020 г.", "бюджет 2021 г.", "Бюджет 2022 г.");

        // A colleague saves segment 2 after the preview: theirs stays, the others change.
        save(2, "бюджет на 2021 год", false);
        ReplaceService.Outcome outcome = replacing.apply("ru", years);
        assertThat(outcome.applied()).extracting(ReplaceChange::ordinal).containsExactly(1, 3);
        assertThat(outcome.refused()).extracting(ReplaceChange::ordinal).containsExactly(2);
        assertThat(text(2)).isEqualTo("бюджет на 2021 год");
        assertThat(text(3)).isEqualTo("Бюджет 2022 г.");
    }

    @Test
    void bad_input_is_the_users_to_fix_and_only_translators_of_the_locale_replace() {
        created = projects.aProject().withTargets("ru").withDocument(TestProjects.article("/document/press-release.md"));
        long document = created.document().id();
        assertThatThrownBy(() -> new Replacement("", "x", false, false, false))
                .isInstanceOfSatisfying(UserInputException.class, e -> assertThat(e.messageKey()).isEqualTo("error.replace.findEmpty"));
        assertThatThrownBy(() -> replacing.preview(List.of(document), "ru", new Replacement("(unclosed", "x", true, false, false)))
                .isInstanceOfSatisfying(UserInputException.class, e -> assertThat(e.messageKey()).isEqualTo("error.replace.badRegex"));
        save(1, "Бюджет", false);
        assertThatThrownBy(() -> replacing.preview(List.of(document), "ru", new Replacement("Бюджет", "$2", true, false, false)))
                .isInstanceOfSatisfying(UserInputException.class, e -> assertThat(e.messageKey()).isEqualTo("error.replace.badReplacement"));
        assertThatThrownBy(() -> runAs.user("reviewer", () -> replacing.preview(List.of(document), "ru",
                new Replacement("Бюджет", "Смета", false, false, false)))).isInstanceOf(NotPermittedException.class);
        assertThat(text(1)).isEqualTo("Бюджет");
    }
}
