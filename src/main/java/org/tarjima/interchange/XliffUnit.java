package org.tarjima.interchange;

import java.util.List;
import org.tarjima.base.text.InlineText;

/**
 * One translation unit as it travels in XLIFF: Tarjima writes one per segment, with the segment id as
 * the unit id (stable for the life of the segment).
 *
 * @param state the XLIFF state value as written in the file (1.2 {@code state}), or null
 */
public record XliffUnit(String id, InlineText source, InlineText target, String state, List<String> notes) {

    public XliffUnit {
        notes = List.copyOf(notes);
    }
}
