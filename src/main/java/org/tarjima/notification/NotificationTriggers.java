package org.tarjima.notification;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tarjima.assignment.Assignment;
import org.tarjima.assignment.AssignmentCreated;
import org.tarjima.assignment.AssignmentReminder;
import org.tarjima.assignment.AssignmentService;
import org.tarjima.assignment.Step;
import org.tarjima.document.DocumentService;
import org.tarjima.document.DocumentSummary;
import org.tarjima.review.CommentAdded;
import org.tarjima.review.LocaleSignedOff;
import org.tarjima.security.Actor;
import org.tarjima.security.AccessPolicy;
import org.tarjima.security.Permission;
import org.tarjima.security.UserService;
import org.tarjima.translation.HistoryEntry;
import org.tarjima.translation.SegmentRow;
import org.tarjima.translation.TargetChanged;
import org.tarjima.translation.TargetState;
import org.tarjima.translation.TranslationService;

/**
 * Who hears of what: each listener runs in the transaction of the change it hears, and tells the people concerned
 * through {@link Notifier} (never the person who made the change).
 */
@Component
class NotificationTriggers {

    private static final Logger log = LoggerFactory.getLogger(NotificationTriggers.class);

    /** {@code @name} in a comment: the characters of a user name, not ending in a full stop (the sentence's). */
    static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}])@([\\p{L}\\p{N}._@-]*[\\p{L}\\p{N}_@-])");

    private final Notifier notifier;
    private final AssignmentService assignments;
    private final TranslationService translations;
    private final UserService users;
    private final DocumentService documents;
    private final AccessPolicy access;

    NotificationTriggers(Notifier notifier, AssignmentService assignments, TranslationService translations,
                         UserService users, DocumentService documents, AccessPolicy access) {
        this.documents = documents;
        this.access = access;
        this.notifier = notifier;
        this.assignments = assignments;
        this.translations = translations;
        this.users = users;
    }

    @EventListener
    void on(AssignmentCreated created) {
        Assignment a = created.assignment();
        if (a.username().equalsIgnoreCase(created.assignedBy())) {
            return;
        }
        String by = users.person(created.assignedBy()).map(Actor::displayName).orElse(created.assignedBy());
        notifier.tell(a.username(), NotificationKind.ASSIGNED, "notification.assigned." + a.step().name(),
                List.of(by, subject(a), a.locale()), "/" + "my-work");
    }

    @EventListener
    void on(AssignmentReminder reminder) {
        Assignment a = reminder.assignment();
        boolean overdue = reminder.kind() == AssignmentReminder.Kind.OVERDUE;
        notifier.tell(a.username(), overdue ? NotificationKind.OVERDUE : NotificationKind.DUE_TOMORROW,
                overdue ? "notification.overdue." + a.step().name() : "notification.dueTomorrow." + a.step().name(),
                List.of(subject(a), a.locale()), "/my-work");
    }

    @EventListener
    void on(TargetChanged change) {
        TargetState now = change.target().state();
        boolean rejected = now == TargetState.REJECTED && change.previousState() != TargetState.REJECTED;
        boolean confirmed = now.isConfirmed() && !change.previousState().isConfirmed();
        if ((!rejected && !confirmed) || !actorMayView(change.projectId(), change.target().locale())) {
            // Asked first, not caught after: a refusal thrown out of a service would mark the change's own
            // transaction rollback-only. A linked variant derived in a locale the actor cannot see is such a case.
            return;
        }
        if (rejected) {
            rejected(change);
        } else {
            maybeReadyForReview(change);
        }
    }

    private boolean actorMayView(long projectId, String locale) {
        try {
            return access.may(Permission.VIEW, projectId, locale);
        } catch (RuntimeException nobodySignedIn) {
            log.debug("No notification for a change without a signed-in user: {}", nobodySignedIn.getMessage());
            return false;
        }
    }

    private void rejected(TargetChanged change) {
        long segmentId = change.target().segmentId();
        String locale = change.target().locale();
        String reviewer = change.target().updatedBy();
        List<HistoryEntry> history = translations.history(segmentId, locale);
        // The translator is whoever confirmed the text that was sent back: the latest change to TRANSLATED.
        String translator = null;
        for (int i = history.size() - 1; i >= 0 && translator == null; i--) {
            if (history.get(i).newState() == TargetState.TRANSLATED) {
                translator = history.get(i).changedBy();
            }
        }
        if (translator == null || translator.equalsIgnoreCase(reviewer)) {
            return;
        }
        int ordinal = translations.row(segmentId, locale).map(SegmentRow::ordinal).orElse(1);
        notifier.tell(translator, NotificationKind.REJECTED, "notification.rejected",
                List.of(displayName(reviewer), String.valueOf(ordinal), documentName(change.documentId()),
                        locale, change.comment() == null ? "" : change.comment()),
                "/documents/" + change.documentId() + "/" + locale + "?segment=" + ordinal);
    }

    private void maybeReadyForReview(TargetChanged change) {
        String locale = change.target().locale();
        // Asked first: it stops at the first open segment, so a confirm that leaves work open costs one index probe
        // (the document's whole progress, read here before, was most of a save's time on a large document).
        if (!translations.allConfirmed(change.projectId(), change.documentId(), locale)) {
            return;
        }
        List<Assignment> reviewers = assignments.covering(change.documentId(), locale).stream()
                .filter(a -> a.step() == Step.REVIEW).toList();
        if (reviewers.isEmpty()) {
            return;
        }
        String document = documentName(change.documentId());
        for (String reviewer : distinct(reviewers.stream().map(Assignment::username).toList())) {
            if (!reviewer.equalsIgnoreCase(change.target().updatedBy())) {
                notifier.tell(reviewer, NotificationKind.READY_FOR_REVIEW, "notification.readyForReview",
                        List.of(document, locale),
                        "/documents/" + change.documentId() + "/" + locale + "?mode=review");
            }
        }
    }

    @EventListener
    void on(CommentAdded added) {
        var comment = added.comment();
        Set<String> named = new LinkedHashSet<>();
        Matcher matcher = MENTION.matcher(comment.body());
        while (matcher.find()) {
            named.add(matcher.group(1));
        }
        if (named.isEmpty()) {
            return;
        }
        long documentId = translations.documentOf(comment.segmentId()).orElseThrow();
        int ordinal = translations.row(comment.segmentId(), comment.locale()).map(SegmentRow::ordinal).orElse(1);
        String document = documentName(documentId);
        Set<String> told = new LinkedHashSet<>();
        for (String name : named) {
            users.person(name)
                    // Only someone who may read the comment hears of it.
                    .filter(person -> person.may(Permission.VIEW, added.projectId(), comment.locale()))
                    .filter(person -> !person.username().equalsIgnoreCase(comment.author()))
                    .filter(person -> told.add(person.username().toLowerCase()))
                    .ifPresent(person -> notifier.tell(person.username(), NotificationKind.MENTIONED,
                            "notification.mentioned", List.of(displayName(comment.author()), String.valueOf(ordinal),
                                    document, comment.locale(), comment.body()),
                            "/documents/" + documentId + "/" + comment.locale() + "?segment=" + ordinal));
        }
    }

    @EventListener
    void on(LocaleSignedOff signedOff) {
        // The assignees, whoever gave them the work, and the project's managers: the manager who sent the locale
        // out hears that it is done. Administrators manage everything and are not told of every project.
        List<Assignment> covering = assignments.covering(signedOff.documentId(), signedOff.locale());
        List<String> everyone = new java.util.ArrayList<>(covering.stream().map(Assignment::username).toList());
        everyone.addAll(covering.stream().map(Assignment::createdBy).toList());
        users.colleagues(signedOff.projectId(), signedOff.locale()).stream()
                .filter(person -> !person.admin() && person.may(Permission.MANAGE, signedOff.projectId(), null))
                .forEach(person -> everyone.add(person.username()));
        List<String> people = distinct(everyone);
        for (String person : people) {
            if (!person.equalsIgnoreCase(signedOff.signedBy())) {
                notifier.tell(person, NotificationKind.SIGNED_OFF, "notification.signedOff",
                        List.of(displayName(signedOff.signedBy()), signedOff.documentName(), signedOff.locale()),
                        "/documents/" + signedOff.documentId() + "/" + signedOff.locale());
            }
        }
    }

    private static String subject(Assignment a) {
        return a.documentName() != null ? a.documentName() : a.projectName();
    }

    private String displayName(String username) {
        return users.person(username).map(Actor::displayName).orElse(username);
    }

    private String documentName(long documentId) {
        return documents.find(documentId).map(DocumentSummary::name).orElse(String.valueOf(documentId));
    }

    private static List<String> distinct(List<String> names) {
        Set<String> seen = new LinkedHashSet<>();
        return names.stream().filter(name -> seen.add(name.toLowerCase())).toList();
    }
}
