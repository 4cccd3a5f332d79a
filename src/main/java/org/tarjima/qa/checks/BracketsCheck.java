package org.tarjima.qa.checks;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.tarjima.qa.QaCheck;
import org.tarjima.qa.QaFinding;
import org.tarjima.qa.QaSubject;
import org.tarjima.qa.Severity;

/**
 * Brackets and quotation marks come in pairs. Which quote closes which depends on the language (CLDR's
 * delimiters): in Russian „ is closed by “, in English “ opens and ” closes. Only a target that breaks pairs its
 * source keeps is reported: a segment can be one sentence of a longer quotation, and then the source is unbalanced
 * too. Single quotes are left alone, they double as apostrophes.
 */
@Component
public class BracketsCheck implements QaCheck {

    @Override
    public String id() {
        return "brackets";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public List<QaFinding> check(QaSubject subject) {
        String target = subject.targetText();
        if (target.isBlank() || !unbalanced(subject.sourceText(), LocaleFacts.of(subject.sourceLocale())).isEmpty()) {
            return List.of();
        }
        List<QaFinding> findings = new ArrayList<>();
        for (int offset : unbalanced(target, LocaleFacts.of(subject.targetLocale()))) {
            findings.add(QaFinding.of(this, Severity.WARNING, null, offset, offset + 1, String.valueOf(target.charAt(offset))));
        }
        return findings;
    }

    /** Offsets of marks without their partner. */
    static List<Integer> unbalanced(String text, LocaleFacts facts) {
        Map<Character, String> closers = closers(facts);
        List<Integer> problems = new ArrayList<>();
        Deque<Integer> open = new ArrayDeque<>();
        int straight = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                straight = straight < 0 ? i : -1;
                continue;
            }
            boolean closes = closers.values().stream().anyMatch(s -> s.indexOf(c) >= 0);
            if (closes && !open.isEmpty() && closers.get(text.charAt(open.peek())).indexOf(c) >= 0) {
                open.pop();
            } else if (closers.containsKey(c)) {
                open.push(i);
            } else if (closes) {
                problems.add(i);
            }
        }
        problems.addAll(open);
        if (straight >= 0) {
            problems.add(straight);
        }
        problems.sort(Integer::compare);
        return problems;
    }

    private static Map<Character, String> closers(LocaleFacts facts) {
        Map<Character, String> closers = new HashMap<>();
        closers.put('(', ")");
        closers.put('[', "]");
        closers.put('{', "}");
        closers.put('«', "»");
        closers.put('‹', "›");
        closers.put('„', "“”");
        boolean leftQuoteCloses = facts.quoteEnd().equals("“") || facts.altQuoteEnd().equals("“");
        if (!leftQuoteCloses) {
            closers.put('“', "”");
        }
        return closers;
    }
}
