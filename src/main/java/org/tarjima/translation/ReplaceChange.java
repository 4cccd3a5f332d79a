package org.tarjima.translation;

import org.tarjima.base.text.InlineText;

/** One target as it is ({@code version}, {@code before}) and as a replacement makes it ({@code after}). */
public record ReplaceChange(long documentId, long segmentId, int ordinal, int version, TargetState state,
                            InlineText before, InlineText after) {
}
