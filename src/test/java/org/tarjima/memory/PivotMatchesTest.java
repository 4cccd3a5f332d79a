package org.tarjima.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tarjima.base.text.InlineText;
import org.tarjima.document.DocumentService;
import org.tarjima.project.ProjectService;
import org.tarjima.support.TarjimaTest;
import org.tarjima.support.TestProjects;
import org.tarjima.translation.Origin;
import org.tarjima.translation.SegmentRow;
import org.tarjima.translation.TargetEdit;
import org.tarjima.translation.TranslationService;

/** The TM offers matches from the source (en → kk) and from the pivot's text (ru → kk), each labelled. */
@TarjimaTest
class PivotMatchesTest {

    private static final String RUSSIAN = "Егеря каждую зиму считают снежных барсов в горах.";
    private static final String KAZAKH = "Қорықшылар әр қыс сайын таудағы қар барыстарын санайды.";

    @Autowired
    TranslationMemory memory;
    @Autowired
    TestProjects projects;
    @Autowired
    DocumentService documents;
    @Autowired
    ProjectService projectService;
    @Autowired
    TranslationService translations;

    @Test
    void a_confirmed_pivot_text_is_looked_up_in_the_pivot_to_target_memory_and_labelled() {
        // Private-use tags keep this test's language pairs to itself (the TM is shared by every project of a pair).
        String en = TmFixture.freshSource();
        String ru = "ru-x-" + en.substring(5);
        long fromRussian = projects.aProject().withSource(ru).withTargets("kk").create().id();
        long russianDocument = documents.importSource(fromRussian, "ru.txt", RUSSIAN.getBytes(StandardCharsets.UTF_8)).id();
        SegmentRow russianSegment = projects.segment(russianDocument, "kk", 1);
        translations.confirm(new TargetEdit(russianSegment.segmentId(), "kk", InlineText.of(KAZAKH), 0, Origin.EDITOR));

        TestProjects.Created created = projects.aProject().withSource(en).withTargets(ru, "kk")
                .withDocument(TestProjects.article("/memory/protected-areas.txt"));
        projectService.setPivot(created.project().id(), ru);
        long segment = projects.segment(created.document().id(), "kk", 3).segmentId();

        List<TranslationMemory.LabelledMatches> before = memory.matchesWithPivot(segment, "kk", 5);
        assertThat(before).as("no confirmed pivot text yet: the source's matches only")
                .extracting(TranslationMemory.LabelledMatches::fromLocale).containsExactly(en);

        translations.confirm(new TargetEdit(segment, ru, InlineText.of(RUSSIAN), 0, Origin.EDITOR));
        List<TranslationMemory.LabelledMatches> labelled = memory.matchesWithPivot(segment, "kk", 5);

        assertThat(labelled).extracting(TranslationMemory.LabelledMatches::fromLocale).containsExactly(en, ru);
        assertThat(labelled).extracting(TranslationMemory.LabelledMatches::toLocale).containsOnly("kk");
        assertThat(labelled.get(0).matches()).isEmpty();
        TmMatch fromPivot = labelled.get(1).matches().get(0);
        assertThat(fromPivot.score()).isEqualTo(100);
        assertThat(fromPivot.source().plainText()).isEqualTo(RUSSIAN);
        assertThat(fromPivot.insertable().plainText()).isEqualTo(KAZAKH);

        projectService.setPivot(created.project().id(), "none");
        assertThat(memory.matchesWithPivot(segment, "kk", 5)).hasSize(1);
    }
}
