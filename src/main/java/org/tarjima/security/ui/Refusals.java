package org.tarjima.security.ui;

import org.tarjima.base.i18n.Messages;
import org.tarjima.base.i18n.HasUserMessage;
import com.vaadin.flow.component.Component;
import org.tarjima.security.NotPermittedException;

/** What a refused request says to the user, in the UI language wherever the service gave a message key. */
final class Refusals {

    private Refusals() {
    }

    static String message(Component where, RuntimeException refusal) {
        if (refusal instanceof HasUserMessage refused) {
            return Messages.say(where, refused.userMessage());
        }
        if (refusal instanceof NotPermittedException refused) {
            return where.getTranslation(refused.messageKey(), refused.arguments());
        }
        // Only input the views never send gets here (e.g. a malformed locale tag); its English beats nothing.
        return refusal.getMessage();
    }
}
