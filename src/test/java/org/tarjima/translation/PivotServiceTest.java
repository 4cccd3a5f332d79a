package org.tarjima.translation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tarjima.support.TestUsers.manager;
import static org.tarjima.support.TestUsers.translator;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tarjima.base.text.InlineText;
import org.tarjima.project.PivotSetting;
import org.tarjima.project.ProjectService;
import org.tarjima.security.NotPermittedException;
import org.tarjima.security.RunAs;
import org.tarjima.support.TarjimaTest;
import org.tarjima.support.TestProjects;
import org.tarjima.support.TestUsers;

/** Russian beside the source when translating into the other locales: the setting and what is shown. */
@TarjimaTest
class PivotServiceTest {

    @Autowired
    TestProjects projects;
    @Autowired
    TestUsers users;
    @Autowired
    TranslationService translations;
    @Autowired
    PivotService pivots;
    @Autowired
    ProjectService projectService;
    @Autowired
    RunAs runAs;

    @Test
    void the_pivot_is_russian_by_default_when_russian_is_a_target_and_can_be_none_or_another_locale() {
        long withRussian = projects.aProject().withTargets("ru", "kk", "uz").create().id();
        long withoutRussian = projects.aProject().withTargets("kk", "uz").create().id();

        assertThat(projectService.pivot(withRussian).pivot()).contains("ru");
        assertThat(projectService.pivot(withRussian).stored()).isNull();
        assertThat(pivots.pivotLocale(withRussian, "kk")).contains("ru");
        assertThat(pivots.pivotLocale(withRussian, "ru")).as("no pivot for the pivot itself").isEmpty();
        assertThat(projectService.pivot(withoutRussian).pivot()).isEmpty();

        assertThat(projectService.setPivot(withRussian, "none").pivot()).isEmpty();
        assertThat(pivots.pivotLocale(withRussian, "kk")).isEmpty();
        assertThat(projectService.setPivot(withRussian, "uz").pivot()).contains("uz");
        assertThat(projectService.setPivot(withRussian, "default").pivot()).contains("ru");
        assertThatThrownBy(() -> projectService.setPivot(withRussian, "tg"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void only_a_manager_sets_the_pivot() {
        long project = projects.aProject().withTargets("ru", "kk").create().id();
        String kkTranslator = users.create("kk-translator", translator(project, "kk"));
        String projectManager = users.create("manager", manager(project));

        assertThatThrownBy(() -> runAs.user(kkTranslator, () -> projectService.setPivot(project, PivotSetting.NONE)))
                .isInstanceOf(NotPermittedException.class);
        assertThat(runAs.user(projectManager, () -> projectService.setPivot(project, PivotSetting.NONE)).stored())
                .isEqualTo(PivotSetting.NONE);
    }

    @Test
    void a_kazakh_translator_sees_the_confirmed_russian_with_its_state_and_no_draft() {
        TestProjects.Created created = projects.aProject().withTargets("ru", "kk").withDocument(TestProjects.seedArticle());
        long project = created.project().id();
        String kkTranslator = users.create("kk-translator", translator(project, "kk"));
        long document = created.document().id();
        SegmentRow first = projects.segment(document, "ru", 1);
        SegmentRow second = projects.segment(document, "ru", 2);
        projects.confirmedBy(created, "admin", "ru", "Работая вместе ради будущего в гармонии с природой");
        translations.saveDraft(new TargetEdit(second.segmentId(), "ru", InlineText.of("4 декабря"), 0, Origin.EDITOR));

        PivotText shown = runAs.user(kkTranslator, () -> pivots.forSegment(first.segmentId(), "kk")).orElseThrow();
        assertThat(shown.locale()).isEqualTo("ru");
        assertThat(shown.text().plainText()).isEqualTo("Работая вместе ради будущего в гармонии с природой");
        assertThat(shown.state()).isEqualTo(TargetState.TRANSLATED);
        assertThat(runAs.user(kkTranslator, () -> pivots.forSegment(second.segmentId(), "kk")))
                .as("a draft is no pivot").isEmpty();

        Map<Long, PivotText> page = runAs.user(kkTranslator, () -> pivots.forSegments(document, "kk", "ru",
                List.of(first.segmentId(), second.segmentId())));
        assertThat(page.get(second.segmentId()).state()).isEqualTo(TargetState.DRAFT);
        assertThat(page.get(second.segmentId()).text().isBlank()).isTrue();

        projectService.setPivot(project, "none");
        assertThat(pivots.forSegment(first.segmentId(), "kk")).isEmpty();
        assertThatThrownBy(() -> runAs.user(kkTranslator, () -> pivots.forSegments(document, "kk", "ru",
                List.of(first.segmentId())))).as("not the project's pivot now: it needs a role for ru")
                .isInstanceOf(NotPermittedException.class);
    }
}
