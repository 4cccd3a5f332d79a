package org.tarjima.qa.checks;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.tarjima.glossary.GlossaryService;
import org.tarjima.glossary.terms.TermHit;
import org.tarjima.glossary.TermTranslation;
import org.tarjima.qa.QaCheck;
import org.tarjima.qa.QaFinding;
import org.tarjima.qa.QaSubject;
import org.tarjima.qa.Severity;

/**
 * A glossary term found in the source whose approved translation (in any declared form or stem) is missing from the
 * target. A warning: the sentence may legitimately say it another way, which the reviewer judges.
 */
@Component
public class GlossaryTermCheck implements QaCheck {

    private final GlossaryService glossary;

    GlossaryTermCheck(GlossaryService glossary) {
        this.glossary = glossary;
    }

    @Override
    public String id() {
        return "glossaryTerm";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public List<QaFinding> check(QaSubject subject) {
        if (subject.projectId() == 0 || subject.targetText().isBlank()) {
            return List.of();
        }
        List<QaFinding> findings = new ArrayList<>();
        for (TermHit hit : glossary.hits(subject.projectId(), subject.sourceLocale(), subject.targetLocale(),
                subject.sourceText())) {
            if (!glossary.targetUses(hit, subject.targetText(), subject.targetLocale())) {
                String expected = hit.doNotTranslate() ? hit.sourceTerm() : hit.translations().stream()
                        .filter(t -> !t.forbidden() && t.locale().equals(subject.targetLocale()))
                        .map(TermTranslation::term).findFirst().orElse(hit.sourceTerm());
                findings.add(QaFinding.of(this, Severity.WARNING, null, -1, -1, hit.sourceTerm(), expected));
            }
        }
        return findings;
    }
}
