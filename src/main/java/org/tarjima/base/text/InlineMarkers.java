package org.tarjima.base.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The plain-text notation of inline codes used by the REST API: {@code <1>bold</1>} for a pair,
 * {@code <2/>} for a standalone code; a literal {@code <} or {@code \} in the text is written
 * {@code \<} or {@code \\}. Codes are referenced by id only; their markup stays in the source.
 */
public final class InlineMarkers {

    private InlineMarkers() {
    }

    public static String write(InlineText text) {
        StringBuilder out = new StringBuilder();
        for (InlineText.Part part : text.parts()) {
            if (part instanceof InlineText.Text t) {
                out.append(t.value().replace("\\", "\\\\").replace("<", "\\<"));
            } else if (part instanceof InlineText.Code c) {
                switch (c.kind()) {
                    case OPEN -> out.append('<').append(c.id()).append('>');
                    case CLOSE -> out.append("</").append(c.id()).append('>');
                    case ISOLATED -> out.append('<').append(c.id()).append("/>");
                }
            }
        }
        return out.toString();
    }

    /**
     * Reads the notation; codes come back as references (no type or data).
     *
     * @throws IllegalArgumentException naming the position of a malformed marker
     */
    public static InlineText read(String notation) {
        List<InlineText.Part> parts = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int i = 0;
        while (i < notation.length()) {
            char ch = notation.charAt(i);
            if (ch == '\\' && i + 1 < notation.length()) {
                text.append(notation.charAt(i + 1));
                i += 2;
            } else if (ch == '<') {
                int end = notation.indexOf('>', i);
                if (end < 0) {
                    throw new IllegalArgumentException("Unclosed marker at position " + i + "; write a literal < as \\<");
                }
                String body = notation.substring(i + 1, end);
                InlineText.CodeKind kind;
                String number;
                if (body.startsWith("/")) {
                    kind = InlineText.CodeKind.CLOSE;
                    number = body.substring(1);
                } else if (body.endsWith("/")) {
                    kind = InlineText.CodeKind.ISOLATED;
                    number = body.substring(0, body.length() - 1);
                } else {
                    kind = InlineText.CodeKind.OPEN;
                    number = body;
                }
                if (!number.matches("\\d{1,9}")) {
                    throw new IllegalArgumentException("'<" + body + ">' at position " + i
                            + " is not a marker such as <1>, </1> or <2/>; write a literal < as \\<");
                }
                if (!text.isEmpty()) {
                    parts.add(new InlineText.Text(text.toString()));
                    text.setLength(0);
                }
                parts.add(new InlineText.Code(kind, Integer.parseInt(number), "", ""));
                i = end + 1;
            } else {
                text.append(ch);
                i++;
            }
        }
        if (!text.isEmpty()) {
            parts.add(new InlineText.Text(text.toString()));
        }
        return new InlineText(parts).normalized();
    }
}
