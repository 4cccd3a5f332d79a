package org.tarjima.glossary;

import java.util.List;

/**
 * A term's translation into one target locale: an approved one, or with {@code forbidden} a term that must not be
 * used. An entry may have several of each per locale.
 *
 * @param forms other forms of the term, each a word sequence; a {@code *} after a word makes it a stem
 *              ({@code партнёр*}); the term itself is always a form
 * @param notes usage notes, or null
 */
public record TermTranslation(String locale, String term, List<String> forms, boolean forbidden, String notes) {

    public TermTranslation {
        forms = forms == null ? List.of() : List.copyOf(forms);
    }

    public static TermTranslation approved(String locale, String term, String... forms) {
        return new TermTranslation(locale, term, List.of(forms), false, null);
    }

    public static TermTranslation forbidden(String locale, String term, String... forms) {
        return new TermTranslation(locale, term, List.of(forms), true, null);
    }
}
