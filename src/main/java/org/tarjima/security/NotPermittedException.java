package org.tarjima.security;

import org.springframework.security.access.AccessDeniedException;

/**
 * A call the signed-in user may not make. It carries a message key (and arguments) so that the UI can
 * say it in the user's language; the English message is for logs and the API.
 */
public class NotPermittedException extends AccessDeniedException {

    private final String messageKey;
    private final transient Object[] arguments;

    public NotPermittedException(String messageKey, String message, Object... arguments) {
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
