package org.tarjima.memory;

import java.time.Instant;
import org.tarjima.base.text.InlineText;
import org.tarjima.translation.TargetState;

/**
 * A TM unit whose source or target contains the searched words; project and document are null when the user may
 * not see them or the unit came from a TMX file ({@code fromTmx}).
 */
public record ConcordanceHit(long unitId, InlineText source, InlineText target, TargetState state, String projectName,
                             String documentName, String updatedBy, Instant updatedAt, boolean fromTmx) {
}
