package org.tarjima.qa.checks;

import java.util.List;
import org.springframework.stereotype.Component;
import org.tarjima.glossary.terms.ForbiddenUse;
import org.tarjima.glossary.GlossaryService;
import org.tarjima.qa.QaCheck;
import org.tarjima.qa.QaFinding;
import org.tarjima.qa.QaSubject;
import org.tarjima.qa.Severity;

/** A term the glossary forbids in this language appears in the target: an error, with the approved alternative. */
@Component
public class ForbiddenTermCheck implements QaCheck {

    private final GlossaryService glossary;

    ForbiddenTermCheck(GlossaryService glossary) {
        this.glossary = glossary;
    }

    @Override
    public String id() {
        return "forbiddenTerm";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public List<QaFinding> check(QaSubject subject) {
        if (subject.projectId() == 0 || subject.targetText().isBlank()) {
            return List.of();
        }
        return glossary.forbiddenIn(subject.targetText(), subject.projectId(), subject.targetLocale()).stream()
                .map(use -> QaFinding.of(this, Severity.ERROR, null, use.start(), use.end(), use.found(),
                        alternative(use)))
                .toList();
    }

    private static String alternative(ForbiddenUse use) {
        return use.alternatives().isEmpty() ? "—" : String.join(", ", use.alternatives());
    }
}
