package org.tarjima.interchange.xliff;

import org.tarjima.base.i18n.Message;
import org.tarjima.interchange.InterchangeException;
import java.util.List;

/**
 * An XLIFF file with translations that names no target language, for a project with several target locales: the
 * person importing it has to say which locale the translations are (the UI asks; the API takes {@code targetLocale}).
 * Guessing would put them in the wrong language; dropping them would lose a vendor's work.
 */
public class TargetLocaleNeededException extends InterchangeException {

    private final List<String> choices;

    public TargetLocaleNeededException(List<String> choices) {
        super(Message.of("refusal.targetLocaleNeeded", String.join(", ", choices)), "The file has translations but names no"
                + " target language, and the project translates into several ("
                + String.join(", ", choices) + "). Say which one the translations are (targetLocale), and import it again.");
        this.choices = List.copyOf(choices);
    }

    /** The project's target locales to choose from. */
    public List<String> choices() {
        return choices;
    }
}
