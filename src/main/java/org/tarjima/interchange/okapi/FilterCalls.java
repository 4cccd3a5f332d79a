package org.tarjima.interchange.okapi;

import org.tarjima.base.i18n.Message;
import java.util.function.Supplier;
import org.tarjima.interchange.InterchangeException;

/**
 * A call of one of Okapi's filters on an uploaded file. Whatever the filter throws on a file (its own OkapiException, or
 * a plain runtime exception on content it did not expect) is a refusal of the file with the reason, never a 500.
 */
final class FilterCalls {

    private FilterCalls() {
    }

    /** @param what the file as the person knows it ("The XLIFF file", "The TMX file") */
    static <T> T refusing(String what, Supplier<T> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            throw new InterchangeException(Message.of("refusal.unreadable", e.getMessage() == null
                    ? e.getClass().getSimpleName() : e.getMessage()),
                    what + " could not be read: " + (e.getMessage() == null
                    ? e.getClass().getSimpleName() : e.getMessage()), e);
        }
    }
}
