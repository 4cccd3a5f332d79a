package org.tarjima.translation;

import java.time.Clock;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tarjima.base.text.InlineText;
import org.tarjima.base.text.StorableText;
import org.tarjima.security.AccessPolicy;
import org.tarjima.security.Actor;
import org.tarjima.security.CurrentUser;
import org.tarjima.security.NotPermittedException;
import org.tarjima.security.Permission;

/**
 * Reads and writes targets. Every write carries the version the user started from: a write on a
 * stale version is refused with the newer target ({@link SaveResult.Conflict}), never applied, and
 * every applied change leaves one history row in the same transaction. Every call checks the signed-in user's
 * permission for the segment's project and locale first.
 */
@Service
public class TranslationService {

    private final TargetRepository targets;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final AccessPolicy access;

    TranslationService(TargetRepository targets, CurrentUser currentUser, Clock clock, ApplicationEventPublisher events,
                       AccessPolicy access) {
        this.targets = targets;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
        this.access = access;
    }

    /** Saves text without confirming it (DRAFT; NEW when emptied; TRANSLATED when an APPROVED target is edited). */
    @Transactional
    public SaveResult saveDraft(TargetEdit edit) {
        return apply(edit, Permission.TRANSLATE, Target::edit, null);
    }

    /**
     * Confirms the text (TRANSLATED).
     *
     * @throws IllegalTransitionException when the text is empty
     */
    @Transactional
    public SaveResult confirm(TargetEdit edit) {
        return apply(edit, Permission.TRANSLATE, Target::confirm, null);
    }

    /**
     * A linked script variant's derivation ({@link LinkedVariants}): confirmed (TRANSLATED) with origin TRANSLITERATION
     * and the same version check as any save, but on the link's behalf rather than by the permission of whoever
     * confirmed the base, who need not translate the derived locale. Package-private: only the link writes this way.
     */
    SaveResult deriveLinked(TargetEdit edit) {
        return apply(edit, null, Target::confirm, null);
    }

    /**
     * Stores a target that arrived from outside with its own state (an XLIFF import), with the same
     * version check as an edit. Imports are a manager's business.
     */
    @Transactional
    public SaveResult arrive(TargetEdit edit, TargetState state) {
        return apply(edit, Permission.MANAGE, (target, text) -> target.arrive(text, state), null);
    }

    /**
     * A reviewer approves the version they saw. Nobody approves a text they wrote themselves.
     *
     * @throws IllegalTransitionException when the target is not confirmed
     * @throws NotPermittedException      when the user is not a reviewer of the locale, or wrote the text
     */
    @Transactional
    public SaveResult approve(TargetReview review) {
        TargetSnapshot current = target(review.segmentId(), review.locale());
        TargetEdit edit = new TargetEdit(review.segmentId(), review.locale(), current.content(), review.expectedVersion(),
                review.origin());
        return apply(edit, Permission.REVIEW, (target, text) -> {
            Actor actor = access.actor();
            if (targets.textAuthor(review.segmentId(), review.locale()).filter(actor.username()::equalsIgnoreCase).isPresent()) {
                throw new NotPermittedException("error.approveOwnText",
                        actor.username() + " wrote this text and may not approve it; another reviewer must");
            }
            return target.approve();
        }, null);
    }

    /**
     * A reviewer sends the version they saw back to the translator with a reason, which the translator sees on the
     * segment.
     *
     * @throws NotPermittedException      when the user is not a reviewer of the locale
     * @throws IllegalTransitionException when the reason is empty or too long, or the target is not confirmed
     */
    @Transactional
    public SaveResult reject(TargetReview review, String reason) {
        String comment = reason == null ? "" : reason.strip();
        TargetSnapshot current = target(review.segmentId(), review.locale());
        TargetEdit edit = new TargetEdit(review.segmentId(), review.locale(), current.content(), review.expectedVersion(),
                review.origin());
        return apply(edit, Permission.REVIEW, (target, text) -> {
            // Checked after the permission: whoever may not reject at all learns that first, not how to phrase it.
            if (comment.isEmpty() || comment.length() > TargetReview.COMMENT_MAX_LENGTH) {
                throw new IllegalTransitionException("error.rejectNeedsReason",
                        "A rejection needs a reason of 1 to " + TargetReview.COMMENT_MAX_LENGTH + " characters");
            }
            StorableText.problem(comment).ifPresent(problem -> {
                throw new IllegalTransitionException("error.illegalCharacter",
                        "The reason cannot be stored: " + problem.reason());
            });
            return target.reject();
        }, comment);
    }

