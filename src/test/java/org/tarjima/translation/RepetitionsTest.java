package org.tarjima.translation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tarjima.base.text.InlineText;
import org.tarjima.document.DocumentService;
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
}
