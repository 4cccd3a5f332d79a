package org.tarjima.translation;

import java.util.EnumSet;
import java.util.Set;

/** The editor's filters on target state. */
public enum StateFilter {
    ALL(EnumSet.allOf(TargetState.class)),
    TO_DO(EnumSet.of(TargetState.NEW, TargetState.DRAFT, TargetState.REJECTED)),
    /** What a reviewer goes through: confirmed but not approved, and what was sent back. */
    TO_REVIEW(EnumSet.of(TargetState.TRANSLATED, TargetState.REJECTED)),
    NEW(EnumSet.of(TargetState.NEW)),
    DRAFT(EnumSet.of(TargetState.DRAFT)),
    TRANSLATED(EnumSet.of(TargetState.TRANSLATED)),
    REJECTED(EnumSet.of(TargetState.REJECTED)),
    APPROVED(EnumSet.of(TargetState.APPROVED));

    private final Set<TargetState> states;

    StateFilter(Set<TargetState> states) {
        this.states = states;
    }

    public Set<TargetState> states() {
        return states;
    }
}
