package org.tarjima.translation;

/** A state change the workflow does not allow, e.g. confirming an empty target. */
public class IllegalTransitionException extends RuntimeException {

    private final String messageKey;

    public IllegalTransitionException(String messageKey, String message) {
        super(message);
        this.messageKey = messageKey;
    }

    /** Key of the UI message that explains the refusal. */
    public String messageKey() {
        return messageKey;
    }
}
