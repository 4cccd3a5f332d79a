package org.tarjima.translation;

import org.tarjima.base.text.InlineText;

/** One row of the editor's segment list. */
public record SegmentRow(long segmentId, int ordinal, InlineText source, InlineText target, TargetState state,
                         int version, int words) {
}
