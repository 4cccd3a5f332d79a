package org.tarjima.interchange;

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

    public static String toXliff12(TargetState state) {
        return TO_XLIFF12.get(state);
    }

    /**
     * Reads a 1.2 state written by any tool: ours map back exactly; other tools' values map to the
     * nearest of ours ({@code final} is approved work; {@code needs-adaptation} and similar need work).
     */
    public static TargetState fromXliff12(String state, boolean hasText) {
        if (state == null || state.isBlank()) {
            return hasText ? TargetState.TRANSLATED : TargetState.NEW;
        }
        return switch (state.toLowerCase(Locale.ROOT)) {
            case "new" -> hasText ? TargetState.DRAFT : TargetState.NEW;
            case "needs-review-translation", "needs-review-adaptation", "needs-review-l10n", "needs-adaptation",
                 "needs-l10n" -> TargetState.DRAFT;
            case "needs-translation" -> hasText ? TargetState.REJECTED : TargetState.NEW;
            case "signed-off", "final" -> TargetState.APPROVED;
            default -> TargetState.TRANSLATED;
        };
    }
}
