package org.tarjima.qa;

import java.util.Optional;

/** A finding on one segment of a document, and its ignore mark if a person marked it ignored. */
public record QaResult(long segmentId, int ordinal, QaFinding finding, Optional<QaIgnore> ignored) {

    /** An ERROR, or a WARNING nobody ignored. */
    public boolean isOpen() {
        return ignored.isEmpty();
    }

    public boolean isOpenError() {
        return finding.severity() == Severity.ERROR;
    }
}
