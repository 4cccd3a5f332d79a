package org.tarjima.interchange.bundle;

import java.util.List;
import java.util.regex.Pattern;
import org.tarjima.base.text.InlineText;

/**
 * A message bundle (.properties) as read: its keys in file order with their values, and the comment lines that
 * open the file.
 *
 * @param header comment lines before the first key, without their '#' or '!'
 */
public record MessageBundle(List<Entry> entries, List<String> header) {

    /** A bundle whose opening comment says DRAFT (as a word, in capitals) is not yet reviewed. */
    private static final Pattern DRAFT = Pattern.compile("\\bDRAFT\\b");

    /**
     * @param value the value as the application reads it (escapes resolved), placeholders as inline codes
     * @param notes the comment lines just above the key
     * @param line  the 1-based line the key stands on
     */
    public record Entry(String key, InlineText value, List<String> notes, int line) {
        public Entry {
            notes = List.copyOf(notes);
        }
    }

    public MessageBundle {
        entries = List.copyOf(entries);
        header = List.copyOf(header);
    }

    /** Whether the file's opening comment marks it as a draft. */
    public boolean markedDraft() {
        return header.stream().anyMatch(line -> DRAFT.matcher(line).find());
    }
}
