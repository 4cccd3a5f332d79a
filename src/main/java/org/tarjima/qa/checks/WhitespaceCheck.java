package org.tarjima.qa.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tarjima.qa.QaCheck;
import org.tarjima.qa.QaFinding;
import org.tarjima.qa.QaSubject;
import org.tarjima.qa.Severity;
import org.tarjima.qa.TextEdits;
import org.springframework.stereotype.Component;

/**
 * Leading and trailing whitespace carry layout (a segment glued to the next one), so the target keeps the source's;
 * two spaces in a row are a typing slip unless the source has them too. No-break spaces count as spaces here:
 * "5 %" with a no-break space is the target language's typography, not a double space.
 */
@Component
public class WhitespaceCheck implements QaCheck {

    private static final Pattern LEADING = Pattern.compile("^\\s*", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern TRAILING = Pattern.compile("\\s*$", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern DOUBLE = Pattern.compile("[ \\u00A0\\u202F]{2,}");

    @Override
    public String id() {
        return "whitespace";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public List<QaFinding> check(QaSubject subject) {
        String source = subject.sourceText();
        String target = subject.targetText();
        if (target.isBlank()) {
            return List.of();
        }
        List<QaFinding> findings = new ArrayList<>();
        String sourceLead = lead(source);
        String targetLead = lead(target);
        if (!sameSpace(sourceLead, targetLead)) {
            findings.add(QaFinding.of(this, Severity.WARNING, "leading", 0, targetLead.length())
                    .withFix(new QaFinding.Fix("qa.fix.whitespace", List.of(),
                            TextEdits.apply(subject.target(), new TextEdits.Edit(0, targetLead.length(), sourceLead)))));
        }
        String sourceTrail = trail(source);
        String targetTrail = trail(target);
        if (!sameSpace(sourceTrail, targetTrail)) {
            int start = target.length() - targetTrail.length();
            findings.add(QaFinding.of(this, Severity.WARNING, "trailing", start, target.length())
                    .withFix(new QaFinding.Fix("qa.fix.whitespace", List.of(),
                            TextEdits.apply(subject.target(), new TextEdits.Edit(start, target.length(), sourceTrail)))));
        }
        if (!DOUBLE.matcher(source.strip()).find()) {
            String inner = target.substring(targetLead.length(), target.length() - targetTrail.length());
            Matcher doubles = DOUBLE.matcher(inner);
            List<TextEdits.Edit> edits = new ArrayList<>();
            int first = -1;
            int firstEnd = -1;
            while (doubles.find()) {
                int start = targetLead.length() + doubles.start();
                int end = targetLead.length() + doubles.end();
                if (first < 0) {
                    first = start;
                    firstEnd = end;
                }
                // Keep a no-break space if the run has one: it was typed on purpose.
                String keep = doubles.group().contains("\u00A0") ? "\u00A0" : doubles.group().contains("\u202F") ? "\u202F" : " ";
                edits.add(new TextEdits.Edit(start, end, keep));
            }
            if (first >= 0) {
                findings.add(QaFinding.of(this, Severity.WARNING, "double", first, firstEnd)
                        .withFix(new QaFinding.Fix("qa.fix.whitespace", List.of(), TextEdits.apply(subject.target(), edits))));
            }
        }
        return findings;
    }

    private static String lead(String text) {
        Matcher m = LEADING.matcher(text);
        return m.find() ? m.group() : "";
    }

    private static String trail(String text) {
        Matcher m = TRAILING.matcher(text);
        return m.find() ? m.group() : "";
    }

    /** Whether two runs of whitespace lay out alike: both empty, or both with the same line breaks. */
    private static boolean sameSpace(String a, String b) {
        return a.isEmpty() == b.isEmpty() && a.chars().filter(c -> c == '\n').count() == b.chars().filter(c -> c == '\n').count();
    }
}
