package org.tarjima.qa;

/** An ignore that is not allowed: errors must be fixed, and there must be a warning to ignore. */
public class QaIgnoreRefusedException extends RuntimeException {

    private final String messageKey;

    QaIgnoreRefusedException(String messageKey, String message) {
        super(message);
        this.messageKey = messageKey;
    }

    /** Bundle key of the reason, for the UI. */
    public String messageKey() {
        return messageKey;
    }
}
