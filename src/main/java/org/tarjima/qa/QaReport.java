package org.tarjima.qa;

import java.util.List;

/** The findings of one document in one locale, in document order. */
public record QaReport(long documentId, String locale, int checkedSegments, List<QaResult> results) {

    public QaReport {
        results = List.copyOf(results);
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
