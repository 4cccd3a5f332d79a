package org.tarjima.translation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tarjima.base.text.InlineText;
import org.tarjima.translation.LinkedVariants;
import org.tarjima.translation.PivotText;
import org.tarjima.translation.TargetState;

/** The strip beside the source (Karibu, no bundles: texts are their keys). */
class SegmentAidsTest {

    @BeforeEach
    void ui() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void the_pivot_shows_with_its_state_and_copies_and_a_changed_base_offers_its_new_derivation() {
        List<InlineText> copied = new ArrayList<>();
        int[] taken = {0};
        int[] kept = {0};
        SegmentAids aids = new SegmentAids(copied::add, () -> taken[0]++, () -> kept[0]++);
        UI.getCurrent().add(aids);
        InlineText russian = InlineText.of("Работая вместе");

        aids.show(Optional.of(new PivotText("ru", russian, TargetState.APPROVED)),
                Optional.of(new LinkedVariants.BaseChanged("uz", 3, Instant.EPOCH, InlineText.of("Табиат"))), true);

        assertThat(find(aids, "pivot-pane").orElseThrow().isVisible()).isTrue();
        assertThat(find(aids, "pivot-state").orElseThrow().getElement().getText()).contains("state.APPROVED");
        ((Button) find(aids, "copy-pivot").orElseThrow()).click();
        assertThat(copied).containsExactly(russian);
        assertThat(find(aids, "base-changed").orElseThrow().isVisible()).isTrue();
        assertThat(find(aids, "base-changed").orElseThrow().getElement().getOuterHTML()).contains("linked.baseChanged");
        ((Button) find(aids, "take-derivation").orElseThrow()).click();
        assertThat(taken[0]).isEqualTo(1);
        ((Button) find(aids, "keep-edit").orElseThrow()).click();
        assertThat(kept[0]).isEqualTo(1);

        aids.show(Optional.empty(), Optional.empty(), true);
        assertThat(find(aids, "pivot-pane").orElseThrow().isVisible()).isFalse();
        assertThat(find(aids, "base-changed").orElseThrow().isVisible()).isFalse();

        aids.show(Optional.of(new PivotText("ru", russian, TargetState.TRANSLATED)), Optional.empty(), false);
        assertThat(find(aids, "copy-pivot")).as("nothing to copy into for a reader").isEmpty();
    }

    private static Optional<Component> find(Component root, String id) {
        if (root.getId().filter(id::equals).isPresent()) {
            return Optional.of(root);
        }
        return root.getChildren().map(child -> find(child, id)).flatMap(Optional::stream).findFirst();
    }
}
