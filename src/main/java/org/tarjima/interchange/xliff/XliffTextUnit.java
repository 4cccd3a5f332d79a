package org.tarjima.interchange.xliff;

import java.util.List;
import org.tarjima.base.text.InlineText;
import org.tarjima.translation.TargetState;

/**
 * A translation unit of any tool's XLIFF with its segmentation ({@code seg-source} in 1.2, {@code segment}
 * in 2.x): sources and targets pair up by position.
 *
 * @param file   the {@code original} (1.2) or {@code id} (2.x) of the {@code <file>} holding the unit
 * @param groups the names (or ids) of the groups around the unit, outermost first
 * @param states each target's state, mapped from the file's XLIFF states (see {@link XliffStates})
 */
public record XliffTextUnit(String file, List<String> groups, String id, List<InlineText> sources,
                            List<InlineText> targets, List<TargetState> states, List<String> notes) {

    public XliffTextUnit {
        groups = List.copyOf(groups);
        sources = List.copyOf(sources);
        targets = List.copyOf(targets);
        states = List.copyOf(states);
        notes = List.copyOf(notes);
    }
}
