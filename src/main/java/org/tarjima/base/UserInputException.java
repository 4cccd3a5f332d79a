package org.tarjima.base;

/**
 * Input that cannot be carried out as given (a user name taken, a password too short, a comment too long). It
 * carries a message key and arguments so that the UI can say it in the user's language; the English message is for
 * logs and the API, which treats it as any bad argument unless a subclass is mapped otherwise.
 */
public class UserInputException extends IllegalArgumentException {

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
}
