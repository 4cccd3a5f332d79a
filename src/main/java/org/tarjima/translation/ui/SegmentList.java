package org.tarjima.translation.ui;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.tarjima.translation.SegmentRow;
import org.tarjima.translation.StateFilter;
import org.tarjima.translation.TranslationService;

/**
 * The rows the editor lists: those passing the state filter and, while the translator searches, only those whose
 * source or target contains the search text. A search's result is a snapshot taken when the search or the filter
 * changes, as a find-results list is: confirming a found segment does not pull it out from under the translator.
 */
final class SegmentList {

    private final TranslationService translations;
    private final long documentId;
    private final String locale;
    private StateFilter filter = StateFilter.ALL;
    private String search = "";
    /** Ordinals found by the search, in document order; null while not searching. */
    private List<Integer> found;

    SegmentList(TranslationService translations, long documentId, String locale) {
        this.translations = translations;
        this.documentId = documentId;
        this.locale = locale;
    }

    /** Applies a new filter and search text (blank: no search), searching the document once. */
    void select(StateFilter filter, String search) {
        this.filter = filter;
        this.search = search == null ? "" : search.strip();
        this.found = this.search.isEmpty() ? null : translations.find(documentId, locale, filter, this.search);
    }

    boolean searching() {
        return found != null;
    }

    List<SegmentRow> page(int offset, int limit) {
        if (found == null) {
            return translations.page(documentId, locale, filter, offset, limit);
        }
        if (offset >= found.size()) {
            return List.of();
        }
        return translations.rows(documentId, locale, found.subList(offset, Math.min(found.size(), offset + limit)));
    }

    int count() {
        return found == null ? translations.count(documentId, locale, filter) : found.size();
    }

    /** Where the segment with this ordinal sits in the list, or empty when the list does not hold it. */
    Optional<Integer> indexOf(int ordinal) {
        if (found == null) {
            return translations.indexOf(documentId, locale, filter, ordinal);
        }
        int index = Collections.binarySearch(found, ordinal);
        return index >= 0 ? Optional.of(index) : Optional.empty();
    }

    Optional<SegmentRow> rowAt(int index) {
        return index < 0 ? Optional.empty() : page(index, 1).stream().findFirst();
    }
}
