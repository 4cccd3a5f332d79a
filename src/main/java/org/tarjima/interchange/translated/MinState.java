package org.tarjima.interchange.translated;

import java.util.EnumSet;
import java.util.Set;
import org.tarjima.translation.TargetState;

/** How far a translation must be to go into a translated document; a segment whose target is not keeps its source. */
public enum MinState {
    /** Only what a reviewer approved: the document to publish. */
    APPROVED(EnumSet.of(TargetState.APPROVED)),
    /** Confirmed by a translator or approved (the default). */
    TRANSLATED(EnumSet.of(TargetState.TRANSLATED, TargetState.APPROVED)),
    /** Any text typed so far, drafts and rejected ones too: a preview of the work in progress. */
    DRAFT(EnumSet.of(TargetState.DRAFT, TargetState.REJECTED, TargetState.TRANSLATED, TargetState.APPROVED));

    private final Set<TargetState> states;

    MinState(Set<TargetState> states) {
        this.states = states;
    }

    public boolean admits(TargetState state) {
        return states.contains(state);
    }

    public Set<TargetState> states() {
        return EnumSet.copyOf(states);
    }
}
