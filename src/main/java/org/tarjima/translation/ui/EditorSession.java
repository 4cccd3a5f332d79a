package org.tarjima.translation.ui;

import java.util.List;
import java.util.Optional;
import org.tarjima.base.text.InlineText;
import org.tarjima.document.DocumentSummary;
import org.tarjima.project.ProjectSummary;
import org.tarjima.project.RepetitionsMode;
import org.tarjima.review.ReviewService;
import org.tarjima.security.AccessPolicy;
import org.tarjima.security.Permission;
import org.tarjima.translation.IllegalTransitionException;
import org.tarjima.translation.LinkedVariants;
import org.tarjima.translation.LocaleProgress;
import org.tarjima.translation.PivotService;
import org.tarjima.translation.PivotText;
import org.tarjima.translation.Origin;
import org.tarjima.translation.SaveResult;
import org.tarjima.translation.ScriptDerivationService;
import org.tarjima.translation.SegmentListing;
import org.tarjima.translation.SegmentRow;
import org.tarjima.translation.StateFilter;
import org.tarjima.translation.TargetEdit;
import org.tarjima.translation.TargetReview;
import org.tarjima.translation.TargetSnapshot;
import org.tarjima.translation.TargetState;
import org.tarjima.translation.TranslationService;

/**
 * One person's work in one document and locale, in plain Java: which segment is active and where it sits in the
 * filtered list, review mode, what was typed, and every change of a target with its outcome (stored, a colleague's
 * newer version, refused). The view renders it; tests drive it without a browser.
 */
final class EditorSession {

    /** What a save, an approval or a rejection came to. */
    sealed interface Outcome {
        /** Stored: the target as it is now. */
        record Stored(TargetSnapshot target) implements Outcome {
        }

        /** Someone saved first: their target; the typed text is {@code mine}. */
        record Conflict(SegmentRow row, InlineText mine, TargetSnapshot theirs) implements Outcome {
        }

        /** The change is not allowed (a message key for the person). */
        record Refused(String messageKey) implements Outcome {
        }
    }

    /** A row and where it sits in the current list (0-based). */
    record Located(SegmentRow row, int index) {
    }

    private final TranslationService translations;
    private final SegmentListing listing;
    private final ReviewService reviews;
    private final AccessPolicy access;
    private final ScriptDerivationService derivation;
    private final PivotService pivots;
    private final LinkedVariants linked;
    private final DocumentSummary document;
    private final ProjectSummary project;
    private final String locale;
    private final boolean canTranslate;
    private final boolean canReview;
    private final SegmentList segments;

    private SegmentRow active;
    private int activeIndex = -1;
    private boolean reviewMode;
    /** In review mode, the segment the reviewer chose to edit (others are read-only); -1 for none. */
    private long editingInReview = -1;
    /** What the viewer typed in the active segment since it became active (null: nothing). */
    private InlineText typedHere;

    EditorSession(TranslationService translations, SegmentListing listing, ReviewService reviews, AccessPolicy access,
                  EditorAids aids, DocumentSummary document, ProjectSummary project, String locale) {
        this.translations = translations;
        this.listing = listing;
        this.reviews = reviews;
        this.access = access;
        this.derivation = aids.derivation();
        this.pivots = aids.pivots();
        this.linked = aids.linked();
        this.document = document;
        this.project = project;
        this.locale = locale;
        this.canTranslate = access.may(Permission.TRANSLATE, project.id(), locale);
        this.canReview = access.may(Permission.REVIEW, project.id(), locale);
        this.segments = new SegmentList(listing, document.id(), locale);
    }

    DocumentSummary document() {
        return document;
    }

    ProjectSummary project() {
        return project;
    }

    String locale() {
        return locale;
    }

    /** Whether the viewer may change the locale's text (a translator's role, or a reviewer's "Edit"). */
    boolean canTranslate() {
        return canTranslate;
    }

    boolean canReview() {
        return canReview;
    }

