package org.tarjima.security;

/**
 * A request about users, roles or tokens that cannot be carried out as asked (a name taken, a password too
 * short). Like {@link NotPermittedException} it carries a message key and arguments so that the UI can say it in
 * the user's language; the English message is for logs and the API, which treats it as any bad argument.
 */
public class UserInputException extends IllegalArgumentException {

    private final String messageKey;
    private final transient Object[] arguments;

    UserInputException(String messageKey, String message, Object... arguments) {
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
