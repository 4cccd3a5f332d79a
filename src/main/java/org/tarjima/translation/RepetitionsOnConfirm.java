package org.tarjima.translation;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tarjima.project.RepetitionsMode;

/**
 * In a project set to {@link RepetitionsMode#APPLY}, a translator's confirm (from the editor or the API) confirms the
 * same translation for the project's unconfirmed segments with the same source, in the same transaction. Only a
 * person's confirm does: what the TM itself wrote (the repetitions, pre-translation), imports and transliteration do
 * not start a chain.
 */
@Component
class RepetitionsOnConfirm {

    private final TranslationService translations;

    RepetitionsOnConfirm(TranslationService translations) {
        this.translations = translations;
    }

    @EventListener
    void on(TargetChangedInProject changedInProject) {
        TargetChanged change = changedInProject.change();
        boolean byAPerson = change.origin() == Origin.EDITOR || change.origin() == Origin.API;
        if (!byAPerson || change.target().state() != TargetState.TRANSLATED) {
            return;
        }
        // the project's setting as the save read it, with the target (no statement of its own)
        if (changedInProject.rules().repetitions() == RepetitionsMode.APPLY) {
            translations.propagateToRepetitions(change.target().segmentId(), change.target().locale());
        }
    }
}
