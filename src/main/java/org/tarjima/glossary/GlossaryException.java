package org.tarjima.glossary;

import org.tarjima.base.UserInputException;

/**
 * A glossary change the user has to fix: a message key (with arguments) for the UI in the user's language, and an
 * English message for logs and the API. An {@link IllegalArgumentException}, so the API answers 400.
 */
public class GlossaryException extends UserInputException {

    public GlossaryException(String messageKey, String message, Object... arguments) {
        super(messageKey, message, arguments);
    }
}
