package org.tarjima.qa.checks;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;
import org.tarjima.base.text.InlineText;
import org.tarjima.base.text.InlineText.Code;
import org.tarjima.base.text.InlineText.CodeKind;
import org.tarjima.qa.QaCheck;
import org.tarjima.qa.QaFinding;
import org.tarjima.qa.QaSubject;
import org.tarjima.qa.Severity;

/**
 * Inline codes (bold, links, placeholders) must all come back, each once. Word order may move a pair or an isolated
 * code anywhere, but a pair must still open before it closes and pairs must nest, or the markup breaks; a pair that
 * moved out of (or into) another pair changes the formatting and is worth a look.
 */
@Component
public class InlineCodesCheck implements QaCheck {

    @Override
    public String id() {
        return "codes";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public List<QaFinding> check(QaSubject subject) {
        if (subject.target().isBlank()) {
            return List.of();
        }
        List<QaFinding> findings = new ArrayList<>();
        List<Placed> target = placed(subject.target());
        Map<String, Integer> expected = new HashMap<>();
        subject.source().codes().forEach(code -> expected.merge(key(code), 1, Integer::sum));
        Map<String, Integer> actual = new HashMap<>();
        target.forEach(p -> actual.merge(key(p.code), 1, Integer::sum));
        for (Code code : subject.source().codes()) {
            if (actual.getOrDefault(key(code), 0) < expected.get(key(code))) {
                findings.add(QaFinding.of(this, Severity.ERROR, "missing", -1, -1, marker(code)));
                actual.merge(key(code), 1, Integer::sum);
            }
        }
        Map<String, Integer> seen = new HashMap<>();
        for (Placed p : target) {
            int count = seen.merge(key(p.code), 1, Integer::sum);
            if (count > expected.getOrDefault(key(p.code), 0)) {
                findings.add(QaFinding.of(this, Severity.ERROR, "extra", p.offset, p.offset, marker(p.code)));
            }
        }
        if (findings.isEmpty()) {
            findings.addAll(structure(subject.source(), target));
        }
        return findings;
    }

    /** Pairs open before they close and nest; a pair keeps the pair that encloses it in the source. */
    private List<QaFinding> structure(InlineText source, List<Placed> target) {
        List<QaFinding> findings = new ArrayList<>();
        Deque<Placed> open = new ArrayDeque<>();
        Map<Integer, Integer> targetParents = new HashMap<>();
        for (Placed p : target) {
            if (p.code.kind() == CodeKind.OPEN) {
                targetParents.put(p.code.id(), open.isEmpty() ? null : open.peek().code.id());
                open.push(p);
            } else if (p.code.kind() == CodeKind.CLOSE) {
                if (open.stream().noneMatch(o -> o.code.id() == p.code.id())) {
                    findings.add(QaFinding.of(this, Severity.ERROR, "order", p.offset, p.offset, marker(p.code)));
                } else if (open.peek().code.id() != p.code.id()) {
                    findings.add(QaFinding.of(this, Severity.ERROR, "overlap", p.offset, p.offset,
                            marker(open.peek().code), marker(p.code)));
                    open.removeIf(o -> o.code.id() == p.code.id());
                } else {
                    open.pop();
                }
            }
        }
        if (!findings.isEmpty()) {
            return findings;
        }
        Map<Integer, Integer> sourceParents = parents(source);
        for (Placed p : target) {
            if (p.code.kind() == CodeKind.OPEN && sourceParents.containsKey(p.code.id())
                    && !Objects.equals(sourceParents.get(p.code.id()), targetParents.get(p.code.id()))) {
                findings.add(QaFinding.of(this, Severity.WARNING, "nesting", p.offset, p.offset, marker(p.code)));
            }
        }
        return findings;
    }

    private static Map<Integer, Integer> parents(InlineText text) {
        Map<Integer, Integer> parents = new HashMap<>();
        Deque<Integer> open = new ArrayDeque<>();
        for (Code code : text.codes()) {
            if (code.kind() == CodeKind.OPEN) {
                parents.put(code.id(), open.peek());
                open.push(code.id());
            } else if (code.kind() == CodeKind.CLOSE) {
                open.remove(code.id());
            }
        }
        return parents;
    }

    private record Placed(Code code, int offset) {
    }

    private static List<Placed> placed(InlineText text) {
        List<Placed> placed = new ArrayList<>();
        int offset = 0;
        for (InlineText.Part part : text.parts()) {
            if (part instanceof InlineText.Text t) {
                offset += t.value().length();
            } else {
                placed.add(new Placed((Code) part, offset));
            }
        }
        return placed;
    }

    private static String key(Code code) {
        return code.kind() + ":" + code.id();
    }

    /** The code as the API writes it, which the editor's chips also show: {@code <1>}, {@code </1>}, {@code <2/>}. */
    static String marker(Code code) {
        return switch (code.kind()) {
            case OPEN -> "<" + code.id() + ">";
            case CLOSE -> "</" + code.id() + ">";
            case ISOLATED -> "<" + code.id() + "/>";
        };
    }
}
