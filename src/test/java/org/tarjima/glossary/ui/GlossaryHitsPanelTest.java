package org.tarjima.glossary.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarjima.glossary.TermTranslation.approved;
import static org.tarjima.glossary.TermTranslation.forbidden;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tarjima.glossary.EntryRequest;
import org.tarjima.glossary.GlossaryScope;
import org.tarjima.glossary.GlossaryService;
import org.tarjima.glossary.terms.TermSpan;
import org.tarjima.base.i18n.MessageBundles;
import org.tarjima.support.TarjimaTest;
import org.tarjima.support.TestProjects;

/** The editor's glossary panel on a mocked Vaadin UI against the real service: numbering, insertion, ranges. */
@TarjimaTest
class GlossaryHitsPanelTest {

    private static final String SOURCE = "UNESCO and its partners met decision-makers; the partners agreed.";

    @Autowired
    GlossaryService glossary;
    @Autowired
    TestProjects projects;
    @Autowired
    MessageBundles bundles;

    @BeforeEach
    void ui() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private static Optional<Component> byId(Component root, String id) {
        if (id.equals(root.getId().orElse(null))) {
            return Optional.of(root);
        }
        return root.getChildren().map(child -> byId(child, id)).flatMap(Optional::stream).findFirst();
    }

    @Test
    void hits_are_numbered_inserted_by_number_or_click_and_give_ranges_to_highlight() {
        long project = projects.aProject().withTargets("ru", "kk").create().id();
        GlossaryScope scope = GlossaryScope.project(project);
        glossary.create(scope, EntryRequest.of("partner", approved("ru", "партнёр"), forbidden("ru", "компаньон")));
        glossary.create(scope, EntryRequest.of("decision-maker", approved("ru", "лицо, принимающее решения"),
                approved("ru", "руководитель")));
        glossary.create(scope, EntryRequest.of("UNESCO").markedDoNotTranslate());
        GlossaryHitsPanel panel = new GlossaryHitsPanel(glossary);
        UI.getCurrent().add(panel);
        List<String> inserted = new ArrayList<>();
        panel.addInsertListener(inserted::add);
        List<Integer> counts = new ArrayList<>();
        panel.onCount(counts::add);

        panel.show(project, "en", "ru", SOURCE);

        assertThat(panel.hits()).extracting(h -> h.sourceTerm()).containsExactly("UNESCO", "partner", "decision-maker");
        assertThat(byId(panel, "glossary-hit-1")).isPresent();
        assertThat(byId(panel, "glossary-hit-3")).isPresent();
        assertThat(byId(panel, "glossary-hit-4")).isEmpty();
        assertThat(counts).containsExactly(3);
        assertThat(panel.hitRanges()).extracting(span -> SOURCE.substring(span.start(), span.end()))
                .containsExactly("UNESCO", "partners", "decision-makers", "partners");

        assertThat(panel.insert(2)).isTrue();
        assertThat(panel.insert(1)).isTrue();
        assertThat(panel.insert(4)).isFalse();
        ((Button) byId(panel, "glossary-hit-3-insert-2").orElseThrow()).click();
        assertThat(inserted).containsExactly("партнёр", "UNESCO", "руководитель");

        panel.show(project, "en", "ru", "Nothing from the glossary here.");
        assertThat(panel.hits()).isEmpty();
        assertThat(panel.hitRanges()).isEmpty();
        assertThat(byId(panel, "glossary-hits-empty")).isPresent();
        assertThat(panel.insert(1)).isFalse();
    }

    @Test
    void overlapping_terms_give_one_range() {
        long project = projects.aProject().withTargets("ru").create().id();
        GlossaryScope scope = GlossaryScope.project(project);
        glossary.create(scope, EntryRequest.of("development", approved("ru", "развитие")));
        glossary.create(scope, EntryRequest.of("sustainable development", approved("ru", "устойчивое развитие")));
        GlossaryHitsPanel panel = new GlossaryHitsPanel(glossary);
        String source = "Education for sustainable development";
        panel.show(project, "en", "ru", source);
        assertThat(panel.hits()).extracting(h -> h.sourceTerm()).containsExactly("sustainable development", "development");
        assertThat(panel.hitRanges()).containsExactly(new TermSpan(14, source.length()));
    }

    @Test
    void marks_merge_a_term_inside_a_longer_one_and_a_click_inserts_the_longer() {
        long project = projects.aProject().withTargets("ru").create().id();
        GlossaryScope scope = GlossaryScope.project(project);
        glossary.create(scope, EntryRequest.of("development", approved("ru", "развитие"), forbidden("ru", "девелопмент")));
        glossary.create(scope, EntryRequest.of("sustainable development", approved("ru", "устойчивое развитие")));
        glossary.create(scope, EntryRequest.of("partner", approved("ru", "партнёр")));
        GlossaryHitsPanel panel = new GlossaryHitsPanel(glossary);
        UI.getCurrent().add(panel);
        List<String> inserted = new ArrayList<>();
        panel.addInsertListener(inserted::add);
        String source = "Partners of sustainable development";

        panel.show(project, "en", "ru", source);

        List<TermMarks.Mark> marks = TermMarks.of(panel.hits(),
                (key, arguments) -> bundles.getTranslation(key, Locale.ENGLISH, arguments));
        assertThat(marks).extracting(m -> source.substring(m.start(), m.end()))
                .containsExactly("Partners", "sustainable development");
        TermMarks.Mark merged = marks.get(1);
        assertThat(panel.hits().get(merged.hit() - 1).sourceTerm()).isEqualTo("sustainable development");
        assertThat(merged.title()).isEqualTo("""
                sustainable development → устойчивое развитие (click or Ctrl+Shift+2 to insert)
                development → развитие (click or Ctrl+Shift+3 to insert)
                Do not use: девелопмент""");
        assertThat(merged.forbidden()).isTrue();
        assertThat(marks.get(0).forbidden()).isFalse();
        assertThat(panel.marksJson()).startsWith("[{\"start\":0,\"end\":8,");

        assertThat(panel.insertHit(merged.hit())).isTrue();
        assertThat(inserted).containsExactly("устойчивое развитие");
        panel.clear();
        assertThat(panel.marksJson()).isEqualTo("[]");
    }
}
