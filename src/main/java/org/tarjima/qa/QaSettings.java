package org.tarjima.qa;

import java.util.Set;

/**
 * Settings that shape the checks for one document.
 *
 * @param lengthLimit      the most characters a target may have (e.g. a UI string or a tweet), or null for none
 * @param identicalAllowed texts of the project that may stay untranslated (names, brands), compared exactly
 */
public record QaSettings(Integer lengthLimit, Set<String> identicalAllowed) {

    /** The longest text a project may allow to stay untranslated; matches the schema. */
    public static final int ALLOWED_TEXT_MAX_LENGTH = 500;

    public QaSettings {
        identicalAllowed = Set.copyOf(identicalAllowed);
    }

    public static QaSettings none() {
        return new QaSettings(null, Set.of());
    }
}
