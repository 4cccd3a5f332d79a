package org.tarjima.translation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.tarjima.base.ui.Notifications;
import org.tarjima.translation.SegmentRow;

/**
 * For a locale written in another script of a sibling (uz-Cyrl from uz, uz from uz-Cyrl, kk-Latn from kk): convert the
 * active segment, or fill the whole locale. Empty for other locales.
 */
class ScriptActions extends Div {

    ScriptActions(EditorSession session, SaveOutcomes outcomes, SegmentGrid grid, Runnable localeFilled) {
        addClassName("script-action-buttons");
        session.derivedFrom().ifPresent(from -> {
            Button segment = new Button(getTranslation("script.convertSegment", from), VaadinIcon.EXCHANGE.create(),
                    click -> convertActive(session, from, outcomes, grid));
            segment.setId("convert-segment");
            segment.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            Button locale = new Button(getTranslation("script.fillLocale", from), click -> {
                Notifications.success(getTranslation("script.filled", session.fillLocale(from), from));
                localeFilled.run();
            });
            locale.setId("derive-locale");
            locale.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            add(segment, locale);
        });
    }

    private void convertActive(EditorSession session, String from, SaveOutcomes outcomes, SegmentGrid grid) {
        if (session.active() == null) {
            return;
        }
        SegmentRow row = session.active();
        session.convertActive(from).ifPresentOrElse(outcome -> {
            if (outcome instanceof EditorSession.Outcome.Conflict conflicted) {
                outcomes.openConflict(row, conflicted.mine(), conflicted.theirs(), false);
            } else if (outcome instanceof EditorSession.Outcome.Stored stored) {
                outcomes.shown(stored.target());
                grid.refresh(session.active());
            }
        }, () -> Notifications.error(getTranslation("script.nothingToConvert", from)));
    }
}
