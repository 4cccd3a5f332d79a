package org.tarjima.translation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tarjima.base.text.InlineText;
import org.tarjima.document.DocumentService;
import org.tarjima.project.ProjectService;
import org.tarjima.project.RepetitionsMode;
import org.tarjima.support.TarjimaTest;
import org.tarjima.support.TestProjects;

/** A confirmed translation offered to the project's other segments with the same source, never over confirmed work. */
@TarjimaTest
class RepetitionsTest {

    @Autowired
    TestProjects projects;
    @Autowired
    DocumentService documents;
    @Autowired
    TranslationService translations;
    @Autowired
    ProjectService projectService;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void repetitions_are_found_through_the_index_on_the_text_not_by_reading_the_projects_documents() {
        long project = projects.aProject().withTargets("kk").create().id();
        StringBuilder article = new StringBuilder();
        for (int i = 0; i < 3_000; i++) {
            article.append("Sentence number ").append(i).append(" of a long article.\n\n");
        }
        long document = documents.importSource(project, "long.txt", article.toString().getBytes(StandardCharsets.UTF_8)).id();
        long segment = projects.segment(document, "kk", 1_500).segmentId();

        String plan = String.join("\n", jdbc.queryForList("explain analyze " + TargetRepository.UNCONFIRMED_REPETITIONS_SQL,
                String.class, segment, "kk"));

        assertThat(plan).contains("segment_source_hash").doesNotContain("segment_document_id_ordinal_key");
        assertThat(translations.repetitions(segment, "kk")).isZero();
    }

    @Test
    void a_confirmed_translation_fills_unconfirmed_repetitions_in_the_project_and_leaves_confirmed_ones() {
        long project = projects.aProject().withTargets("kk").create().id();
        byte[] article = "Protected areas cover the mountains.\n\nThe rivers feed the valleys.".getBytes(StandardCharsets.UTF_8);
        long first = documents.importSource(project, "a.txt", article).id();
        long second = documents.importSource(project, "b.txt", article).id();
        long third = documents.importSource(project, "c.txt", article).id();
        SegmentRow original = projects.segment(first, "kk", 1);
        SegmentRow drafted = projects.segment(second, "kk", 1);
        SegmentRow confirmedElsewhere = projects.segment(third, "kk", 1);
        translations.saveDraft(new TargetEdit(drafted.segmentId(), "kk", InlineText.of("Қорғалатын аумақ"), 0, Origin.API));
        translations.confirm(new TargetEdit(confirmedElsewhere.segmentId(), "kk",
                InlineText.of("Тауларды қорғалатын аумақтар алып жатыр."), 0, Origin.API));
        translations.confirm(new TargetEdit(original.segmentId(), "kk",
                InlineText.of("Қорғалатын аумақтар тауларды қамтиды."), 0, Origin.EDITOR));

        assertThat(translations.repetitions(original.segmentId(), "kk")).isEqualTo(1);
        assertThat(translations.propagateToRepetitions(original.segmentId(), "kk")).isEqualTo(1);

        TargetSnapshot filled = translations.target(drafted.segmentId(), "kk");
        assertThat(filled.content().plainText()).isEqualTo("Қорғалатын аумақтар тауларды қамтиды.");
        assertThat(filled.state()).isEqualTo(TargetState.TRANSLATED);
        assertThat(translations.history(drafted.segmentId(), "kk")).extracting(HistoryEntry::origin)
                .containsExactly(Origin.API, Origin.TM);
        assertThat(translations.target(confirmedElsewhere.segmentId(), "kk").content().plainText())
                .isEqualTo("Тауларды қорғалатын аумақтар алып жатыр.");
        assertThat(translations.target(projects.segment(second, "kk", 2).segmentId(), "kk").version()).isZero();
        assertThat(translations.repetitions(original.segmentId(), "kk")).isZero();
    }

    @Test
    void in_a_project_that_applies_repetitions_a_confirm_fills_them_at_once_and_the_tm_starts_no_chain() {
        long project = projects.aProject().withTargets("kk").create().id();
        projectService.setRepetitions(project, RepetitionsMode.APPLY);
        byte[] article = "The steppe is wide.\n\nThe steppe is wide.\n\nThe sky is high.".getBytes(StandardCharsets.UTF_8);
        long first = documents.importSource(project, "a.txt", article).id();
        long second = documents.importSource(project, "b.txt", article).id();
        SegmentRow original = projects.segment(first, "kk", 1);

        translations.confirm(new TargetEdit(original.segmentId(), "kk", InlineText.of("Дала кең."), 0, Origin.EDITOR));

        for (SegmentRow repetition : java.util.List.of(projects.segment(first, "kk", 2), projects.segment(second, "kk", 1),
                projects.segment(second, "kk", 2))) {
            assertThat(repetition.target().plainText()).isEqualTo("Дала кең.");
            assertThat(repetition.state()).isEqualTo(TargetState.TRANSLATED);
            assertThat(translations.history(repetition.segmentId(), "kk")).extracting(HistoryEntry::origin)
                    .containsExactly(Origin.TM);
        }
        assertThat(projects.segment(second, "kk", 3).version()).isZero();
    }

    @Test
    void in_a_project_that_offers_repetitions_a_confirm_leaves_them_for_the_translator_to_decide() {
        long project = projects.aProject().withTargets("kk").create().id();
        assertThat(projectService.find(project).orElseThrow().repetitions()).isEqualTo(RepetitionsMode.OFFER);
        byte[] article = "The steppe is wide.\n\nThe steppe is wide.".getBytes(StandardCharsets.UTF_8);
        long document = documents.importSource(project, "a.txt", article).id();

        translations.confirm(new TargetEdit(projects.segment(document, "kk", 1).segmentId(), "kk", InlineText.of("Дала кең."),
                0, Origin.API));

        assertThat(projects.segment(document, "kk", 2).version()).isZero();
        assertThat(translations.repetitions(projects.segment(document, "kk", 1).segmentId(), "kk")).isEqualTo(1);
    }

}
