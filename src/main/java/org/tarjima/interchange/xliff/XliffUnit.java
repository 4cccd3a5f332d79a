package org.tarjima.interchange.xliff;

import java.util.List;
import org.tarjima.base.text.InlineText;
import org.tarjima.translation.TargetState;

/**
 * One translation unit as it travels in XLIFF: Tarjima writes one per segment, with the segment id as
 * the unit id (stable for the life of the segment).
 *
 * @param state the target's state, mapped from the file's XLIFF states (see {@link XliffStates})
 */
public record XliffUnit(String id, InlineText source, InlineText target, TargetState state, List<String> notes) {

    public XliffUnit {
        notes = List.copyOf(notes);
    }
}
