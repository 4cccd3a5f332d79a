package org.tarjima.translation;

import java.util.List;
import org.tarjima.base.text.InlineText;

/**
 * One row of the editor's segment list.
 *
 * @param notes notes that came with the source (e.g. from an imported XLIFF)
 */
public record SegmentRow(long segmentId, int ordinal, InlineText source, InlineText target, TargetState state,
                         int version, int words, List<String> notes) {

    public SegmentRow {
        notes = List.copyOf(notes);
    }

    /** This row with the target as stored now. */
    public SegmentRow withTarget(TargetSnapshot target) {
        return new SegmentRow(segmentId, ordinal, source, target.content(), target.state(), target.version(), words, notes);
    }
}
