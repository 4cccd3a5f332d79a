package org.tarjima.interchange;

import java.util.List;
import org.tarjima.base.text.InlineText;

/**
 * A translation unit of any tool's XLIFF with its segmentation ({@code seg-source} in 1.2, {@code segment}
 * in 2.x): sources and targets pair up by position.
 *
 * @param file     the {@code original} (1.2) or {@code id} (2.x) of the {@code <file>} holding the unit
 * @param state    the unit's XLIFF state value, or null
 * @param approved XLIFF 1.2 {@code approved="yes"}
 */
public record XliffTextUnit(String file, String id, List<InlineText> sources, List<InlineText> targets, String state,
                            boolean approved, List<String> notes) {

    public XliffTextUnit {
        sources = List.copyOf(sources);
        targets = List.copyOf(targets);
        notes = List.copyOf(notes);
    }
}
