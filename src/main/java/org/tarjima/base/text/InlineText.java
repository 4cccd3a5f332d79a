package org.tarjima.base.text;

import com.ibm.icu.text.Normalizer2;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Text with inline codes (bold, links, placeholders) kept as codes, never as editable text.
 * Codes are identified by kind and id; their original markup ({@code data}) comes from the source,
 * so a target can only ever carry codes that its source defines.
 */
public record InlineText(List<Part> parts) {

    public InlineText {
        parts = List.copyOf(parts);
    }

    public sealed interface Part permits Text, Code {
    }

    public record Text(String value) implements Part {
        public Text {
            Objects.requireNonNull(value);
        }
    }

    public enum CodeKind { OPEN, CLOSE, ISOLATED }

    /**
     * @param id   pairs an OPEN with its CLOSE; unique per kind within one segment
     * @param type what the code is for, e.g. {@code bold}, {@code link}, {@code x-placeholder}
     * @param data the original markup, e.g. {@code <b>} or {@code **}
     */
    public record Code(CodeKind kind, int id, String type, String data) implements Part {
        public Code {
            Objects.requireNonNull(kind);
            type = type == null ? "" : type;
            data = data == null ? "" : data;
        }

        public boolean sameCodeAs(Code other) {
            return kind == other.kind && id == other.id;
        }
    }

    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    public static InlineText empty() {
        return new InlineText(List.of());
    }

    public static InlineText of(String text) {
        return text.isEmpty() ? empty() : new InlineText(List.of(new Text(text)));
    }

    /** The text a reader sees, without codes. */
    public String plainText() {
        StringBuilder text = new StringBuilder();
        for (Part part : parts) {
            if (part instanceof Text t) {
                text.append(t.value());
            }
        }
        return text.toString();
    }

    public List<Code> codes() {
        return parts.stream().filter(Code.class::isInstance).map(Code.class::cast).toList();
    }

    public boolean isBlank() {
        return codes().isEmpty() && plainText().isBlank();
    }

    /**
     * Merges neighbouring text parts, drops empty ones and normalises text to NFC, so that equal
     * texts compare equal however they were typed or pasted.
     */
    public InlineText normalized() {
        List<Part> result = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        for (Part part : parts) {
            if (part instanceof Text t) {
                pending.append(t.value());
            } else {
                flush(pending, result);
                result.add(part);
            }
        }
        flush(pending, result);
        return new InlineText(result);
    }

    private static void flush(StringBuilder pending, List<Part> into) {
        if (!pending.isEmpty()) {
            into.add(new Text(NFC.normalize(pending)));
            pending.setLength(0);
        }
    }

    /**
     * This text with every code replaced by the source's definition of the same code; codes the
     * source does not define are dropped, so no markup can be smuggled in through a target.
     */
    public InlineText withCodesOf(InlineText source) {
        List<Part> result = new ArrayList<>();
        for (Part part : parts) {
            if (part instanceof Code code) {
                source.findCode(code).ifPresent(result::add);
            } else {
                result.add(part);
            }
        }
        return new InlineText(result).normalized();
    }

    public Optional<Code> findCode(Code like) {
        return codes().stream().filter(c -> c.sameCodeAs(like)).findFirst();
    }

    /** Whether this text carries the same codes as {@code other}, in any order. */
    public boolean hasSameCodesAs(InlineText other) {
        List<String> mine = codes().stream().map(c -> c.kind() + ":" + c.id()).sorted().toList();
        List<String> theirs = other.codes().stream().map(c -> c.kind() + ":" + c.id()).sorted().toList();
        return mine.equals(theirs);
    }
}
