package org.tarjima.translation;

import org.tarjima.base.text.InlineText;

/**
 * A segment's translation in the pivot locale (Russian by default), shown beside the source when translating into
 * another locale.
 *
 * @param text  the pivot target's text; empty unless it is confirmed (TRANSLATED or APPROVED)
 * @param state the pivot target's state
 */
public record PivotText(String locale, InlineText text, TargetState state) {

    /** Whether there is a confirmed text to show, copy and look up. */
    public boolean usable() {
        return state.isConfirmed() && !text.isBlank();
    }
}
