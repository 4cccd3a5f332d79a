package org.tarjima.review;

/** A sign-off the locale is not ready for; the message key explains why in the UI. */
public class SignOffRefusedException extends RuntimeException {

    private final String messageKey;
    private final int notApproved;

    SignOffRefusedException(String message, int notApproved) {
        super(message);
        this.messageKey = "review.signOffRefused";
        this.notApproved = notApproved;
    }

    public String messageKey() {
        return messageKey;
    }

    /** How many segments of the locale are not approved yet. */
    public int notApproved() {
        return notApproved;
    }
}
