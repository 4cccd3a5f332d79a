package org.tarjima.qa.checks;

import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.tarjima.qa.QaCheck;
import org.tarjima.qa.QaFinding;
import org.tarjima.qa.QaSubject;
import org.tarjima.qa.Severity;

/**
 * A target identical to its source is usually an untranslated copy. Some texts stay the same in every language:
 * numbers, URLs and e-mail addresses, names and brands, and whatever the project allows. A name is an acronym, a
 * camel-case brand or a word with digits ("UNESCO", "iPhone", "COVID-19"), or up to three capitalised words
 * ("Tashkent City Mall"); a single capitalised word ("Outcomes") or a longer title-case heading is more likely an
 * untranslated copy, and the project's list takes the exceptions.
 */
@Component
public class IdenticalCheck implements QaCheck {

    private static final Pattern NO_LETTERS = Pattern.compile("[^\\p{L}]*");
    private static final Pattern URL_OR_EMAIL = Pattern.compile("\\s*(?:(?:https?://|www\\.)\\S+|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+)\\s*",
            Pattern.CASE_INSENSITIVE);
    /** A word that is a name in any position: an acronym, a camel-case brand, or a code with digits. */
    private static final Pattern STRONG_NAME = Pattern.compile("\\p{Lu}{2,}[\\p{Lu}\\d&.-]*(?:['’]s)?|\\p{L}+\\p{Lu}[\\p{L}]*|[\\p{L}]*\\d[\\p{L}\\d-]*");
    /** A capitalised word: part of a name when a few stand together. */
    private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}'’.&-]*");
    private static final int MAX_NAME_WORDS = 3;
    private static final Pattern LINK_WORDS = Pattern.compile("of|the|and|de|du|la|von|van|&|-|–");

    @Override
    public String id() {
        return "identical";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public List<QaFinding> check(QaSubject subject) {
        String source = subject.sourceText().strip();
        String target = subject.targetText().strip();
        if (target.isEmpty() || !target.equals(source) || allowed(source)
                || subject.settings().identicalAllowed().contains(source)) {
            return List.of();
        }
        return List.of(QaFinding.of(this, Severity.WARNING, null, 0, subject.targetText().length()));
    }

    static boolean allowed(String text) {
        if (NO_LETTERS.matcher(text).matches() || URL_OR_EMAIL.matcher(text).matches()) {
            return true;
        }
        String[] words = text.replaceAll("[\\p{P}&&[^'’&.-]]", " ").strip().split("\\s+");
        int capitalised = 0;
        boolean strong = false;
        for (String word : words) {
            String bare = word.replaceAll("[.]+$", "");
            if (bare.isEmpty() || LINK_WORDS.matcher(bare).matches()) {
                continue;
            }
            if (STRONG_NAME.matcher(bare).matches()) {
                strong = true;
            } else if (CAPITALISED.matcher(bare).matches()) {
                capitalised++;
            } else {
                return false;
            }
        }
        return capitalised == 0 ? strong : capitalised >= 2 - (strong ? 1 : 0) && capitalised <= MAX_NAME_WORDS;
    }
}
