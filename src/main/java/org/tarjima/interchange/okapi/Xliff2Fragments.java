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
    /**
     * The type of a code that stands for a character XML cannot carry as text (U+0001, U+FFFE...), which XLIFF 2 writes
     * as {@code <cp hex="..."/>}: a placeholder, so that it survives editing and is written back as {@code <cp>} (a
     * {@code <ph>} with the same data in XLIFF 1.2, which has no {@code <cp>}).
     */
    static final String CODE_POINT = "x-cp";
    private static final java.util.regex.Pattern CODE_POINT_DATA = java.util.regex.Pattern.compile("<cp hex=\"([0-9A-Fa-f]{1,6})\"/>");

    private Xliff2Fragments() {
    }

    /**
     * Writes the text into the fragment. A paired code whose partner is not in the same text (a span opened in one
     * segment and closed in the next, after joining or splitting, or as another tool's XLIFF 2 had it) is written as
     * an isolated {@code <sc>}/{@code <ec>}, as the specification provides for such spans.
     */
    static void fill(Fragment fragment, InlineText text) {
        java.util.Set<InlineText.Code> isolated = unpaired(text);
        for (InlineText.Part part : text.parts()) {
            if (part instanceof InlineText.Text t) {
                fragment.append(t.value());
            } else if (part instanceof InlineText.Code c && CODE_POINT.equals(c.type()) && codePoint(c.data()) >= 0) {
                // lib-xliff2 writes a character XML cannot carry as <cp hex="..."/>
                fragment.append(new String(Character.toChars(codePoint(c.data()))));
            } else if (part instanceof InlineText.Code c) {
                String id = String.valueOf(c.id());
                if (isolated.contains(c)) {
                    fragment.append(c.kind() == InlineText.CodeKind.OPEN ? TagType.OPENING : TagType.CLOSING, id, c.data(), true);
                    continue;
                }
                switch (c.kind()) {
                    case OPEN -> fragment.openCodeSpan(id, c.data());
                    case CLOSE -> fragment.closeCodeSpan(id, c.data());
                    case ISOLATED -> fragment.appendCode(id, c.data());
                }
            }
        }
    }

    /** The opening codes never closed and the closing codes never opened in the text, by identity. */
    private static java.util.Set<InlineText.Code> unpaired(InlineText text) {
        java.util.Set<InlineText.Code> unpaired = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        Map<Integer, java.util.Deque<InlineText.Code>> open = new java.util.HashMap<>();
        for (InlineText.Part part : text.parts()) {
            if (part instanceof InlineText.Code c && c.kind() == InlineText.CodeKind.OPEN) {
                open.computeIfAbsent(c.id(), id -> new java.util.ArrayDeque<>()).push(c);
            } else if (part instanceof InlineText.Code c && c.kind() == InlineText.CodeKind.CLOSE) {
                java.util.Deque<InlineText.Code> waiting = open.get(c.id());
                if (waiting == null || waiting.isEmpty()) {
                    unpaired.add(c);
                } else {
                    waiting.pop();
                }
            }
        }
        open.values().forEach(unpaired::addAll);
        return unpaired;
    }

    /**
     * Reads a fragment; code ids map to numbers through {@code ids}, shared by a unit's source and target so
     * that a pair keeps one id on both sides. Markers (annotations) are dropped, their text kept.
     */
    static InlineText read(Fragment fragment, Map<String, Integer> ids) {
        List<InlineText.Part> parts = new ArrayList<>();
        Map<Integer, Integer> codePoints = new java.util.HashMap<>();
        for (Object item : fragment) {
            if (item instanceof CharSequence text) {
                addText(text.toString(), parts, ids, codePoints);
            } else if (item instanceof CTag code) {
                // Markers (MTag: annotations) are not codes; their text arrives as text around them.
                parts.add(new InlineText.Code(kind(code), number(code.getId(), ids), code.getType() == null ? "" : code.getType(),
                        code.getData() == null ? "" : code.getData()));
            }
        }
        return new InlineText(parts).normalized();
    }

    /**
     * Adds text, with each character XML cannot carry (read from {@code <cp hex>}) as a placeholder code. The n-th
     * occurrence of a character gets the same id in the source and the target.
     */
    private static void addText(String text, List<InlineText.Part> parts, Map<String, Integer> ids,
                                Map<Integer, Integer> codePoints) {
        int start = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int next = i + Character.charCount(c);
            if (!allowedInXml(c)) {
                if (i > start) {
                    parts.add(new InlineText.Text(text.substring(start, i)));
                }
                int occurrence = codePoints.merge(c, 1, Integer::sum);
                parts.add(new InlineText.Code(InlineText.CodeKind.ISOLATED,
                        number("cp " + Integer.toHexString(c) + " " + occurrence, ids), CODE_POINT,
                        String.format("<cp hex=\"%04X\"/>", c)));
                start = next;
            }
            i = next;
        }
        if (start < text.length()) {
            parts.add(new InlineText.Text(text.substring(start)));
        }
    }

    private static boolean allowedInXml(int c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }

    /** The character a code-point placeholder stands for, or -1 when its data is not {@code <cp hex="..."/>}. */
    static int codePoint(String data) {
        java.util.regex.Matcher hex = CODE_POINT_DATA.matcher(data);
        return hex.matches() ? Integer.parseInt(hex.group(1), 16) : -1;
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
