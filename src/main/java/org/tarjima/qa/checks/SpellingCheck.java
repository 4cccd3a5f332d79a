package org.tarjima.qa.checks;

import com.ibm.icu.lang.UCharacter;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.tarjima.qa.QaCheck;
import org.tarjima.qa.QaFinding;
import org.tarjima.qa.QaSubject;
import org.tarjima.qa.Severity;
import org.tarjima.spelling.SpellingService;

/**
 * A word the locale's spelling check does not know (a dictionary, the other script's dictionary, or the lexicon
 * learned from approved translations; see {@link SpellingService}). A warning: names and new words are often right,
 * and *Add to dictionary* settles them for the project. Suggestions are the editor's (right-click or Ctrl+.), not
 * this check's: searching them costs more than a typing pause allows for every word. A word that is also in the
 * source (a name, a brand, a heading left in English) is not reported.
 */
@Component
public class SpellingCheck implements QaCheck {

    private static final Pattern WORD_BREAKS = Pattern.compile("[^\\p{L}\\p{M}\\u02BB\\u02BC'’]+");

    private final SpellingService spelling;

    SpellingCheck(SpellingService spelling) {
        this.spelling = spelling;
    }

    @Override
    public String id() {
        return "spelling";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public List<QaFinding> check(QaSubject subject) {
        if (subject.target().isBlank()) {
            return List.of();
        }
        Set<String> sourceWords = WORD_BREAKS.splitAsStream(subject.sourceText()).filter(w -> !w.isEmpty())
                .map(w -> UCharacter.foldCase(w, true)).collect(Collectors.toSet());
        return spelling.check(subject.projectId(), subject.targetLocale(), subject.target(), sourceWords).stream()
                .map(m -> QaFinding.of(this, Severity.WARNING, null, m.start(), m.end(), m.word()))
                .toList();
    }
}