    String username() {
        return access.actor().username();
    }

    SegmentList segments() {
        return segments;
    }

    SegmentRow active() {
        return active;
    }

    int activeIndex() {
        return activeIndex;
    }

    boolean isActive(SegmentRow row) {
        return active != null && row.segmentId() == active.segmentId();
    }

    /** Makes the row active (its index in the list, or -1 to look it up); false when it already was. */
    boolean activate(SegmentRow row, int index) {
        if (isActive(row)) {
            return false;
        }
        active = row;
        editingInReview = -1;
        typedHere = null;
        activeIndex = index >= 0 ? index : segments.indexOf(row.ordinal()).orElse(0);
        return true;
    }

    /** No row active (the list is being reloaded); the previous one, if any. */
    SegmentRow deactivate() {
        SegmentRow previous = active;
        active = null;
        return previous;
    }

    /** A newer version of the active row (read back, or the version a conflict left): it replaces the active one. */
    void activeIs(SegmentRow row) {
        active = row;
    }

    /** The active row as rendered: the newer of the two when the list brings back an older copy. */
    SegmentRow newerActive(SegmentRow rendered) {
        active = rendered.version() >= active.version() ? rendered : active;
        return active;
    }

    /** Whether the active row's text can be edited: a translator's, and in review mode only after "Edit". */
    boolean activeEditable() {
        return canTranslate && !(reviewMode && editingInReview != active.segmentId());
    }

    boolean reviewMode() {
        return reviewMode;
    }

    void setReviewMode(boolean on) {
        reviewMode = on;
        editingInReview = -1;
    }

    /** In review mode, the reviewer edits the active row's text (which confirms instead of approving). */
    void editInReview() {
        editingInReview = active.segmentId();
    }

    boolean editingInReview() {
        return active != null && editingInReview == active.segmentId();
    }

    void typed(InlineText text) {
        typedHere = text;
    }

    /** What the viewer typed in the active segment and has not seen stored; null when nothing. */
    InlineText typedHere() {
        return typedHere;
    }

    Optional<Located> at(int index) {
        return index < 0 ? Optional.empty() : segments.rowAt(index).map(row -> new Located(row, index));
    }

    /** The row {@code step} rows from the active one. */
    Optional<Located> step(int step) {
        return at(activeIndex + step);
    }

    /** The next row still to do after the active one: one query, or a look through the search's results. */
    Optional<Located> nextToDo() {
        int after = active == null ? 0 : active.ordinal();
        Optional<SegmentRow> next = segments.searching() ? segments.nextToDoAmongFound(after)
                : listing.nextToDo(document.id(), locale, segments.filter(), after);
        return next.flatMap(row -> segments.indexOf(row.ordinal()).map(index -> new Located(row, index)));
    }

    /** Saves the active target as typed (a draft, or confirmed); by whom: {@code origin}. */
    Outcome save(InlineText text, boolean confirm, Origin origin) {
        SegmentRow row = active;
        TargetEdit edit = new TargetEdit(row.segmentId(), locale, text, row.version(), origin);
        try {
            return outcome(row, text, confirm ? translations.confirm(edit) : translations.saveDraft(edit));
        } catch (IllegalTransitionException e) {
            return new Outcome.Refused(e.messageKey());
        }
    }

    Outcome approve() {
        SegmentRow row = active;
        try {
            return outcome(row, row.target(), translations.approve(new TargetReview(row.segmentId(), locale, row.version(),
                    Origin.EDITOR)));
        } catch (IllegalTransitionException e) {
            return new Outcome.Refused(e.messageKey());
        }
    }

    Outcome reject(String reason) {
        SegmentRow row = active;
        try {
            return outcome(row, row.target(), translations.reject(new TargetReview(row.segmentId(), locale, row.version(),
                    Origin.EDITOR), reason));
        } catch (IllegalTransitionException e) {
            return new Outcome.Refused(e.messageKey());
        }
    }

