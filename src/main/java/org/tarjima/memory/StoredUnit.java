package org.tarjima.memory;

import java.time.Instant;
import org.tarjima.base.text.InlineText;
import org.tarjima.translation.TargetState;

/** A unit as read for matching and concordance; {@code segmentId}: the segment whose target it holds, if any. */
record StoredUnit(long id, InlineText source, InlineText target, TargetState state, Long previousHash, Long nextHash,
                  Long projectId, String projectName, Long documentId, String documentName, String updatedBy,
                  Instant updatedAt, boolean fromTmx, Long segmentId) {
}
