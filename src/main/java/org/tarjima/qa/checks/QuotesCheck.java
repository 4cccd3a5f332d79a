package org.tarjima.qa.checks;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.tarjima.qa.QaCheck;
import org.tarjima.qa.QaFinding;
import org.tarjima.qa.QaSubject;
import org.tarjima.qa.Severity;
import org.tarjima.qa.TextEdits;

/**
 * Quotation marks as the target language writes them. CLDR says « » (nested „ “) for ru, kk, ky and “ ” for tg,
 * tk, uz, uz-Cyrl; practice writes « » in Tajik and Uzbek Cyrillic, and Uzbek Latin takes either. Straight quotes
 * (") in a target are a typewriter habit or a copy of the English source; quotes of another language (“ ” in
 * Russian) are a copy too. Both are warnings with a fix that puts the language's own marks in, nested ones as the
 * alternate pair. A " right after a digit is inches, not a quote.
 */
@Component
public class QuotesCheck implements QaCheck {

    /** Where practice prefers other marks than CLDR's primary ones: open, close, nested open, nested close. */
    private static final Map<String, List<String>> PREFERRED = Map.of(
            "tg", List.of("«", "»", "„", "“"),
            "uz-Cyrl", List.of("«", "»", "„", "“"));
    /** Pairs of marks (open, close) a language accepts besides its preferred and CLDR's ones. */
    private static final Map<String, List<String>> ALSO_ACCEPTED = Map.of("uz", List.of("«", "»"));
    private static final String TYPOGRAPHIC = "«»„“”‹›";

    @Override
    public String id() {
        return "quotes";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public List<QaFinding> check(QaSubject subject) {
        String target = subject.targetText();
        if (target.isBlank()) {
            return List.of();
        }
        LocaleFacts facts = LocaleFacts.of(subject.targetLocale());
        List<String> marks = marks(subject.targetLocale(), facts);
        if (marks.get(0).equals("\"")) {
            return List.of();
        }
        // Which marks may open and which may close: in Russian “ only closes a „, so “Гармония” is English quoting.
        Set<Character> openers = new HashSet<>(List.of(marks.get(0).charAt(0), marks.get(2).charAt(0),
                facts.quoteStart().charAt(0), facts.altQuoteStart().charAt(0)));
        Set<Character> closers = new HashSet<>(List.of(marks.get(1).charAt(0), marks.get(3).charAt(0),
                facts.quoteEnd().charAt(0), facts.altQuoteEnd().charAt(0)));
        List<String> also = ALSO_ACCEPTED.getOrDefault(subject.targetLocale(), List.of());
        for (int i = 0; i + 1 < also.size(); i += 2) {
            openers.add(also.get(i).charAt(0));
            closers.add(also.get(i + 1).charAt(0));
        }
        List<Integer> straight = new ArrayList<>();
        List<Integer> foreign = new ArrayList<>();
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            if (c == '"' && !(i > 0 && Character.isDigit(target.charAt(i - 1)))) {
                straight.add(i);
            } else if (TYPOGRAPHIC.indexOf(c) >= 0 && !(opens(target, i) ? openers : closers).contains(c)) {
                foreign.add(i);
            }
        }
        if (straight.isEmpty() && foreign.isEmpty()) {
            return List.of();
        }
        List<Integer> wrong = new ArrayList<>(straight);
        wrong.addAll(foreign);
        QaFinding.Fix fix = new QaFinding.Fix("qa.fix.quotes", List.of(marks.get(0) + "…" + marks.get(1)),
                TextEdits.apply(subject.target(), fixes(target, wrong, marks)));
        List<QaFinding> findings = new ArrayList<>();
        if (!straight.isEmpty()) {
            findings.add(QaFinding.of(this, Severity.WARNING, "straight", straight.get(0), straight.get(0) + 1,
                    marks.get(0) + "…" + marks.get(1)).withFix(fix));
        }
        if (!foreign.isEmpty()) {
            int at = foreign.get(0);
            findings.add(QaFinding.of(this, Severity.WARNING, "foreign", at, at + 1, String.valueOf(target.charAt(at)),
                    marks.get(0) + "…" + marks.get(1)).withFix(fix));
        }
        return findings;
    }

    /** The preferred open, close, nested open and nested close marks of a locale. */
    static List<String> marks(String locale, LocaleFacts facts) {
        List<String> preferred = PREFERRED.get(locale);
        if (preferred != null) {
            return preferred;
        }
        return List.of(facts.quoteStart(), facts.quoteEnd(), facts.altQuoteStart(), facts.altQuoteEnd());
    }

    /** Each wrong mark replaced by the right one, opening or closing by where it stands, nested ones alternate. */
    private static List<TextEdits.Edit> fixes(String text, List<Integer> wrong, List<String> marks) {
        List<TextEdits.Edit> edits = new ArrayList<>();
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean isWrong = wrong.contains(i);
            boolean isQuote = isWrong || c == marks.get(0).charAt(0) || c == marks.get(1).charAt(0)
                    || c == marks.get(2).charAt(0) || c == marks.get(3).charAt(0);
            if (!isQuote) {
                continue;
            }
            boolean opening = isWrong ? opens(text, i) : c == marks.get(0).charAt(0) || c == marks.get(2).charAt(0)
                    && !(c == marks.get(3).charAt(0) && depth > 0);
            String replacement;
            if (opening) {
                replacement = depth == 0 ? marks.get(0) : marks.get(2);
                depth++;
            } else {
                depth = Math.max(0, depth - 1);
                replacement = depth == 0 ? marks.get(1) : marks.get(3);
            }
            if (isWrong) {
                edits.add(new TextEdits.Edit(i, i + 1, replacement));
            }
        }
        return edits;
    }

    /** Whether a mark opens a quotation: it stands before a word, after a space, a bracket or an opening mark. */
    private static boolean opens(String text, int i) {
        boolean lastOrBeforeSpace = i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1))
                || ".,;:!?)]}»›…".indexOf(text.charAt(i + 1)) >= 0;
        if (lastOrBeforeSpace) {
            return false;
        }
        return i == 0 || Character.isWhitespace(text.charAt(i - 1)) || "([{«„‹—–-/".indexOf(text.charAt(i - 1)) >= 0;
    }
}
