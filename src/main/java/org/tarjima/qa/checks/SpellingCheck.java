package org.tarjima.qa.checks;

import java.util.List;
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
 * this check's: searching them costs more than a typing pause allows for every word.
 */
@Component
public class SpellingCheck implements QaCheck {

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
        return spelling.check(subject.projectId(), subject.targetLocale(), subject.target()).stream()
                .map(m -> QaFinding.of(this, Severity.WARNING, null, m.start(), m.end(), m.word()))
                .toList();
    }
}
