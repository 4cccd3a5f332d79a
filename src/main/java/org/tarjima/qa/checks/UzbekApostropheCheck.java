package org.tarjima.qa.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.tarjima.qa.QaCheck;
import org.tarjima.qa.QaFinding;
import org.tarjima.qa.QaSubject;
import org.tarjima.qa.Severity;
import org.tarjima.qa.TextEdits;

/**
 * Uzbek Latin writes oʻ and gʻ with the turned comma U+02BB (ʻ) and the tutuq belgisi (maʼno, taʼlim) with the
 * apostrophe U+02BC (ʼ). Typed ' ` ‘ ’ look alike but break search, sorting and ICU word counts (a backtick splits a
 * word in two). Each wrong mark is a warning with the fix. A word-final g' ("bog'", "tog'") counts unless a single
 * quote was opened before it, when the mark is that quote's end.
 */
@Component
public class UzbekApostropheCheck implements QaCheck {

    static final char TURNED_COMMA = '\u02BB';
    static final char APOSTROPHE = '\u02BC';
    private static final String LOOK_ALIKES = "'`‘’´ʼʻ";
    private static final Pattern MARK = Pattern.compile("(?<=\\p{L})([" + LOOK_ALIKES + "])");

    @Override
    public String id() {
        return "uzApostrophe";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public List<QaFinding> check(QaSubject subject) {
        LocaleFacts facts = LocaleFacts.of(subject.targetLocale());
        String target = subject.targetText();
        if (!facts.language().equals("uz") || facts.isCyrillic() || target.isBlank()) {
            return List.of();
        }
        List<QaFinding> findings = new ArrayList<>();
        Matcher marks = MARK.matcher(target);
        while (marks.find()) {
            int at = marks.start(1);
            char mark = target.charAt(at);
            char before = Character.toLowerCase(target.charAt(at - 1));
            boolean letterAfter = at + 1 < target.length() && Character.isLetter(target.charAt(at + 1));
            char right;
            if (before == 'o' || before == 'g') {
                if (!letterAfter && (before == 'o' || singleQuoteOpenBefore(target, at))) {
                    continue;
                }
                right = TURNED_COMMA;
            } else if (letterAfter) {
                right = APOSTROPHE;
            } else {
                continue;
            }
            if (mark == right) {
                continue;
            }
            int start = wordStart(target, at);
            int end = wordEnd(target, at);
            String word = target.substring(start, end);
            String fixed = word.substring(0, at - start) + right + word.substring(at - start + 1);
            findings.add(QaFinding.of(this, Severity.WARNING, right == TURNED_COMMA ? "turnedComma" : "apostrophe",
                    at, at + 1, word, fixed)
                    .withFix(new QaFinding.Fix("qa.fix.replace", List.of(word, fixed),
                            TextEdits.apply(subject.target(), new TextEdits.Edit(at, at + 1, String.valueOf(right))))));
        }
        return findings;
    }

    private static boolean singleQuoteOpenBefore(String text, int at) {
        for (int i = at - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if ((c == '\'' || c == '‘') && (i == 0 || Character.isWhitespace(text.charAt(i - 1)))) {
                return true;
            }
        }
        return false;
    }

    private static int wordStart(String text, int at) {
        int i = at;
        while (i > 0 && (Character.isLetter(text.charAt(i - 1)) || LOOK_ALIKES.indexOf(text.charAt(i - 1)) >= 0)) {
            i--;
        }
        return i;
    }

    private static int wordEnd(String text, int at) {
        int i = at + 1;
        while (i < text.length() && (Character.isLetter(text.charAt(i)) || LOOK_ALIKES.indexOf(text.charAt(i)) >= 0)) {
            i++;
        }
        return i;
    }
}