    /** What a translated document takes of each target: its segment's ordinal and id, and its content. */
    public interface TargetVisitor {
        void visit(int ordinal, long segmentId, InlineText content);
    }

    /**
     * Every target of the document in the locale whose state is one of {@code states}, with its segment's ordinal and
     * id (a translated document's read: nothing else of the rows, and no NEW ones).
     */
    @Transactional(readOnly = true)
    public void forEachTargetIn(long documentId, String locale, java.util.Set<TargetState> states, TargetVisitor visitor) {
        requireDocument(documentId, Permission.VIEW, locale);
        targets.forEachTargetIn(documentId, locale, states, visitor);
    }

    /**
     * Every row of a document in one locale, in document order, read page by page so that a large
     * document is never held in memory at once.
     */
    @Transactional(readOnly = true)
    public void forEachRow(long documentId, String locale, java.util.function.Consumer<SegmentRow> action) {
        requireDocument(documentId, Permission.VIEW, locale);
        int pageSize = 1000;
        for (int offset = 0; ; offset += pageSize) {
            List<SegmentRow> page = targets.page(documentId, locale, StateFilter.ALL, offset, pageSize);
            page.forEach(action);
            if (page.size() < pageSize) {
                return;
            }
        }
    }

    /**
     * Every row of a document in one locale, in document order, read a page at a time as the iterator is consumed
     * (an export streams them into its writer). The pages are read in the caller's transaction.
     */
    @Transactional(readOnly = true)
    public java.util.Iterator<SegmentRow> rows(long documentId, String locale) {
        requireDocument(documentId, Permission.VIEW, locale);
        int pageSize = 1000;
        return new java.util.Iterator<>() {
            private int offset;
            private java.util.Iterator<SegmentRow> page = java.util.Collections.emptyIterator();
            private boolean last;

            @Override
            public boolean hasNext() {
                while (!page.hasNext() && !last) {
                    List<SegmentRow> rows = targets.page(documentId, locale, StateFilter.ALL, offset, pageSize);
                    offset += pageSize;
                    last = rows.size() < pageSize;
                    page = rows.iterator();
                }
                return page.hasNext();
            }

            @Override
            public SegmentRow next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                return page.next();
            }
        };
    }

    private SaveResult apply(TargetEdit edit, Permission permission,
                             BiFunction<Target, InlineText, Optional<Target.Change>> intent, String comment) {
        TargetRepository.EditContext context = targets.editContext(edit.segmentId(), edit.locale())
                .orElseThrow(() -> new IllegalArgumentException("Segment " + edit.segmentId() + " does not exist"));
        TargetRepository.SegmentContext segment = context.segment();
        if (permission != null) {
            access.require(permission, segment.projectId(), edit.locale());
        }
        if (!segment.localeOfProject()) {
            throw new IllegalArgumentException("Locale " + edit.locale() + " is not a target locale of this project");
        }
        TargetSnapshot current = context.target().orElse(TargetSnapshot.untouched(edit.segmentId(), edit.locale()));
        if (current.version() != edit.expectedVersion()) {
            return new SaveResult.Conflict(current);
        }
        // Codes come from the source: a target can reference them, never define its own markup.
        InlineText text = edit.text().withCodesOf(segment.source());
        requireStorable(text);
        Optional<Target.Change> change = intent.apply(new Target(current.content(), current.state()), text);
        if (change.isEmpty()) {
            return new SaveResult.Saved(current);
        }
        TargetSnapshot next = new TargetSnapshot(edit.segmentId(), edit.locale(), change.get().content(),
                change.get().state(), current.version() + 1, currentUser.username(), clock.instant());
        // The target and its history row are one statement: both are written, or (someone else was first) neither.
        if (!targets.writeWithHistory(segment.documentId(), current, next, edit.origin())) {
            // Someone committed between our read and our write.
            return new SaveResult.Conflict(targets.find(edit.segmentId(), edit.locale()).orElse(current));
        }
        TargetChanged changed = new TargetChanged(segment.projectId(), segment.documentId(), next, current.state(),
                edit.origin(), comment);
        events.publishEvent(changed);
        events.publishEvent(new TargetChangedInProject(changed, context.rules()));
        return new SaveResult.Saved(next);
    }

    /** A text too long or with characters no XLIFF file can carry is refused before anything is written. */
    static void requireStorable(InlineText text) {
        StorableText.problem(text).ifPresent(problem -> {
            throw new IllegalTransitionException(problem.tooLong() ? "error.textTooLong" : "error.illegalCharacter",
                    "The text cannot be saved: " + problem.reason());
        });
    }

    /**
     * Checks that the user may change the document's text in the locale.
     *
     * @throws NotPermittedException when not
     * @throws java.util.NoSuchElementException when the document does not exist
     */
    public void requireTranslator(long documentId, String locale) {
        requireDocument(documentId, Permission.TRANSLATE, locale);
    }

    private void requireDocument(long documentId, Permission permission, String locale) {
        long projectId = targets.projectOfDocument(documentId)
                .orElseThrow(() -> new java.util.NoSuchElementException("Document " + documentId + " does not exist"));
        access.require(permission, projectId, locale);
    }

    private void requireSegment(long segmentId, Permission permission, String locale) {
        TargetRepository.SegmentContext segment = targets.segmentContext(segmentId, locale == null ? "" : locale)
                .orElseThrow(() -> new java.util.NoSuchElementException("Segment " + segmentId + " does not exist"));
        access.require(permission, segment.projectId(), locale);
    }

    /** How many other segments of the project repeat this one's source and are not confirmed in the locale. */
    @Transactional(readOnly = true)
    public int repetitions(long segmentId, String locale) {
        requireSegment(segmentId, Permission.VIEW, locale);
        return targets.unconfirmedRepetitions(segmentId, locale).size();
    }

    /**
     * Confirms the segment's stored translation for every repetition of its source in the project that is not
     * confirmed yet (NEW or DRAFT), each with the version check of any save and a history row with origin TM.
     * Confirmed work elsewhere is never touched.
     *
     * @return how many repetitions took the translation
     */
    @Transactional
    public int propagateToRepetitions(long segmentId, String locale) {
        TargetSnapshot translated = target(segmentId, locale);
        if (!translated.state().isConfirmed()) {
            throw new IllegalTransitionException("error.propagateUnconfirmed",
                    "Only a confirmed translation is used for repetitions");
        }
        int applied = 0;
        for (TargetRepository.Repetition repetition : targets.unconfirmedRepetitions(segmentId, locale)) {
            SaveResult result = confirm(new TargetEdit(repetition.segmentId(), locale, translated.content(),
                    repetition.version(), Origin.TM));
            if (result instanceof SaveResult.Saved) {
                applied++;
            }
        }
        return applied;
    }

    /** The document a segment belongs to, if the segment exists. */
    @Transactional(readOnly = true)
    public Optional<Long> documentOf(long segmentId) {
        Optional<Long> document = targets.documentOf(segmentId);
        document.ifPresent(id -> requireDocument(id, Permission.VIEW, null));
        return document;
    }

    /** A segment's source text with its inline codes. */
    @Transactional(readOnly = true)
    public Optional<InlineText> sourceOf(long segmentId) {
        Optional<InlineText> source = targets.source(segmentId);
        source.ifPresent(found -> requireSegment(segmentId, Permission.VIEW, null));
        return source;
    }

    /**
     * A target for {@link #arriveInNewDocument}, with its segment's source as the caller just stored it (the codes
     * of the target are taken from it, and the document is not read back for it).
     */
    public record ArrivingTarget(long segmentId, InlineText source, InlineText text, TargetState state) {
    }

    /**
     * Stores the targets that came with a document created in the same transaction (an XLIFF from another
     * tool) in bulk: version 1, one history row each with the given origin. Codes are taken from each
     * segment's source as in every save; empty texts are skipped.
     *
     * @throws IllegalArgumentException when the locale is not one of the project's or a segment is not the document's
     */
    @Transactional
    public int arriveInNewDocument(long documentId, String locale, List<ArrivingTarget> arriving, Origin origin) {
        if (arriving.isEmpty()) {
            return 0;
        }
        TargetArrival arrival = startArrival(documentId, locale, origin);
        arrival.add(arriving);
        return arrival.finish();
    }

    /**
     * Starts the arrival of a new document's targets in one locale, in the caller's transaction: the targets follow a
     * batch at a time ({@link TargetArrival#add}), so a large import never holds them all.
     *
     * @throws IllegalArgumentException when the locale is not one of the document's project
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public TargetArrival startArrival(long documentId, String locale, Origin origin) {
        long projectId = targets.projectOfDocumentHeld(documentId)
                .orElseThrow(() -> new IllegalArgumentException("Document " + documentId + " does not exist"));
        access.require(Permission.MANAGE, projectId, locale);
        if (!targets.isLocaleOfProject(projectId, locale)) {
            throw new IllegalArgumentException("Locale " + locale + " is not a target locale of document " + documentId);
        }
        return new TargetArrival(targets, events, projectId, documentId, locale, origin, currentUser.username(), clock.instant());
    }

    /** The stored target, or an untouched NEW one at version 0. */
    @Transactional(readOnly = true)
    public TargetSnapshot target(long segmentId, String locale) {
        requireSegment(segmentId, Permission.VIEW, locale);
        return targets.find(segmentId, locale).orElse(TargetSnapshot.untouched(segmentId, locale));
    }

    /** One row of the editor's segment list, as stored now (for a live update of that row). */
    @Transactional(readOnly = true)
    public Optional<SegmentRow> row(long segmentId, String locale) {
        requireSegment(segmentId, Permission.VIEW, locale);
        return targets.row(segmentId, locale);
    }


    /** Every change of a target, oldest first. */
    @Transactional(readOnly = true)
    public List<HistoryEntry> history(long segmentId, String locale) {
        requireSegment(segmentId, Permission.VIEW, locale);
        return targets.history(segmentId, locale);
    }

    /**
     * Whether every segment of the document is TRANSLATED or APPROVED in the locale: what a confirm's listeners ask
     * to know whether it completed the locale. Stops at the first segment that is not, so it costs a save little
     * where {@link #progress} reads the whole document.
     */
    @Transactional(readOnly = true)
    public boolean allConfirmed(long projectId, long documentId, String locale) {
        access.require(Permission.VIEW, projectId, locale);
        return targets.allConfirmed(projectId, documentId, locale);
    }

    /** Progress of one document in each of the given locales (untouched segments count as NEW). */
    @Transactional(readOnly = true)
    public Map<String, LocaleProgress> progress(long documentId, List<String> locales) {
        long projectId = targets.projectOfDocument(documentId)
                .orElseThrow(() -> new java.util.NoSuchElementException("Document " + documentId + " does not exist"));
        for (String locale : locales) {
            access.require(Permission.VIEW, projectId, locale);
        }
        return complete(targets.writtenProgress(documentId), targets.totals(documentId), locales);
    }

    /** Written progress completed with the untouched rest, which is NEW. */
    private static Map<String, LocaleProgress> complete(Map<String, LocaleProgress> written,
                                                        TargetRepository.DocumentTotals totals, List<String> locales) {
        Map<String, LocaleProgress> result = new LinkedHashMap<>();
        for (String locale : locales) {
            LocaleProgress progress = written.getOrDefault(locale, LocaleProgress.empty(locale));
            int writtenSegments = progress.totalSegments();
            int writtenWords = progress.totalWords();
            LocaleProgress complete = new LocaleProgress(locale, new EnumMap<>(progress.segments()),
                    new EnumMap<>(progress.words()));
            complete.segments().merge(TargetState.NEW, totals.segments() - writtenSegments, Integer::sum);
            complete.words().merge(TargetState.NEW, totals.words() - writtenWords, Integer::sum);
            result.put(locale, complete);
        }
        return result;
    }

    /**
     * Progress of all the documents of a project summed per locale (the dashboard's card): two grouped reads, however
     * many documents the project has.
     */
    @Transactional(readOnly = true)
    public Map<String, LocaleProgress> projectProgress(long projectId, List<String> locales) {
        for (String locale : locales) {
            access.require(Permission.VIEW, projectId, locale);
        }
        return complete(targets.writtenProgressOfProject(projectId), targets.totalsOfProject(projectId), locales);
    }

}
