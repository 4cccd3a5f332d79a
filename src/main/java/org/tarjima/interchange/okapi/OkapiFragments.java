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

    /** A sentence from a source format: codes carry their markup, whitespace at the ends is trimmed. */
    static InlineText toInlineText(TextFragment fragment) {
        return trim(convert(fragment, true));
    }

    /**
     * A value read whole (a .properties value): codes carry their markup and whitespace is kept, since the value is
     * written back exactly.
     */
    static InlineText exactly(TextFragment fragment) {
        return convert(fragment, true);
    }

    /**
     * Text read from XLIFF, exactly as written: codes carry their original data (the outer markup is
     * XLIFF's own bpt/ept wrapper) and whitespace is kept.
     */
    static InlineText fromXliff(TextFragment fragment) {
        return convert(fragment, false);
    }

    private static InlineText convert(TextFragment fragment, boolean outerData) {
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
                parts.add(new InlineText.Code(kind(code), code.getId(), code.getType(),
                        outerData ? code.getOuterData() : code.getData()));
            } else {
                text.append(ch);
            }
        }
        if (!text.isEmpty()) {
            parts.add(new InlineText.Text(text.toString()));
        }
        return new InlineText(parts).normalized();
    }

    static TextFragment toFragment(InlineText text) {
        TextFragment fragment = new TextFragment();
        for (InlineText.Part part : text.parts()) {
            if (part instanceof InlineText.Text t) {
                fragment.append(t.value());
            } else if (part instanceof InlineText.Code c) {
                TextFragment.TagType tag = switch (c.kind()) {
                    case OPEN -> TextFragment.TagType.OPENING;
                    case CLOSE -> TextFragment.TagType.CLOSING;
                    case ISOLATED -> TextFragment.TagType.PLACEHOLDER;
                };
                fragment.append(tag, c.type(), c.data(), c.id());
            }
        }
        return fragment;
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
