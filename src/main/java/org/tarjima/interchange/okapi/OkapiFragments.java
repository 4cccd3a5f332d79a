package org.tarjima.interchange.okapi;

import java.util.ArrayList;
import java.util.List;
import net.sf.okapi.common.resource.Code;
import net.sf.okapi.common.resource.TextFragment;
import org.tarjima.base.text.InlineText;

/** Converts Okapi's coded text into {@link InlineText}, keeping codes as codes. */
final class OkapiFragments {

    private OkapiFragments() {
    }

    static InlineText toInlineText(TextFragment fragment) {
        String coded = fragment.getCodedText();
        List<Code> codes = fragment.getCodes();
        List<InlineText.Part> parts = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < coded.length(); i++) {
            char ch = coded.charAt(i);
            if (TextFragment.isMarker(ch)) {
                Code code = codes.get(TextFragment.toIndex(coded.charAt(++i)));
                if (!text.isEmpty()) {
                    parts.add(new InlineText.Text(text.toString()));
                    text.setLength(0);
                }
                parts.add(new InlineText.Code(kind(code), code.getId(), code.getType(), code.getOuterData()));
            } else {
                text.append(ch);
            }
        }
        if (!text.isEmpty()) {
            parts.add(new InlineText.Text(text.toString()));
        }
        return trim(new InlineText(parts).normalized());
    }

    private static InlineText.CodeKind kind(Code code) {
        return switch (code.getTagType()) {
            case OPENING -> InlineText.CodeKind.OPEN;
            case CLOSING -> InlineText.CodeKind.CLOSE;
            default -> InlineText.CodeKind.ISOLATED;
        };
    }

    /** Whitespace at the ends of a segment belongs between segments, not to the sentence. */
    private static InlineText trim(InlineText text) {
        List<InlineText.Part> parts = new ArrayList<>(text.parts());
        if (!parts.isEmpty() && parts.get(0) instanceof InlineText.Text first) {
            parts.set(0, new InlineText.Text(first.value().stripLeading()));
        }
        int last = parts.size() - 1;
        if (last >= 0 && parts.get(last) instanceof InlineText.Text end) {
            parts.set(last, new InlineText.Text(end.value().stripTrailing()));
        }
        return new InlineText(parts).normalized();
    }
}
