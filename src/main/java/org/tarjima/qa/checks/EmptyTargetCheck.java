package org.tarjima.qa.checks;

import java.util.List;
import org.springframework.stereotype.Component;
import org.tarjima.qa.QaCheck;
import org.tarjima.qa.QaFinding;
import org.tarjima.qa.QaSubject;
import org.tarjima.qa.Severity;

/** A confirmed target with no text (it can arrive that way from a vendor's file) is a hole in the document. */
@Component
public class EmptyTargetCheck implements QaCheck {

    @Override
    public String id() {
        return "empty";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public List<QaFinding> check(QaSubject subject) {
        if (subject.confirmed() && subject.targetText().isBlank() && !subject.sourceText().isBlank()) {
            return List.of(QaFinding.of(this, Severity.ERROR, null, -1, -1));
        }
        return List.of();
    }
}
