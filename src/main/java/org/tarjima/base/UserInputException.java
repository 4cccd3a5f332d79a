package org.tarjima.base;

import org.tarjima.base.i18n.HasUserMessage;
import org.tarjima.base.i18n.Message;

/**
 * Input that cannot be carried out as given (a user name taken, a password too short, a comment too long). It
 * carries a message key and arguments so that the UI can say it in the user's language; the English message is for
 * logs and the API, which treats it as any bad argument unless a subclass is mapped otherwise.
 */
public class UserInputException extends IllegalArgumentException implements HasUserMessage {

    private final String messageKey;
    private final transient Object[] arguments;

    public UserInputException(String messageKey, String message, Object... arguments) {
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

    @Override
    public Message userMessage() {
        return Message.of(messageKey, arguments);
    }
}
