package org.tarjima.glossary;

/**
 * A glossary change the user has to fix: a message key (with arguments) for the UI in the user's language, and an
 * English message for logs and the API. An {@link IllegalArgumentException}, so the API answers 400.
 */
public class GlossaryException extends IllegalArgumentException {

    private final String messageKey;
    private final transient Object[] arguments;

    public GlossaryException(String messageKey, String message, Object... arguments) {
        super(message);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
