package org.tarjima.qa;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Every {@link QaCheck} bean, run together on one subject. */
@Component
public class QaChecks {

    private static final Logger log = LoggerFactory.getLogger(QaChecks.class);

    private final List<QaCheck> checks;

    QaChecks(List<QaCheck> checks) {
        this.checks = checks.stream().sorted(Comparator.comparing(QaCheck::id)).toList();
    }

    public List<QaCheck> all() {
        return checks;
    }

    public Optional<QaCheck> find(String id) {
        return checks.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /**
     * The findings of every check, errors first. A check that fails is logged and skipped: one broken check must
     * not hide the others' findings or block a translator's typing.
     */
    public List<QaFinding> run(QaSubject subject) {
        List<QaFinding> findings = new ArrayList<>();
        for (QaCheck check : checks) {
            try {
                findings.addAll(check.check(subject));
            } catch (RuntimeException e) {
                log.error("QA check {} failed on segment {} ({})", check.id(), subject.segmentId(), subject.targetLocale(), e);
            }
        }
        findings.sort(Comparator.comparing(QaFinding::severity));
        return findings;
    }
}
