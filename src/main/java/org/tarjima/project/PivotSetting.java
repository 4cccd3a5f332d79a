package org.tarjima.project;

import java.util.List;
import java.util.Optional;

/**
 * Which target locale's translation the editor shows beside the source when translating into the project's other
 * locales. Stored as {@code project.pivot_locale}: null for the default, {@value #NONE} for none, else a locale.
 *
 * @param stored what the manager chose: null for the default, {@value #NONE}, or a target locale
 * @param pivot  the locale in effect, if any: the default is {@value #DEFAULT_PIVOT} when it is a target locale
 */
public record PivotSetting(String stored, Optional<String> pivot) {

    /** The stored value (and the API's) that turns the pivot off. */
    public static final String NONE = "none";
    /** The API's word for the default (stored as null). */
    public static final String DEFAULT = "default";
    /** Russian: the language most translators into the Central Asian languages read alongside English. */
    public static final String DEFAULT_PIVOT = "ru";

    static PivotSetting of(String stored, List<String> targetLocales) {
        if (stored == null) {
            return new PivotSetting(null, targetLocales.contains(DEFAULT_PIVOT) ? Optional.of(DEFAULT_PIVOT) : Optional.empty());
        }
        if (NONE.equals(stored)) {
            return new PivotSetting(NONE, Optional.empty());
        }
        // A locale removed from the project since it was chosen is no pivot any more.
        return new PivotSetting(stored, targetLocales.contains(stored) ? Optional.of(stored) : Optional.empty());
    }

    /** The pivot for translating into {@code locale}: none for the pivot locale itself. */
    public Optional<String> pivotFor(String locale) {
        return pivot.filter(p -> !p.equals(locale));
    }
}
