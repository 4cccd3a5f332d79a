package org.tarjima.translation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Optional;
import java.util.function.Consumer;
import org.tarjima.base.LocaleTag;
import org.tarjima.base.text.InlineText;
import org.tarjima.base.ui.InlineTextView;
import org.tarjima.translation.LinkedVariants;
import org.tarjima.translation.PivotText;

/**
 * For the active segment, what the project's other locales say: the pivot translation (Russian beside the source when
 * translating into the Central Asian languages) with its state, copied into the target with a click or Ctrl+Shift+Space;
 * and, for a linked script variant a person edited, that its base changed since, with the new derivation to take.
 * Element ids: {@code pivot-pane}, {@code pivot-text}, {@code pivot-state}, {@code copy-pivot}, {@code base-changed},
 * {@code take-derivation}, {@code keep-edit}.
 */
class SegmentAids extends Div {

    private final Div pivotPane = new Div();
    private final Div baseChanged = new Div();
    private final Consumer<InlineText> copy;
    private final Runnable take;
    private final Runnable keep;

    /**
     * @param copy the pivot text to put in the target, as a TM insert is
     * @param take takes the new derivation of the active target
     * @param keep keeps the translator's text (the mark goes)
     */
    SegmentAids(Consumer<InlineText> copy, Runnable take, Runnable keep) {
        this.copy = copy;
        this.take = take;
        this.keep = keep;
        addClassName("segment-aids");
        pivotPane.setId("pivot-pane");
        pivotPane.addClassName("pivot-pane");
        baseChanged.setId("base-changed");
        baseChanged.addClassName("base-changed");
        add(pivotPane, baseChanged);
        clear();
    }

    void show(Optional<PivotText> pivot, Optional<LinkedVariants.BaseChanged> changed, boolean canTranslate) {
        showPivot(pivot, canTranslate);
        showBaseChanged(changed, canTranslate);
    }

    void clear() {
        pivotPane.removeAll();
        pivotPane.setVisible(false);
        baseChanged.removeAll();
        baseChanged.setVisible(false);
    }

    private void showPivot(Optional<PivotText> pivot, boolean canTranslate) {
        pivotPane.removeAll();
        pivotPane.setVisible(pivot.isPresent());
        pivot.ifPresent(text -> {
            Span label = new Span(getTranslation("pivot.label", LocaleTag.displayName(text.locale(), getLocale())));
            label.addClassName("pivot-label");
            Span state = new Span(getTranslation("state." + text.state().name()));
            state.setId("pivot-state");
            state.addClassNames("pivot-state", "state-" + text.state().name().toLowerCase(java.util.Locale.ROOT));
            InlineTextView view = new InlineTextView(text.text());
            view.setId("pivot-text");
            view.addClassName("pivot-text");
            view.getElement().setAttribute("lang", text.locale());
            pivotPane.add(label, state, view);
            if (canTranslate) {
                Button button = new Button(getTranslation("pivot.copy"), click -> copy.accept(text.text()));
                button.setId("copy-pivot");
                button.setTooltipText(getTranslation("pivot.copyHint"));
                button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                pivotPane.add(button);
            }
        });
    }

    private void showBaseChanged(Optional<LinkedVariants.BaseChanged> changed, boolean canTranslate) {
        baseChanged.removeAll();
        baseChanged.setVisible(changed.isPresent());
        changed.ifPresent(mark -> {
            Span notice = new Span(getTranslation("linked.baseChanged", mark.baseLocale()));
            notice.addClassName("base-changed-notice");
            InlineTextView derivation = new InlineTextView(mark.derivation());
            derivation.setId("new-derivation");
            derivation.addClassName("new-derivation");
            baseChanged.add(notice, derivation);
            if (canTranslate) {
                Button button = new Button(getTranslation("linked.takeDerivation"), click -> take.run());
                button.setId("take-derivation");
                button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
                Button keepMine = new Button(getTranslation("linked.keepEdit"), click -> keep.run());
                keepMine.setId("keep-edit");
                keepMine.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                baseChanged.add(button, keepMine);
            }
        });
    }
}
