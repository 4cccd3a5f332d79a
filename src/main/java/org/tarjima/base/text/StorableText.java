package org.tarjima.base.text;

import org.tarjima.base.i18n.Message;
import java.util.Optional;

/**
 * What every segment and target text must be to be stored and sent out again: no longer than {@link #MAX_LENGTH}
 * characters, and made only of characters XML allows, since any text may leave in an XLIFF file (and PostgreSQL
 * cannot store U+0000 at all). Checked where text enters (imports, saves), so a refusal names what to fix.
 */
public final class StorableText {

    /**
     * The longest segment, in characters: a very long paragraph is a few thousand; anything near this is not
     * prose, and splitting it into sentences alone would keep a server busy for minutes.
     */
    public static final int MAX_LENGTH = 100_000;

    private StorableText() {
    }

    /**
     * Why a text cannot be stored.
     *
     * @param tooLong true: longer than {@link #MAX_LENGTH}; false: a character XML does not allow
     * @param reason  in English, for logs and the API, starting "it …"
     * @param message the same for the person who sent it, in their language
     */
    public record Problem(boolean tooLong, String reason, Message message) {
    }

    /** Why the text (its words and its codes' markup) cannot be stored, or empty when it can. */
    public static Optional<Problem> problem(InlineText text) {
        int length = 0;
        for (InlineText.Part part : text.parts()) {
            String value = part instanceof InlineText.Text t ? t.value() : ((InlineText.Code) part).data();
            length += value.length();
            Optional<Problem> illegal = illegalCharacter(value);
            if (illegal.isPresent()) {
                return illegal;
            }
        }
        return length > MAX_LENGTH ? Optional.of(tooLong(length)) : Optional.empty();
    }

    /** Why the plain text cannot be stored, or empty when it can. */
    public static Optional<Problem> problem(String text) {
        Optional<Problem> illegal = illegalCharacter(text);
        if (illegal.isPresent()) {
            return illegal;
        }
        return text.length() > MAX_LENGTH ? Optional.of(tooLong(text.length())) : Optional.empty();
    }

    private static Problem tooLong(int length) {
        return new Problem(true, "it has " + length + " characters, above the limit of " + MAX_LENGTH + " for one segment",
                Message.of("problem.tooLong", length, MAX_LENGTH));
    }

    /** The first character XML 1.0 does not allow (a control character, U+FFFE/U+FFFF or half a surrogate pair). */
    private static Optional<Problem> illegalCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean legal;
            if (Character.isHighSurrogate(c)) {
                legal = i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
                if (legal) {
                    i++;
                }
            } else {
                legal = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
            }
            if (!legal) {
                return Optional.of(new Problem(false, String.format("it contains the character U+%04X at position %d, "
                        + "which no XML file (and so no XLIFF export) can carry; remove it", (int) c, i + 1),
                        Message.of("problem.illegalCharacter", String.format("U+%04X", (int) c), i + 1)));
            }
        }
        return Optional.empty();
    }
}
