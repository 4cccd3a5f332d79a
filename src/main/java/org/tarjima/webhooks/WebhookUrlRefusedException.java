package org.tarjima.webhooks;

import org.tarjima.base.UserInputException;

/** A webhook URL that will not be called: not http(s), unresolvable, or pointing into the server's own networks. */
public class WebhookUrlRefusedException extends UserInputException {

    public WebhookUrlRefusedException(String messageKey, String message, Object... arguments) {
        super(messageKey, message, arguments);
    }
}
