package org.tarjima.interchange;

import org.tarjima.base.i18n.HasUserMessage;
import org.tarjima.base.i18n.Message;

/**
 * A file refused before anything changed. The project manager who sent it is told {@link #userMessage()} in their
 * language; the English message is for logs and the API.
 */
public class InterchangeException extends RuntimeException implements HasUserMessage {

    private final transient Message userMessage;

    public InterchangeException(Message userMessage, String message) {
        this(userMessage, message, null);
    }

    public InterchangeException(Message userMessage, String message, Throwable cause) {
        super(message, cause);
        this.userMessage = userMessage;
    }

    @Override
    public Message userMessage() {
        return userMessage;
    }
}
