package org.tarjima.translation;

/** Where a target stands in the workflow; stored by name. */
public enum TargetState {
    NEW, DRAFT, TRANSLATED, REJECTED, APPROVED;

    /** Done from the translator's side: confirmed or better. */
    public boolean isConfirmed() {
        return this == TRANSLATED || this == APPROVED;
    }
}
