package org.tarjima.translation;

import java.time.Instant;
import org.tarjima.base.text.InlineText;

/**
 * One change of a target, as history shows it.
 *
 * @param revokedSignOff this change took away the sign-off of the target's locale in its document
 */
public record HistoryEntry(int version, Instant changedAt, String changedBy, Origin origin, InlineText oldContent,
                           InlineText newContent, TargetState oldState, TargetState newState, boolean revokedSignOff) {
}
