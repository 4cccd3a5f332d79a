package org.tarjima.review;

/** A sign-off the locale is not ready for; the message key explains why in the UI. */
public class SignOffRefusedException extends RuntimeException {

    private final String messageKey;
    private final int notApproved;
    private final int qaErrors;

    SignOffRefusedException(String message, int notApproved) {
        this(message, "review.signOffRefused", notApproved, 0);
    }

    private SignOffRefusedException(String message, String messageKey, int notApproved, int qaErrors) {
        super(message);
        this.messageKey = messageKey;
        this.notApproved = notApproved;
        this.qaErrors = qaErrors;
    }

    /** Every segment is approved, but QA errors are open. */
    static SignOffRefusedException qaErrors(String message, int qaErrors) {
        return new SignOffRefusedException(message, "review.signOffRefusedQa", 0, qaErrors);
    }

    public String messageKey() {
        return messageKey;
    }

    /** How many segments of the locale are not approved yet. */
    public int notApproved() {
        return notApproved;
    }

    /** How many QA errors are open in the locale (0 when the refusal is about approval). */
    public int qaErrors() {
        return qaErrors;
    }
}
