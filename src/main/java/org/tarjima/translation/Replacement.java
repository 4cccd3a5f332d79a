package org.tarjima.translation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.tarjima.base.UserInputException;
import org.tarjima.base.text.InlineText;

/**
 * What to find in translations and what to put instead: plain text, or a Java regular expression whose replacement
 * may name its groups ({@code $1}); case-sensitive or not (Unicode case folding, so Cyrillic too); optionally only in
 * targets not yet confirmed. Only the text between inline codes changes: a code is never found, moved or removed.
 */
public record Replacement(String find, String replace, boolean regex, boolean caseSensitive, boolean onlyUnconfirmed) {

    public Replacement {
        if (find == null || find.isEmpty()) {
            throw new UserInputException("error.replace.findEmpty", "Say what to find");
        }
        replace = replace == null ? "" : replace;
    }

    /** The compiled search; an invalid regular expression is the user's to fix, with the reason. */
    Pattern pattern() {
        int flags = caseSensitive ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        try {
            return regex ? Pattern.compile(find, flags) : Pattern.compile(Pattern.quote(find), flags);
        } catch (PatternSyntaxException e) {
            throw new UserInputException("error.replace.badRegex", "Not a valid regular expression: " + e.getDescription(),
                    e.getDescription());
        }
    }

    /** The text with every match replaced in its text parts, codes as they were; null when nothing matched. */
    InlineText applyTo(InlineText text, Pattern pattern) {
        String replacement = regex ? replace : Matcher.quoteReplacement(replace);
        List<InlineText.Part> parts = new ArrayList<>();
        boolean changed = false;
        for (InlineText.Part part : text.parts()) {
            if (part instanceof InlineText.Text plain) {
                String replaced;
                try {
                    replaced = pattern.matcher(plain.value()).replaceAll(replacement);
                } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                    throw new UserInputException("error.replace.badReplacement",
                            "The replacement names a group the expression does not have: " + e.getMessage(), replace);
                }
                changed |= !replaced.equals(plain.value());
                if (!replaced.isEmpty()) {
                    parts.add(new InlineText.Text(replaced));
                }
            } else {
                parts.add(part);
            }
        }
        return changed ? new InlineText(parts) : null;
    }
}
