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
 * numbers, URLs and e-mail addresses, names and brands (every word capitalised or an acronym, "UNESCO", "iPhone
 * 15", "Tashkent City Mall"), and whatever the project allows.
 */
@Component
public class IdenticalCheck implements QaCheck {

    private static final Pattern NO_LETTERS = Pattern.compile("[^\\p{L}]*");
    private static final Pattern URL_OR_EMAIL = Pattern.compile("\\s*(?:(?:https?://|www\\.)\\S+|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+)\\s*",
            Pattern.CASE_INSENSITIVE);
    /** A word that is a name: capitalised, an acronym, a camel-case brand, or a code with digits. */
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}'’.&-]*|\\p{Ll}+\\p{Lu}[\\p{L}]*|[\\p{L}]*\\d[\\p{L}\\d-]*");
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
        for (String word : words) {
            String bare = word.replaceAll("[.]+$", "");
            if (!bare.isEmpty() && !NAME_WORD.matcher(bare).matches() && !LINK_WORDS.matcher(bare).matches()) {
                return false;
            }
        }
        return true;
    }
}
