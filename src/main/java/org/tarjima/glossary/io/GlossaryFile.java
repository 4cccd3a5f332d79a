package org.tarjima.glossary.io;

import org.tarjima.glossary.EntryRequest;
import java.util.List;
import java.util.Set;

/**
 * What a glossary file holds, before it is checked: the entries with the line each starts on, and which fields the
 * file speaks about at all. A field the file does not have (no notes column) leaves stored values alone.
 *
 * @param locales the target locales the file has translations for; an imported entry's translations into these
 *                locales replace the stored ones, others stay
 * @param ignored columns (or languages) the file has that the glossary does not take, to tell the user
 */
public record GlossaryFile(List<Row> entries, Set<String> locales, boolean hasForms, boolean hasNotes,
                    boolean hasDoNotTranslate, List<String> ignored) {

    public record Row(int line, EntryRequest request) {
    }
}
