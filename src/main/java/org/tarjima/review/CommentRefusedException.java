package org.tarjima.review;

/** A comment that cannot be stored as written (empty, too long, or with a character no XML file can carry). */
public class CommentRefusedException extends IllegalArgumentException {

    private final String messageKey;
    private final transient Object[] arguments;

    CommentRefusedException(String messageKey, String message, Object... arguments) {
        super(message);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    /** Key of the UI message that says what to change. */
    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
