package org.tarjima.translation.ui;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.tarjima.translation.SegmentRow;
import org.tarjima.translation.StateFilter;
import org.tarjima.translation.SegmentListing;

/**
 * The rows the editor lists: those passing the state filter and, while the translator searches, only those whose
 * source or target contains the search text. A search's result is a snapshot taken when the search or the filter
 * changes, as a find-results list is: confirming a found segment does not pull it out from under the translator.
 */
final class SegmentList {

    private final SegmentListing listing;
    private final long documentId;
    private final String locale;
    private StateFilter filter = StateFilter.ALL;
    private String search = "";
    /** Ordinals found by the search, in document order; null while not searching. */
    private List<Integer> found;

    SegmentList(SegmentListing listing, long documentId, String locale) {
        this.listing = listing;
        this.documentId = documentId;
        this.locale = locale;
    }

    /** Applies a new filter and search text (blank: no search), searching the document once. */
    void select(StateFilter filter, String search) {
        this.filter = filter;
        this.search = search == null ? "" : search.strip();
        this.found = this.search.isEmpty() ? null : listing.find(documentId, locale, filter, this.search);
    }

    StateFilter filter() {
        return filter;
    }

    /** The first row found by the search after this ordinal that is still to do; the found rows are read 100 at a time. */
    Optional<SegmentRow> nextToDoAmongFound(int afterOrdinal) {
        int from = 0;
        while (from < found.size() && found.get(from) <= afterOrdinal) {
            from++;
        }
        for (int start = from; start < found.size(); start += 100) {
            Optional<SegmentRow> next = listing.rows(documentId, locale, found.subList(start, Math.min(found.size(), start + 100)))
                    .stream().filter(row -> StateFilter.TO_DO.states().contains(row.state())).findFirst();
            if (next.isPresent()) {
                return next;
            }
        }
        return Optional.empty();
    }

    boolean searching() {
        return found != null;
    }

    List<SegmentRow> page(int offset, int limit) {
        if (found == null) {
            return listing.page(documentId, locale, filter, offset, limit);
        }
        if (offset >= found.size()) {
            return List.of();
        }
        return listing.rows(documentId, locale, found.subList(offset, Math.min(found.size(), offset + limit)));
    }

    int count() {
        return found == null ? listing.count(documentId, locale, filter) : found.size();
    }

    /** Where the segment with this ordinal sits in the list, or empty when the list does not hold it. */
    Optional<Integer> indexOf(int ordinal) {
        if (found == null) {
            return listing.indexOf(documentId, locale, filter, ordinal);
        }
        int index = Collections.binarySearch(found, ordinal);
        return index >= 0 ? Optional.of(index) : Optional.empty();
    }

    Optional<SegmentRow> rowAt(int index) {
        return index < 0 ? Optional.empty() : page(index, 1).stream().findFirst();
    }
}
