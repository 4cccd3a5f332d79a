package org.tarjima.qa.checks;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.tarjima.qa.QaCheck;
import org.tarjima.qa.QaFinding;
import org.tarjima.qa.QaSubject;
import org.tarjima.qa.Severity;

/**
 * A sentence ends the way its source ends: a statement with a full stop, a question with a question mark, a
 * heading with nothing. Closing quotes and brackets around the mark do not matter (English puts the full stop inside
 * the quotes, Russian after the «»), "..." and "…" are one mark, and a target that ends in an abbreviation's point
 * ("4 декабря 2020 г.", "2020 ж.") may do so where the source has no full stop.
 */
@Component
public class EndPunctuationCheck implements QaCheck {

    private static final String MARKS = ".!?:;…";
    private static final Pattern TAIL = Pattern.compile("[.!?:;…\\p{Pe}\\p{Pf}\"'»”’“›)\\]}\\s]*$");
    /** A short lower-case word with a point: an abbreviation such as г., гг., ж., y., etc. */
    private static final Pattern ABBREVIATION_END = Pattern.compile("(?:^|[\\s\\d])\\p{Ll}{1,3}\\.$");

    @Override
    public String id() {
        return "punctuation";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public List<QaFinding> check(QaSubject subject) {
        String source = subject.sourceText().strip();
        String target = subject.targetText().strip();
        if (target.isEmpty() || source.isEmpty()) {
            return List.of();
        }
        Set<Character> sourceMarks = marks(source);
        Set<Character> targetMarks = marks(target);
        if (sourceMarks.equals(targetMarks)) {
            return List.of();
        }
        if (sourceMarks.isEmpty() && targetMarks.equals(Set.of('.')) && ABBREVIATION_END.matcher(target).find()) {
            return List.of();
        }
        int end = subject.targetText().stripTrailing().length();
        Matcher tail = TAIL.matcher(subject.targetText().stripTrailing());
        int start = tail.find() ? tail.start() : end;
        String variant = targetMarks.isEmpty() ? "missing" : sourceMarks.isEmpty() ? "extra" : "different";
        return List.of(QaFinding.of(this, Severity.WARNING, variant, start, end, show(sourceMarks), show(targetMarks)));
    }

    private static Set<Character> marks(String text) {
        Matcher tail = TAIL.matcher(text.replace("...", "…"));
        Set<Character> marks = new TreeSet<>();
        if (tail.find()) {
            for (char c : tail.group().toCharArray()) {
                if (MARKS.indexOf(c) >= 0) {
                    marks.add(c);
                }
            }
        }
        return marks;
    }

    private static String show(Set<Character> marks) {
        StringBuilder out = new StringBuilder();
        marks.forEach(out::append);
        return out.toString();
    }
}
