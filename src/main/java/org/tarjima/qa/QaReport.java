package org.tarjima.qa;

import java.util.List;
import java.util.Map;

/**
 * The findings of one document in one locale, in document order.
 *
 * @param targets the plain text of each target that has findings, by segment id, to show them in context
 */
public record QaReport(long documentId, String locale, int checkedSegments, List<QaResult> results,
                       Map<Long, String> targets) {

    public QaReport {
        results = List.copyOf(results);
        targets = Map.copyOf(targets);
    }

    /** Errors, which block the sign-off (they cannot be ignored). */
    public int errors() {
        return (int) results.stream().filter(QaResult::isOpenError).count();
    }

    /** Warnings nobody has ignored. */
    public int openWarnings() {
        return (int) results.stream().filter(r -> r.finding().severity() == Severity.WARNING && r.isOpen()).count();
    }

    public int ignored() {
        return (int) results.stream().filter(r -> !r.isOpen()).count();
    }
}
