package org.tarjima.security.ui;

import org.tarjima.base.i18n.Messages;
import org.tarjima.base.i18n.HasUserMessage;
import com.vaadin.flow.component.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tarjima.security.NotPermittedException;

/** What a refused request says to the user, in the UI language wherever the service gave a message key. */
final class Refusals {

    private static final Logger log = LoggerFactory.getLogger(Refusals.class);

    private Refusals() {
    }

    static String message(Component where, RuntimeException refusal) {
        if (refusal instanceof HasUserMessage refused) {
            return Messages.say(where, refused.userMessage());
        }
        if (refusal instanceof NotPermittedException refused) {
            return where.getTranslation(refused.messageKey(), refused.arguments());
        }
        // Only input the views never send gets here; its English message is for the log, not for the user.
        log.info("Refused without a message key: {}", refusal.getMessage());
        return where.getTranslation("error.inputRefused");
    }
}
