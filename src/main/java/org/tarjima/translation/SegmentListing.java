package org.tarjima.translation;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tarjima.security.AccessPolicy;
import org.tarjima.security.Permission;

/**
 * The editor's segment list, read: pages of rows through a state filter, their count, where a segment sits, the
 * search box's matches, and the next segment still to do. Read-only; what changes a target is {@link TranslationService}.
 */
@Service
public class SegmentListing {

    private final TargetRepository targets;
    private final AccessPolicy access;

    SegmentListing(TargetRepository targets, AccessPolicy access) {
        this.targets = targets;
        this.access = access;
    }

    /** A page of the editor's segment list, in document order. */
    @Transactional(readOnly = true)
    public List<SegmentRow> page(long documentId, String locale, StateFilter filter, int offset, int limit) {
        requireDocument(documentId, Permission.VIEW, locale);
        return targets.page(documentId, locale, filter, offset, limit);
    }

    /** How many rows the filter lets through; unfiltered, the document's stored segment count. */
    @Transactional(readOnly = true)
    public int count(long documentId, String locale, StateFilter filter) {
        requireDocument(documentId, Permission.VIEW, locale);
        if (filter == StateFilter.ALL) {
            return targets.totals(documentId).segments();
        }
        return targets.count(documentId, locale, filter);
    }

    /**
     * The ordinals of the rows that pass the filter and contain the text in their source or their target, in
     * document order (the editor's search box). Matched in Java with ICU case folding rather than SQL ILIKE, whose
     * case rules follow the database's collation (a "C" database would not find "алматы" in "Алматы").
     */
    @Transactional(readOnly = true)
    public List<Integer> find(long documentId, String locale, StateFilter filter, String text) {
        requireDocument(documentId, Permission.VIEW, locale);
        SegmentTextMatcher matcher = new SegmentTextMatcher(text == null ? "" : text);
        List<Integer> found = new java.util.ArrayList<>();
        targets.forEachText(documentId, locale, filter, (ordinal, source, target) -> {
            if (matcher.isEmpty() || matcher.matches(source, target)) {
                found.add(ordinal);
            }
        });
        return List.copyOf(found);
    }

    /** The rows with these ordinals (a page of search results), in document order. */
    @Transactional(readOnly = true)
    public List<SegmentRow> rows(long documentId, String locale, List<Integer> ordinals) {
        requireDocument(documentId, Permission.VIEW, locale);
        return ordinals.isEmpty() ? List.of() : targets.rows(documentId, locale, ordinals);
    }

    /** Where the segment with this ordinal sits in the filtered list, or empty when the filter hides it. */
    @Transactional(readOnly = true)
    public Optional<Integer> indexOf(long documentId, String locale, StateFilter filter, int ordinal) {
        requireDocument(documentId, Permission.VIEW, locale);
        if (filter == StateFilter.ALL) {
            return Optional.of(ordinal - 1);
        }
        List<SegmentRow> row = targets.page(documentId, locale, StateFilter.ALL, ordinal - 1, 1);
        if (row.isEmpty() || !filter.states().contains(row.get(0).state())) {
            return Optional.empty();
        }
        return targets.indexOf(documentId, locale, filter, ordinal);
    }


    /**
     * The first segment after {@code afterOrdinal} that is still to do (new, draft or rejected) and passes the filter,
     * in document order; empty when there is none (the editor's Ctrl+Shift+Enter). One query, whatever the distance.
     */
    @Transactional(readOnly = true)
    public Optional<SegmentRow> nextToDo(long documentId, String locale, StateFilter filter, int afterOrdinal) {
        requireDocument(documentId, Permission.VIEW, locale);
        Set<TargetState> states = StateFilter.TO_DO.states().stream().filter(filter.states()::contains)
                .collect(Collectors.toSet());
        return states.isEmpty() ? Optional.empty() : targets.firstAfter(documentId, locale, states, afterOrdinal);
    }

    private void requireDocument(long documentId, Permission permission, String locale) {
        long projectId = targets.projectOfDocument(documentId)
                .orElseThrow(() -> new java.util.NoSuchElementException("Document " + documentId + " does not exist"));
        access.require(permission, projectId, locale);
    }
}
