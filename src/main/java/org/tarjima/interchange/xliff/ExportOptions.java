package org.tarjima.interchange.xliff;

import java.util.EnumSet;
import java.util.Set;
import org.tarjima.translation.TargetState;

/**
 * What to export.
 *
 * @param states only segments whose target is in one of these states (e.g. NEW+REJECTED for a vendor,
 *               APPROVED for delivery)
 */
public record ExportOptions(Set<TargetState> states) {

    public ExportOptions {
        states = states == null || states.isEmpty() ? EnumSet.allOf(TargetState.class) : EnumSet.copyOf(states);
    }

    public static ExportOptions everything() {
        return new ExportOptions(EnumSet.allOf(TargetState.class));
    }
}
