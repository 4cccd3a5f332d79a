package org.tarjima.translation;

import java.util.Optional;
import org.tarjima.base.text.InlineText;

/**
 * The workflow rules for one target. Each intent returns the change it makes, or nothing when
 * the target would stay as it is, and refuses illegal transitions itself.
 */
final class Target {

    private final InlineText content;
    private final TargetState state;

    Target(InlineText content, TargetState state) {
        this.content = content;
        this.state = state;
    }

    record Change(InlineText content, TargetState state) {
    }

    /**
     * The translator edits the text without confirming it: a DRAFT, or NEW again when emptied.
     * Editing an APPROVED target makes it TRANSLATED again (the reviewer's approval no longer holds).
     */
    Optional<Change> edit(InlineText text) {
        if (text.equals(content)) {
            return Optional.empty();
        }
        TargetState next;
        if (text.isBlank()) {
            next = TargetState.NEW;
        } else if (state == TargetState.APPROVED) {
            next = TargetState.TRANSLATED;
        } else {
            next = TargetState.DRAFT;
        }
        return Optional.of(new Change(text, next));
    }

    /** The translator confirms the text: TRANSLATED. An unchanged confirmed target stays as it is. */
    Optional<Change> confirm(InlineText text) {
        if (text.isBlank()) {
            throw new IllegalTransitionException("error.confirmEmpty", "An empty target cannot be confirmed");
        }
        if (text.equals(content) && state.isConfirmed()) {
            return Optional.empty();
        }
        return Optional.of(new Change(text, TargetState.TRANSLATED));
    }

    /**
     * A target arrives from outside (a vendor's XLIFF) with its own state. An empty text is NEW
     * whatever the file says; an unchanged target keeps its state unless the file moves it on.
     */
    Optional<Change> arrive(InlineText text, TargetState incoming) {
        TargetState next = text.isBlank() ? TargetState.NEW : incoming;
        if (text.equals(content) && next == state) {
            return Optional.empty();
        }
        return Optional.of(new Change(text, next));
    }

    /** A reviewer approves the confirmed text. Only TRANSLATED (or a REJECTED one, on second thought) can be. */
    Optional<Change> approve() {
        if (state == TargetState.APPROVED) {
            return Optional.empty();
        }
        if (state != TargetState.TRANSLATED && state != TargetState.REJECTED) {
            throw new IllegalTransitionException("error.approveUnconfirmed",
                    "Only a confirmed target can be approved; this one is " + state);
        }
        return Optional.of(new Change(content, TargetState.APPROVED));
    }

    /** A reviewer sends a confirmed or approved target back to the translator. */
    Optional<Change> reject() {
        if (state == TargetState.REJECTED) {
            return Optional.empty();
        }
        if (!state.isConfirmed()) {
            throw new IllegalTransitionException("error.rejectUnconfirmed",
                    "Only a confirmed or approved target can be rejected; this one is " + state);
        }
        return Optional.of(new Change(content, TargetState.REJECTED));
    }
}
