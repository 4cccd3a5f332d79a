package org.tarjima.review;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.tarjima.base.events.WebhookEvent;
import org.tarjima.base.text.StorableText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tarjima.document.DocumentService;
import org.tarjima.document.DocumentSummary;
import org.tarjima.project.ProjectService;
import org.tarjima.project.ProjectSummary;
import org.tarjima.qa.QaService;
import org.tarjima.security.AccessPolicy;
import org.tarjima.security.CurrentUser;
import org.tarjima.security.Permission;
import org.tarjima.security.UserService;
import org.tarjima.translation.LocaleProgress;
import org.tarjima.translation.TargetChanged;
import org.tarjima.translation.TargetReview;
import org.tarjima.translation.TranslationService;

/**
 * Comments on segments and the sign-off of a document's locales. Anyone who may see a locale may comment
 * on it; only its reviewers sign it off or withdraw the sign-off.
 */
@Service
public class ReviewService {

    private final ReviewRepository reviews;
    private final DocumentService documents;
    private final ProjectService projects;
    private final TranslationService translations;
    private final AccessPolicy access;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final QaService qa;
    private final ApplicationEventPublisher events;
    private final UserService users;

    ReviewService(ReviewRepository reviews, DocumentService documents, ProjectService projects,
                  TranslationService translations, AccessPolicy access, CurrentUser currentUser, Clock clock, QaService qa,
                  ApplicationEventPublisher events, UserService users) {
        this.users = users;
        this.qa = qa;
        this.events = events;
        this.reviews = reviews;
        this.documents = documents;
        this.projects = projects;
        this.translations = translations;
        this.access = access;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The comments on a segment in one locale, oldest first. */
    @Transactional(readOnly = true)
    public List<Comment> comments(long segmentId, String locale) {
        access.require(Permission.VIEW, projectOf(segmentId), locale);
        return reviews.comments(segmentId, locale);
    }

    /**
     * Adds a comment to a segment in one locale.
     *
     * @throws CommentRefusedException when the text is empty, longer than {@link TargetReview#COMMENT_MAX_LENGTH} or
     *                                 holds a character no XML file can carry
     * @throws IllegalArgumentException when the locale is not one of the project's
     */
    @Transactional
    public Comment addComment(long segmentId, String locale, String body) {
        long projectId = projectOf(segmentId);
        access.require(Permission.VIEW, projectId, locale);
        if (!projects.find(projectId).orElseThrow().targetLocales().contains(locale)) {
            throw new IllegalArgumentException("Locale " + locale + " is not a target locale of this project");
        }
        String text = body == null ? "" : body.strip();
        if (text.isEmpty() || text.length() > TargetReview.COMMENT_MAX_LENGTH) {
            throw new CommentRefusedException("comments.tooLong",
                    "A comment has 1 to " + TargetReview.COMMENT_MAX_LENGTH + " characters", TargetReview.COMMENT_MAX_LENGTH);
        }
        // Comments leave in XLIFF notes too, and PostgreSQL cannot store U+0000: refused with the reason, not a 500.
        StorableText.problem(text).ifPresent(problem -> {
            throw new CommentRefusedException("error.illegalCharacter", "The comment cannot be stored: " + problem.reason());
        });
        long id = reviews.insertComment(segmentId, locale, currentUser.username(), clock.instant(), text, false);
        events.publishEvent(new WebhookEvent("comment.created", projectId, Map.of("commentId", id,
                "documentId", reviews.documentOfSegment(segmentId), "segmentId", segmentId, "locale", locale,
                "author", currentUser.username())));
        Comment added = reviews.comments(segmentId, locale).stream().filter(c -> c.id() == id).findFirst().orElseThrow();
        events.publishEvent(new CommentAdded(projectId, added));
        return added;
    }

    /** Who a comment on the segment in the locale can mention (the comment field offers them after an @). */
    @Transactional(readOnly = true)
    public List<Mentionable> mentionable(long segmentId, String locale) {
        return users.colleagues(projectOf(segmentId), locale).stream()
                .map(person -> new Mentionable(person.username(), person.displayName())).toList();
    }

    /** For segments that are REJECTED now: the reviewer's latest reason, by segment id. */
    @Transactional(readOnly = true)
    public Map<Long, Comment> openRejections(long documentId, String locale, Collection<Long> segmentIds) {
        DocumentSummary document = document(documentId);
        access.require(Permission.VIEW, document.projectId(), locale);
        return reviews.openRejections(locale, segmentIds);
    }

    /**
     * Signs off a locale of a document: allowed when every segment of it is APPROVED and QA finds no error.
     *
     * @throws SignOffRefusedException when some segments are not approved, or QA errors are open
     */
    @Transactional
    public LocaleSignOff signOff(long documentId, String locale) {
        DocumentSummary document = document(documentId);
        access.require(Permission.REVIEW, document.projectId(), locale);
        requireTargetLocale(document, locale);
        int notApproved = reviews.lockAndCountNotApproved(documentId, locale);
        if (notApproved > 0) {
            throw new SignOffRefusedException(notApproved + " segment(s) of " + locale + " are not approved yet; "
                    + "a locale is signed off when every segment is approved", notApproved);
        }
        // The targets are locked above, so the QA errors counted here are those of the text being signed off.
        int qaErrors = qa.openErrors(documentId, locale);
        if (qaErrors > 0) {
            throw SignOffRefusedException.qaErrors(qaErrors + " QA error(s) in " + locale
                    + " must be fixed first; see the QA report", qaErrors);
        }
        if (reviews.insertSignOff(documentId, locale, currentUser.username(), clock.instant())) {
            reviews.insertEvent(documentId, locale, SignOffEvent.Action.SIGNED, null, null, currentUser.username(),
                    clock.instant());
            events.publishEvent(new WebhookEvent("locale.signed_off", document.projectId(), Map.of(
                    "documentId", documentId, "locale", locale, "signedOffBy", currentUser.username())));
            events.publishEvent(new LocaleSignedOff(document.projectId(), documentId, document.name(), locale,
                    currentUser.username()));
        }
        return reviews.signOff(documentId, locale).orElseThrow();
    }

    /** Withdraws a locale's sign-off (a reviewer of the locale); nothing happens when it is not signed off. */
    @Transactional
    public void withdrawSignOff(long documentId, String locale) {
        DocumentSummary document = document(documentId);
        access.require(Permission.REVIEW, document.projectId(), locale);
        if (reviews.deleteSignOff(documentId, locale)) {
            reviews.insertEvent(documentId, locale, SignOffEvent.Action.WITHDRAWN, null, null, currentUser.username(),
                    clock.instant());
        }
    }

    /** The sign-offs of a document's locales that the user may see, by locale. */
    @Transactional(readOnly = true)
    public Map<String, LocaleSignOff> signOffs(long documentId) {
        DocumentSummary document = document(documentId);
        access.require(Permission.VIEW, document.projectId(), null);
        Map<String, LocaleSignOff> all = new java.util.HashMap<>(reviews.signOffs(documentId));
        all.keySet().removeIf(locale -> !access.may(Permission.VIEW, document.projectId(), locale));
        return all;
    }

    /**
     * For each locale of a project that the user may see: how many of its documents are signed off in it. One grouped
     * read for the dashboard's project card, however many documents the project has.
     */
    @Transactional(readOnly = true)
    public Map<String, Integer> signedOffDocuments(long projectId) {
        access.require(Permission.VIEW, projectId, null);
        Map<String, Integer> counts = new java.util.HashMap<>(reviews.signedOffDocuments(projectId));
        counts.keySet().removeIf(locale -> !access.may(Permission.VIEW, projectId, locale));
        return counts;
    }

    /** The sign-off of one locale, if it is signed off. */
    @Transactional(readOnly = true)
    public Optional<LocaleSignOff> currentSignOff(long documentId, String locale) {
        DocumentSummary document = document(documentId);
        access.require(Permission.VIEW, document.projectId(), locale);
        return reviews.signOff(documentId, locale);
    }

    /** What happened to a locale's sign-off, oldest first. */
    @Transactional(readOnly = true)
    public List<SignOffEvent> signOffHistory(long documentId, String locale) {
        DocumentSummary document = document(documentId);
        access.require(Permission.VIEW, document.projectId(), locale);
        return reviews.events(documentId, locale);
    }

    /**
     * What waits for the signed-in user's review: the document locales they may review with confirmed translations
     * not yet approved or rejected, longest waiting first. Empty for whoever reviews nothing.
     */
    @Transactional(readOnly = true)
    public List<ReviewQueueItem> queue() {
        return reviews.queue().stream()
                .filter(item -> access.may(Permission.REVIEW, item.projectId(), item.locale()))
                .toList();
    }

    /** Whether the signed-in user reviews anything (an administrator, or a reviewer of some locale): the queue is theirs. */
    @Transactional(readOnly = true)
    public boolean hasReviewQueue() {
        org.tarjima.security.Actor actor = access.actor();
        return actor.admin() || actor.grants().stream().anyMatch(grant -> grant.role() == org.tarjima.security.ProjectRole.REVIEWER);
    }

    /** Progress and sign-off of each locale of the document that the user may see, in the project's order. */
    @Transactional(readOnly = true)
    public List<LocaleStatus> locales(long documentId) {
        DocumentSummary document = document(documentId);
        ProjectSummary project = projects.find(document.projectId()).orElseThrow();
        Map<String, LocaleProgress> progress = translations.progress(documentId, project.targetLocales());
        Map<String, LocaleSignOff> signOffs = reviews.signOffs(documentId);
        List<LocaleStatus> result = new ArrayList<>();
        for (String locale : project.targetLocales()) {
            result.add(new LocaleStatus(locale, progress.get(locale), Optional.ofNullable(signOffs.get(locale))));
        }
        return result;
    }

    /**
     * Inside the transaction of every target change: a change takes away its locale's sign-off (and the
     * sign-off's history names the change), and a rejection's reason becomes a comment the translator sees.
     */
    @EventListener
    void on(TargetChanged change) {
        String locale = change.target().locale();
        if (reviews.deleteSignOff(change.documentId(), locale)) {
            reviews.insertEvent(change.documentId(), locale, SignOffEvent.Action.REVOKED, change.target().segmentId(),
                    change.target().version(), change.target().updatedBy(), change.target().updatedAt());
        }
        if (change.comment() != null) {
            reviews.insertComment(change.target().segmentId(), locale, change.target().updatedBy(),
                    change.target().updatedAt(), change.comment(), true);
        }
    }

    private DocumentSummary document(long documentId) {
        return documents.find(documentId)
                .orElseThrow(() -> new NoSuchElementException("Document " + documentId + " does not exist"));
    }

    private long projectOf(long segmentId) {
        return reviews.projectOfSegment(segmentId)
                .orElseThrow(() -> new NoSuchElementException("Segment " + segmentId + " does not exist"));
    }

    private void requireTargetLocale(DocumentSummary document, String locale) {
        if (!projects.find(document.projectId()).orElseThrow().targetLocales().contains(locale)) {
            throw new IllegalArgumentException("Locale " + locale + " is not a target locale of this project");
        }
    }
}
