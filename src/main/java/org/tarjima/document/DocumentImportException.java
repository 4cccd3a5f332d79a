package org.tarjima.document;

import org.tarjima.base.i18n.HasUserMessage;
import org.tarjima.base.i18n.Message;

/**
 * An import refused before anything changed. The person who uploaded the file is told {@link #userMessage()} in
 * their language; the English message is for logs and the API.
 */
public class DocumentImportException extends RuntimeException implements HasUserMessage {

    private final transient Message userMessage;

    public DocumentImportException(Message userMessage, String message) {
        this(userMessage, message, null);
    }

    public DocumentImportException(Message userMessage, String message, Throwable cause) {
        super(message, cause);
        this.userMessage = userMessage;
    }

    @Override
    public Message userMessage() {
        return userMessage;
    }
}
