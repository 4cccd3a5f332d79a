package org.tarjima.qa;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.tarjima.base.text.InlineText;

/**
 * Replacements in an inline text addressed by offsets of its plain text, the offsets checks report. Codes stay
 * where they are: a fix can change letters and spaces, never markup.
 */
public final class TextEdits {

    /** Replace {@code [start, end)} of the plain text with {@code replacement}. */
    public record Edit(int start, int end, String replacement) {
    }

    private TextEdits() {
    }

    public static InlineText apply(InlineText text, Edit... edits) {
        return apply(text, List.of(edits));
    }

    /** Applies non-overlapping edits; an insertion at a code boundary goes to the text before the code. */
    public static InlineText apply(InlineText text, List<Edit> edits) {
        List<Edit> sorted = edits.stream().sorted(Comparator.comparingInt(Edit::start)).toList();
        List<InlineText.Part> parts = new ArrayList<>();
        boolean[] placed = new boolean[sorted.size()];
        int position = 0;
        List<InlineText.Part> source = text.parts();
        for (int p = 0; p < source.size(); p++) {
            InlineText.Part part = source.get(p);
            if (!(part instanceof InlineText.Text t)) {
                parts.add(part);
                continue;
            }
            String value = t.value();
            int partEnd = position + value.length();
            boolean lastText = source.subList(p + 1, source.size()).stream().noneMatch(InlineText.Text.class::isInstance);
            StringBuilder out = new StringBuilder();
            int cursor = position;
            for (int e = 0; e < sorted.size(); e++) {
                Edit edit = sorted.get(e);
                int from = Math.max(edit.start(), position);
                int to = Math.min(edit.end(), partEnd);
                boolean startsHere = !placed[e] && edit.start() >= position
                        && (edit.start() < partEnd || (edit.start() == partEnd && (edit.end() == edit.start() || lastText)));
                if (from > to || (from == to && !startsHere) || to < cursor) {
                    continue;
                }
                out.append(value, cursor - position, Math.max(cursor, from) - position);
                if (startsHere) {
                    out.append(edit.replacement());
                    placed[e] = true;
                }
                cursor = Math.max(cursor, to);
            }
            out.append(value, cursor - position, value.length());
            parts.add(new InlineText.Text(out.toString()));
            position = partEnd;
        }
        for (int e = 0; e < sorted.size(); e++) {
            if (!placed[e]) {
                // A text without text parts (only codes, or empty): the replacement becomes its text.
                parts.add(new InlineText.Text(sorted.get(e).replacement()));
            }
        }
        return new InlineText(parts).normalized();
    }
}
