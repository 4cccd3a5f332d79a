package org.tarjima.memory.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tarjima.base.text.InlineText;
import org.tarjima.document.DocumentService;
import org.tarjima.memory.TranslationMemory;
import org.tarjima.project.ProjectService;
import org.tarjima.support.TarjimaTest;
import org.tarjima.support.TestProjects;
import org.tarjima.translation.Origin;
import org.tarjima.translation.TargetEdit;
import org.tarjima.translation.TranslationService;

/** The TM panel lists the pivot's matches (ru → kk) under their own label after the source's, numbered on. */
@TarjimaTest
class PivotMatchesPanelTest {

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

    @BeforeEach
    void ui() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void matches_found_from_the_pivot_are_labelled_and_inserted_by_their_number() {
        String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String en = "en-x-" + tag;
        String ru = "ru-x-" + tag;
        String russian = "Егеря каждую зиму считают снежных барсов в горах.";
        long fromRussian = projects.aProject().withSource(ru).withTargets("kk").create().id();
        long russianDocument = documents.importSource(fromRussian, "ru.txt", russian.getBytes(StandardCharsets.UTF_8)).id();
        translations.confirm(new TargetEdit(projects.segment(russianDocument, "kk", 1).segmentId(), "kk",
                InlineText.of("Қорықшылар әр қыс сайын қар барыстарын санайды."), 0, Origin.EDITOR));
        TestProjects.Created created = projects.aProject().withSource(en).withTargets(ru, "kk")
                .withDocument(TestProjects.article("/memory/protected-areas.txt"));
        projectService.setPivot(created.project().id(), ru);
        long segment = projects.segment(created.document().id(), "kk", 3).segmentId();
        translations.confirm(new TargetEdit(segment, ru, InlineText.of(russian), 0, Origin.EDITOR));

        TmMatchesPanel panel = new TmMatchesPanel(memory);
        UI.getCurrent().add(panel);
        List<InlineText> inserted = new ArrayList<>();
        panel.addInsertListener(inserted::add);
        panel.show(segment, "kk");

        assertThat(find(panel, "tm-from-" + ru)).isPresent();
        assertThat(find(panel, "tm-from-" + en)).as("no label for a list with nothing in it").isEmpty();
        assertThat(find(panel, "tm-match-1")).isPresent();
        assertThat(panel.insert(1)).isTrue();
        assertThat(inserted.get(0).plainText()).isEqualTo("Қорықшылар әр қыс сайын қар барыстарын санайды.");
    }

    private static Optional<Component> find(Component root, String id) {
        if (root.getId().filter(id::equals).isPresent()) {
            return Optional.of(root);
        }
        return root.getChildren().map(child -> find(child, id)).flatMap(Optional::stream).findFirst();
    }
}
