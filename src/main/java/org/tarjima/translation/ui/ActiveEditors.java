package org.tarjima.translation.ui;

import java.util.function.Consumer;
import org.tarjima.base.ui.Notifications;
import org.tarjima.glossary.ui.GlossaryHitsPanel;
import org.tarjima.memory.ui.TmMatchesPanel;
import org.tarjima.translation.Origin;
import org.tarjima.translation.SegmentRow;
import org.tarjima.translation.TargetState;

/**
 * Makes the editor of the active row: typing saves drafts, Ctrl+Enter confirms (and offers or applies the
 * translation to the repetitions, as the project says) and moves on, Ctrl+1…9 and Ctrl+Shift+1…9 take TM matches and
 * glossary terms, the navigation keys move through the list.
 */
final class ActiveEditors {

    private final SaveOutcomes outcomes;
    private final SegmentDetails details;
    private final GlossaryHitsPanel glossaryHits;
    private final TmMatchesPanel tmMatches;
    private final Runnable refreshAll;
    private final Consumer<TargetState> advance;
    private final Consumer<String> navigate;

    ActiveEditors(SaveOutcomes outcomes, SegmentDetails details, GlossaryHitsPanel glossaryHits, TmMatchesPanel tmMatches,
                  Runnable refreshAll, Consumer<TargetState> advance, Consumer<String> navigate) {
        this.outcomes = outcomes;
        this.details = details;
        this.glossaryHits = glossaryHits;
        this.tmMatches = tmMatches;
        this.refreshAll = refreshAll;
        this.advance = advance;
        this.navigate = navigate;
    }

    SegmentEditor open(EditorSession session, SegmentRow row) {
        String locale = session.locale();
        SegmentEditor editor = new SegmentEditor(row.source(), row.target(), locale);
        editor.setDraftKey(SegmentEditor.draftKey(session.username(), session.document().id(), locale, row.segmentId()));
        editor.setId("segment-editor-" + row.ordinal());
        editor.setPlaceholder(editor.getTranslation("editor.placeholder"));
        editor.setStatus(editor.getTranslation("state." + row.state().name()));
        editor.setFocusOnAttach(true);
        session.pivot(row.segmentId()).ifPresent(pivot -> editor.setPivot(pivot.text()));
        editor.addDraftListener(draft -> {
            session.typed(draft.content());
            outcomes.save(draft.content(), false, Origin.EDITOR);
            details.typed(row.segmentId(), locale, draft.content());
        });
        editor.addConfirmListener(confirm -> {
            // With the project's repetitions applied on confirm, the service does it: say how many took it.
            boolean apply = session.appliesRepetitions();
            int repetitions = apply ? session.repetitions(row.segmentId()) : 0;
            if (outcomes.save(confirm.content(), true, Origin.EDITOR)) {
                if (apply && repetitions > 0) {
                    Notifications.success(editor.getTranslation("editor.repetitionsDone", repetitions));
                    refreshAll.run();
                } else if (!apply) {
                    RepetitionsOffer.show(session.repetitions(row.segmentId()),
                            () -> session.propagateToRepetitions(row.segmentId()), refreshAll);
                }
                advance.accept(session.active().state());
            }
        });
        editor.addInsertListener(insert -> {
            if (insert.glossary()) {
                glossaryHits.insert(insert.number());
            } else {
                tmMatches.insert(insert.number());
            }
        });
        editor.addNavigateListener(move -> navigate.accept(move.direction()));
        return editor;
    }
}