    private Outcome outcome(SegmentRow row, InlineText mine, SaveResult result) {
        if (result instanceof SaveResult.Conflict conflict) {
            return new Outcome.Conflict(row, mine, conflict.target());
        }
        stored(row, result.target());
        return new Outcome.Stored(result.target());
    }

    /** A stored target of a row: when it is the active one, it is the version the next save starts from. */
    void stored(SegmentRow row, TargetSnapshot target) {
        if (isActive(row)) {
            active = row.withTarget(target);
        }
    }

    /** The script variant of the active segment from another locale ({@code from}), saved as a draft; empty if none. */
    Optional<Outcome> convertActive(String from) {
        return derivation.convertedSegment(active.segmentId(), from, locale)
                .map(converted -> save(converted, false, Origin.TRANSLITERATION));
    }

    /** The project's confirmed pivot translation of a segment (Russian beside the source), if any. */
    Optional<PivotText> pivot(long segmentId) {
        return pivots.forSegment(segmentId, locale);
    }

    /** Whether the active target's base changed since a person edited it (a linked script variant), and how. */
    Optional<LinkedVariants.BaseChanged> baseChanged() {
        return active == null ? Optional.empty() : linked.baseChanged(active.segmentId(), locale);
    }

    /** The translator takes the new derivation of the active target from its base, over their edit. */
    Outcome takeDerivation() {
        SegmentRow row = active;
        try {
            return outcome(row, row.target(), linked.takeDerivation(row.segmentId(), locale, row.version()));
        } catch (IllegalTransitionException e) {
            return new Outcome.Refused(e.messageKey());
        }
    }

    /** The translator keeps their text of the active target over the new derivation. */
    void keepEdit() {
        linked.keepEdit(active.segmentId(), locale);
    }

    Optional<String> derivedFrom() {
        return derivation.sourceLocaleFor(locale, project.targetLocales());
    }

    int fillLocale(String from) {
        return derivation.deriveLocale(document.id(), from, locale);
    }

    boolean appliesRepetitions() {
        return project.repetitions() == RepetitionsMode.APPLY;
    }

    int repetitions(long segmentId) {
        return translations.repetitions(segmentId, locale);
    }

    int propagateToRepetitions(long segmentId) {
        return translations.propagateToRepetitions(segmentId, locale);
    }

    LocaleProgress progress() {
        return translations.progress(document.id(), List.of(locale)).get(locale);
    }

    Optional<SegmentRow> row(long segmentId) {
        return translations.row(segmentId, locale);
    }

    TargetSnapshot target(long segmentId) {
        return translations.target(segmentId, locale);
    }

    /** The reviewers' latest reasons for the rejected ones among these rows. */
    java.util.Map<Long, org.tarjima.review.Comment> rejections(List<SegmentRow> rows) {
        List<Long> rejected = rows.stream().filter(row -> row.state() == TargetState.REJECTED)
                .map(SegmentRow::segmentId).toList();
        return rejected.isEmpty() ? java.util.Map.of() : reviews.openRejections(document.id(), locale, rejected);
    }

    /** Where to go after a change of the active row to {@code newState}: the rows below move up when it leaves the list. */
    boolean staysInList(TargetState newState) {
        // Search results are a snapshot: the changed row stays where it is.
        return segments.searching() || segments.filter().states().contains(newState);
    }

    /** Applies a filter and a search; the filter that review mode starts with is {@link StateFilter#TO_REVIEW}. */
    void select(StateFilter filter, String search) {
        segments.select(filter, search);
    }

    /** The rows from one ordinal to another (both included) with their targets, as stored now: the translated article. */
    List<SegmentRow> rowsBetween(int fromOrdinal, int toOrdinal) {
        int from = Math.max(1, fromOrdinal);
        return listing.page(document.id(), locale, org.tarjima.translation.StateFilter.ALL, from - 1,
                Math.max(1, toOrdinal - from + 1));
    }
}
