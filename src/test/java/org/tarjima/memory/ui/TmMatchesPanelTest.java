package org.tarjima.memory.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tarjima.base.text.InlineMarkers;
import org.tarjima.base.text.InlineText;
import org.tarjima.memory.TranslationMemory;
import org.tarjima.support.TarjimaTest;
import org.tarjima.support.TestProjects;
import org.tarjima.translation.Origin;
import org.tarjima.translation.TargetEdit;
import org.tarjima.translation.TranslationService;

/** The editor's TM panel as a component (Karibu: no browser), against the real TM. */
@TarjimaTest
class TmMatchesPanelTest {

    @Autowired
    TranslationMemory memory;
    @Autowired
    TestProjects projects;
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
    void matches_are_numbered_with_the_changed_words_marked_and_a_click_or_ctrl_number_inserts_the_target() {
        String en = "en-x-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        TestProjects.Created created = projects.aProject().withSource(en).withTargets("ru")
                .withDocument(TestProjects.article("/memory/protected-areas.txt"));
        var winter = projects.segment(created.document().id(), "ru", 3);
        translations.confirm(new TargetEdit(winter.segmentId(), "ru",
                InlineText.of("Егеря каждую зиму считают снежных барсов в горах."), 0, Origin.EDITOR));
        var summer = projects.segment(created.document().id(), "ru", 6);

        TmMatchesPanel panel = new TmMatchesPanel(memory);
        UI.getCurrent().add(panel);
        List<InlineText> inserted = new ArrayList<>();
        panel.addInsertListener(inserted::add);

        panel.show(summer.segmentId(), "ru");

        Component first = find(panel, "tm-match-1").orElseThrow();
        assertThat(find(panel, "tm-match-2")).isEmpty();
        assertThat(first.getElement().getClassList()).contains("tm-match", "tm-match-fuzzy");
        assertThat(first.getElement().getText() + text(first)).contains("winter");
        assertThat(changedWords(first)).containsExactly("winter");

        ComponentUtil.fireEvent(first, new ClickEvent<>(first));
        assertThat(panel.insert(1)).isTrue();
        assertThat(panel.insert(2)).isFalse();
        assertThat(inserted).extracting(InlineMarkers::write)
                .containsExactly("Егеря каждую зиму считают снежных барсов в горах.", "Егеря каждую зиму считают снежных барсов в горах.");

        panel.show(projects.segment(created.document().id(), "ru", 1).segmentId(), "ru");
        assertThat(find(panel, "tm-match-1")).isEmpty();
        assertThat(panel.matches()).isEmpty();
    }

    private static Optional<Component> find(Component root, String id) {
        if (root.getId().filter(id::equals).isPresent()) {
            return Optional.of(root);
        }
        return root.getChildren().map(child -> find(child, id)).flatMap(Optional::stream).findFirst();
    }

    private static String text(Component component) {
        StringBuilder text = new StringBuilder(component.getElement().getText());
        component.getChildren().forEach(child -> text.append(text(child)));
        return text.toString();
    }

    private static List<String> changedWords(Component component) {
        List<String> words = new ArrayList<>();
        if (component.getElement().getClassList().contains("tm-diff-changed")) {
            words.add(component.getElement().getText());
        }
        component.getChildren().forEach(child -> words.addAll(changedWords(child)));
        return words;
    }
}
