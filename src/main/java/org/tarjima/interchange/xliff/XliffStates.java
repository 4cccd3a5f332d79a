package org.tarjima.interchange.xliff;

import java.util.Locale;
import java.util.Map;
import org.tarjima.translation.TargetState;

/** Our states in XLIFF 1.2 {@code state} values and back, as in PRODUCT.md's state table. */
public final class XliffStates {

    private static final Map<TargetState, String> TO_XLIFF12 = Map.of(
            TargetState.NEW, "new",
            TargetState.DRAFT, "needs-review-translation",
            TargetState.TRANSLATED, "translated",
            TargetState.REJECTED, "needs-translation",
            TargetState.APPROVED, "signed-off");

    private XliffStates() {
    }

    /** With the locale signed off, approved work is {@code final}: nothing more is expected of it. */
    public static String toXliff12(TargetState state, boolean signedOff) {
        return signedOff && state == TargetState.APPROVED ? "final" : TO_XLIFF12.get(state);
    }

    /**
     * Reads a 1.2 state written by any tool: ours map back exactly; other tools' values map to the
     * nearest of ours ({@code final} and {@code approved="yes"} are approved work; {@code needs-adaptation}
     * and similar need work). A target without text is NEW whatever the file says.
     */
    public static TargetState fromXliff12(String state, boolean approved, boolean hasText) {
        if (!hasText) {
            return TargetState.NEW;
        }
        if (approved) {
            return TargetState.APPROVED;
        }
        if (state == null || state.isBlank()) {
            return TargetState.TRANSLATED;
        }
        return switch (state.toLowerCase(Locale.ROOT)) {
            case "new" -> TargetState.DRAFT;
            case "needs-review-translation", "needs-review-adaptation", "needs-review-l10n", "needs-adaptation",
                 "needs-l10n" -> TargetState.DRAFT;
            case "needs-translation" -> TargetState.REJECTED;
            case "signed-off", "final" -> TargetState.APPROVED;
            default -> TargetState.TRANSLATED;
        };
    }

    /** Our sub-states in XLIFF 2 ({@code subState}), so that our own states survive a round trip. */
    public static final String SUBSTATE_DRAFT = "tarjima:draft";
    public static final String SUBSTATE_REJECTED = "tarjima:rejected";

    /** An XLIFF 2 segment state with its optional sub-state. */
    public record Xliff2State(String state, String subState) {
    }

    public static Xliff2State toXliff2(TargetState state, boolean signedOff) {
        if (signedOff && state == TargetState.APPROVED) {
            return new Xliff2State("final", null);
        }
        return switch (state) {
            case NEW -> new Xliff2State("initial", null);
            case DRAFT -> new Xliff2State("initial", SUBSTATE_DRAFT);
            case TRANSLATED -> new Xliff2State("translated", null);
            case REJECTED -> new Xliff2State("translated", SUBSTATE_REJECTED);
            case APPROVED -> new Xliff2State("reviewed", null);
        };
    }

    /** Reads an XLIFF 2 state: ours by sub-state; other tools' {@code initial} with text is a draft. */
    public static TargetState fromXliff2(String state, String subState, boolean hasText) {
        if (!hasText) {
            return TargetState.NEW;
        }
        if (SUBSTATE_DRAFT.equals(subState)) {
            return TargetState.DRAFT;
        }
        if (SUBSTATE_REJECTED.equals(subState)) {
            return TargetState.REJECTED;
        }
        if (state == null) {
            return TargetState.TRANSLATED;
        }
        return switch (state.toLowerCase(Locale.ROOT)) {
            case "initial" -> TargetState.DRAFT;
            case "reviewed", "final" -> TargetState.APPROVED;
            default -> TargetState.TRANSLATED;
        };
    }
}
