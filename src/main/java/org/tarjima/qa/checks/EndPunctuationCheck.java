package org.tarjima.qa.checks;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.ULocale;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
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
 * ("4 декабря 2020 г.", "2020 ж.") may do so where the source has no full stop: a short lower-case word, or whatever
 * the target locale's long date format ends with (ICU's "d MMMM y 'г'." for Russian), which is what the editor's
 * date helper inserts.
 */
@Component
public class EndPunctuationCheck implements QaCheck {

    private static final String MARKS = ".!?:;…";
    private static final Pattern TAIL = Pattern.compile("[.!?:;…\\p{Pe}\\p{Pf}\"'»”’“›)\\]}\\s]*$");
    /** A short lower-case word with a point: an abbreviation such as г., гг., ж., y., etc. */
    private static final Pattern ABBREVIATION_END = Pattern.compile("(?:^|[\\p{Z}\\s\\d])\\p{Ll}{1,3}\\.$");
    /** Closing quotes and brackets after an abbreviation: "(4 декабря 2020 г.)". */
    private static final Pattern CLOSERS = Pattern.compile("[\\p{Pe}\\p{Pf}\"'»”’›)\\]}\\s]*$");
    private static final Map<String, String> DATE_ENDINGS = new ConcurrentHashMap<>();

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
        if (sourceMarks.isEmpty() && targetMarks.equals(Set.of('.')) && endsWithAbbreviation(target, subject.targetLocale())) {
            return List.of();
        }
        int end = subject.targetText().stripTrailing().length();
        Matcher tail = TAIL.matcher(subject.targetText().stripTrailing());
        int start = tail.find() ? tail.start() : end;
        String variant = targetMarks.isEmpty() ? "missing" : sourceMarks.isEmpty() ? "extra" : "different";
        return List.of(QaFinding.of(this, Severity.WARNING, variant, start, end, show(sourceMarks), show(targetMarks)));
    }

    private static boolean endsWithAbbreviation(String target, String locale) {
        String body = CLOSERS.matcher(target).replaceFirst("");
        String dateEnding = DATE_ENDINGS.computeIfAbsent(locale, EndPunctuationCheck::dateEnding);
        return ABBREVIATION_END.matcher(body).find() || (dateEnding.endsWith(".") && body.endsWith(dateEnding)
                && (body.length() == dateEnding.length() || !Character.isLetter(body.charAt(body.length() - dateEnding.length() - 1))));
    }

    /** The literal text after the last field of the locale's long date format ("г." in Russian), or "". */
    static String dateEnding(String locale) {
        DateFormat format = DateFormat.getDateInstance(DateFormat.LONG, ULocale.forLanguageTag(locale));
        if (!(format instanceof SimpleDateFormat simple)) {
            return "";
        }
        // ICU's pattern syntax: ASCII letters are fields, text in '…' is literal ('' is a quote), the rest is literal.
        String pattern = simple.toPattern();
        StringBuilder ending = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') {
                    ending.append('\'');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (!quoted && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
                ending.setLength(0);
            } else {
                ending.append(c);
            }
        }
        // ICU puts a narrow no-break space before "г.": Java's strip() keeps it.
        return ending.toString().replaceAll("^[\\p{Z}\\s]+|[\\p{Z}\\s]+$", "");
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
