package org.tarjima.interchange.okapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.sf.okapi.lib.xliff2.core.CTag;
import net.sf.okapi.lib.xliff2.core.Fragment;
import net.sf.okapi.lib.xliff2.core.TagType;
import org.tarjima.base.text.InlineText;

/** Converts between {@link InlineText} and okapi-lib-xliff2 fragments (pc/sc/ec/ph with original data). */
final class Xliff2Fragments {

    /** Non-numeric code ids of other tools are numbered from here, clear of numeric ones. */
    private static final int FIRST_MAPPED_ID = 10_000;

    private Xliff2Fragments() {
    }

    static void fill(Fragment fragment, InlineText text) {
        for (InlineText.Part part : text.parts()) {
            if (part instanceof InlineText.Text t) {
                fragment.append(t.value());
            } else if (part instanceof InlineText.Code c) {
                String id = String.valueOf(c.id());
                switch (c.kind()) {
                    case OPEN -> fragment.openCodeSpan(id, c.data());
                    case CLOSE -> fragment.closeCodeSpan(id, c.data());
                    case ISOLATED -> fragment.appendCode(id, c.data());
                }
            }
        }
    }

    /**
     * Reads a fragment; code ids map to numbers through {@code ids}, shared by a unit's source and target so
     * that a pair keeps one id on both sides. Markers (annotations) are dropped, their text kept.
     */
    static InlineText read(Fragment fragment, Map<String, Integer> ids) {
        List<InlineText.Part> parts = new ArrayList<>();
        for (Object item : fragment) {
            if (item instanceof CharSequence text) {
                parts.add(new InlineText.Text(text.toString()));
            } else if (item instanceof CTag code) {
                // Markers (MTag: annotations) are not codes; their text arrives as text around them.
                parts.add(new InlineText.Code(kind(code), number(code.getId(), ids), code.getType() == null ? "" : code.getType(),
                        code.getData() == null ? "" : code.getData()));
            }
        }
        return new InlineText(parts).normalized();
    }

    private static InlineText.CodeKind kind(CTag code) {
        TagType type = code.getTagType();
        return type == TagType.OPENING ? InlineText.CodeKind.OPEN
                : type == TagType.CLOSING ? InlineText.CodeKind.CLOSE : InlineText.CodeKind.ISOLATED;
    }

    private static int number(String id, Map<String, Integer> ids) {
        return ids.computeIfAbsent(id, key -> {
            if (key.matches("\\d{1,6}")) {
                return Integer.parseInt(key);
            }
            return FIRST_MAPPED_ID + ids.size();
        });
    }
}
