package org.tarjima.memory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tarjima.base.text.InlineText;

/**
 * Carries a TM target over to the current segment: the codes of the TM unit's source are matched to the current
 * source's codes by position when both have the same codes in the same order of kinds, otherwise by kind and id;
 * a code of the TM target that matches none of the current ones is dropped (and counted), so an inserted match
 * never carries markup the segment does not define.
 */
public final class CodeMapping {

    private CodeMapping() {
    }

    /**
     * @param text    the TM target with the current source's codes
     * @param dropped codes of the TM target that had no counterpart in the current source
     * @param missing codes of the current source that the result does not carry
     */
    public record Adapted(InlineText text, int dropped, int missing) {
    }

    public static Adapted adapt(InlineText matchSource, InlineText matchTarget, InlineText currentSource) {
        List<InlineText.Code> from = matchSource.codes();
        List<InlineText.Code> to = currentSource.codes();
        Map<String, InlineText.Code> mapping = new HashMap<>();
        if (from.size() == to.size() && sameKinds(from, to)) {
            for (int i = 0; i < from.size(); i++) {
                mapping.put(key(from.get(i)), to.get(i));
            }
        } else {
            for (InlineText.Code code : from) {
                currentSource.findCode(code).ifPresent(current -> mapping.put(key(code), current));
            }
        }
        List<InlineText.Part> parts = new ArrayList<>();
        int dropped = 0;
        for (InlineText.Part part : matchTarget.parts()) {
            if (part instanceof InlineText.Code code) {
                InlineText.Code mapped = mapping.get(key(code));
                if (mapped == null) {
                    dropped++;
                } else {
                    parts.add(mapped);
                }
            } else {
                parts.add(part);
            }
        }
        InlineText text = new InlineText(parts).normalized();
        int missing = 0;
        for (InlineText.Code code : to) {
            if (text.findCode(code).isEmpty()) {
                missing++;
            }
        }
        return new Adapted(text, dropped, missing);
    }

    private static boolean sameKinds(List<InlineText.Code> a, List<InlineText.Code> b) {
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i).kind() != b.get(i).kind()) {
                return false;
            }
        }
        return true;
    }

    private static String key(InlineText.Code code) {
        return code.kind() + ":" + code.id();
    }
}
