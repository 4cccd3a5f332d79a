package org.tarjima.glossary;

import java.time.Instant;
import java.util.List;

/**
 * A source term with its translations per locale, as views and the API read it.
 *
 * @param forms          other forms of the source term; a {@code *} after a word makes it a stem
 * @param doNotTranslate the term stays as it is in every target (a brand, an acronym)
 * @param version        increases with every change; an update names the version it edits
 */
public record GlossaryEntry(long id, String term, List<String> forms, String notes, boolean doNotTranslate,
                            List<TermTranslation> translations, int version, Instant createdAt, String createdBy,
                            Instant updatedAt, String updatedBy) {

    /** Longest term or form; the schema's varchar(200) matches. */
    public static final int TERM_MAX_LENGTH = 200;
    /** Longest note; the schema's check matches. */
    public static final int NOTES_MAX_LENGTH = 2000;
    /** Most forms one term may list (a stem usually says it better). */
    public static final int MAX_FORMS = 40;

    public GlossaryEntry {
        forms = List.copyOf(forms);
        translations = List.copyOf(translations);
    }

    /** The translations into one locale, approved ones first, in the order they were given. */
    public List<TermTranslation> translations(String locale) {
        return translations.stream().filter(t -> t.locale().equals(locale)).toList();
    }

    /** The request that would store this entry as it is (the start of an edit). */
    public EntryRequest toRequest() {
        return new EntryRequest(term, forms, notes, doNotTranslate, translations, version);
    }
}
