package org.tarjima.glossary;

import java.util.List;

/**
 * What a user asks to store as an entry.
 *
 * @param version for an update, the version the user edited (a newer one is a conflict); null to overwrite
 */
public record EntryRequest(String term, List<String> forms, String notes, boolean doNotTranslate,
                           List<TermTranslation> translations, Integer version) {

    public EntryRequest {
        forms = forms == null ? List.of() : List.copyOf(forms);
        translations = translations == null ? List.of() : List.copyOf(translations);
    }

    public static EntryRequest of(String term, TermTranslation... translations) {
        return new EntryRequest(term, List.of(), null, false, List.of(translations), null);
    }

    public EntryRequest withForms(String... newForms) {
        return new EntryRequest(term, List.of(newForms), notes, doNotTranslate, translations, version);
    }

    public EntryRequest withNotes(String newNotes) {
        return new EntryRequest(term, forms, newNotes, doNotTranslate, translations, version);
    }

    public EntryRequest markedDoNotTranslate() {
        return new EntryRequest(term, forms, notes, true, translations, version);
    }
}
