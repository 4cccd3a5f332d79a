package org.tarjima.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarjima.support.TestUsers.manager;
import static org.tarjima.support.TestUsers.reviewer;
import static org.tarjima.support.TestUsers.translator;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tarjima.assignment.AssignmentService;
import org.tarjima.assignment.NewAssignment;
import org.tarjima.assignment.Step;
import org.tarjima.project.LinkedLocale;
import org.tarjima.project.ProjectService;
import org.tarjima.review.ReviewService;
import org.tarjima.security.RunAs;
import org.tarjima.support.TarjimaTest;
import org.tarjima.support.TestProjects;
import org.tarjima.support.TestUsers;
import org.tarjima.translation.Origin;
import org.tarjima.translation.SegmentRow;
import org.tarjima.translation.TargetReview;
import org.tarjima.translation.TargetState;
import org.tarjima.translation.TranslationService;

/**
 * Who is notified of what: each kind reaches the people concerned (never the one who acted), only when they want it,
 * rendered later from its message key and arguments.
 */
@TarjimaTest
class NotificationsTest {

    @Autowired
    TestProjects projects;
    @Autowired
    TestUsers users;
    @Autowired
    RunAs runAs;
    @Autowired
    TranslationService translations;
    @Autowired
    ReviewService reviews;
    @Autowired
    AssignmentService assignments;
    @Autowired
    NotificationService notifications;
    @Autowired
    ProjectService projectService;

    private TestProjects.Created created;
    private long document;
    private String managerName;
    private String translatorName;
    private String reviewerName;

    @BeforeEach
    void aDocumentWithAManagerATranslatorAndAReviewer() {
        created = projects.aProject().withTargets("ru", "kk").withDocument(new TestProjects.Article("short.txt",
                "People met in Almaty. They talked.".getBytes(StandardCharsets.UTF_8)));
        document = created.document().id();
        long project = created.project().id();
        managerName = users.create("boss", manager(project));
        translatorName = users.create("aida", translator(project, "ru"));
        reviewerName = users.create("timur", reviewer(project, "ru"));
    }

    private List<Notification> of(String username) {
        return runAs.user(username, () -> notifications.latest());
    }

    private void assign(String username, Step step) {
        runAs.user(managerName, () -> assignments.assign(new NewAssignment(document, null, "ru", step, username, null,
                false)));
    }

    private SegmentRow segment(int ordinal) {
        return projects.segment(document, "ru", ordinal);
    }

    @Test
    void the_assignee_is_told_of_an_assignment() {
        assign(translatorName, Step.TRANSLATE);

        List<Notification> told = of(translatorName);
        assertThat(told).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.ASSIGNED);
            assertThat(n.messageKey()).isEqualTo("notification.assigned.TRANSLATE");
            assertThat(n.arguments()).containsExactly("boss", "short.txt", "ru");
            assertThat(n.link()).isEqualTo("/my-work");
            assertThat(n.read()).isFalse();
        });
        assertThat(runAs.user(translatorName, () -> notifications.unreadCount())).isEqualTo(1);
        assertThat(of(managerName)).isEmpty();
    }

    @Test
    void the_translator_is_told_when_their_translation_is_rejected() {
        projects.confirmedBy(created, translatorName, "ru", "Люди встретились в Алматы.");
        SegmentRow row = segment(1);

        runAs.user(reviewerName, () -> translations.reject(new TargetReview(row.segmentId(), "ru", row.version(),
                Origin.EDITOR), "Wrong case"));

        assertThat(of(translatorName)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.REJECTED);
            assertThat(n.arguments()).containsExactly("timur", "1", "short.txt", "ru", "Wrong case");
            assertThat(n.link()).isEqualTo("/documents/" + document + "/ru?segment=1");
        });
        assertThat(of(reviewerName)).isEmpty();
    }

    @Test
    void a_mention_in_a_comment_tells_who_may_read_it() {
        String kazakh = users.create("kazakh", translator(created.project().id(), "kk"));
        SegmentRow row = segment(2);

        runAs.user(reviewerName, () -> reviews.addComment(row.segmentId(), "ru",
                "@" + translatorName + ", see the glossary; @" + kazakh + " and @" + reviewerName + " and @nobody."));

        assertThat(of(translatorName)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.MENTIONED);
            assertThat(n.messageKey()).isEqualTo("notification.mentioned");
            assertThat(n.arguments().subList(0, 4)).containsExactly("timur", "2", "short.txt", "ru");
            assertThat(n.link()).isEqualTo("/documents/" + document + "/ru?segment=2");
        });
        assertThat(of(kazakh)).isEmpty();
        assertThat(of(reviewerName)).isEmpty();
    }

    @Test
    void the_assignees_and_the_manager_are_told_when_the_locale_is_signed_off() {
        assign(translatorName, Step.TRANSLATE);
        assign(reviewerName, Step.REVIEW);
        projects.approvedBy(created, translatorName, reviewerName, "ru", "Люди встретились в Алматы.", "Они поговорили.");

        runAs.user(reviewerName, () -> reviews.signOff(document, "ru"));

        assertThat(of(translatorName)).filteredOn(n -> n.kind() == NotificationKind.SIGNED_OFF).singleElement()
                .satisfies(n -> {
                    assertThat(n.arguments()).containsExactly("timur", "short.txt", "ru");
                    assertThat(n.link()).isEqualTo("/documents/" + document + "/ru");
                });
        assertThat(of(reviewerName)).noneMatch(n -> n.kind() == NotificationKind.SIGNED_OFF);
        assertThat(of(managerName)).filteredOn(n -> n.kind() == NotificationKind.SIGNED_OFF).hasSize(1);
    }

    @Test
    void the_assigned_reviewer_is_told_once_every_segment_is_translated() {
        assign(reviewerName, Step.REVIEW);

        projects.confirmedBy(created, translatorName, "ru", "Люди встретились в Алматы.");
        assertThat(of(reviewerName)).noneMatch(n -> n.kind() == NotificationKind.READY_FOR_REVIEW);

        projects.confirmedBy(created, translatorName, "ru", "Люди встретились в Алматы.", "Они поговорили.");
        assertThat(of(reviewerName)).filteredOn(n -> n.kind() == NotificationKind.READY_FOR_REVIEW).singleElement()
                .satisfies(n -> assertThat(n.arguments()).containsExactly("short.txt", "ru"));
    }

    @Test
    void a_derived_locale_the_translator_cannot_see_neither_notifies_nor_fails_the_confirm() {
        TestProjects.Created uzbek = projects.aProject().withTargets("uz", "uz-Cyrl").withDocument(
                new TestProjects.Article("short.txt", "People met.".getBytes(StandardCharsets.UTF_8)));
        long project = uzbek.project().id();
        projectService.setLinkedLocales(project, List.of(new LinkedLocale("uz-Cyrl", "uz")));
        String uzTranslator = users.create("uz-only", translator(project, "uz"));
        String cyrillicReviewer = users.create("cyr-reviewer", reviewer(project, "uz-Cyrl"));
        assignments.assign(new NewAssignment(uzbek.document().id(), null, "uz-Cyrl", Step.REVIEW, cyrillicReviewer,
                null, false));

        projects.confirmedBy(uzbek, uzTranslator, "uz", "Odamlar uchrashdi.");

        assertThat(projects.segment(uzbek.document().id(), "uz-Cyrl", 1).state()).isEqualTo(TargetState.TRANSLATED);
        assertThat(of(cyrillicReviewer)).extracting(Notification::kind).containsExactly(NotificationKind.ASSIGNED);
    }

    @Test
    void a_muted_kind_is_not_created_and_the_others_still_are() {
        runAs.user(translatorName, () -> {
            notifications.setWanted(EnumSet.complementOf(EnumSet.of(NotificationKind.ASSIGNED)));
            return null;
        });
        assertThat(runAs.user(translatorName, () -> notifications.wanted())).doesNotContain(NotificationKind.ASSIGNED)
                .contains(NotificationKind.REJECTED);

        assign(translatorName, Step.TRANSLATE);
        projects.confirmedBy(created, translatorName, "ru", "Люди встретились в Алматы.");
        SegmentRow row = segment(1);
        runAs.user(reviewerName, () -> translations.reject(new TargetReview(row.segmentId(), "ru", row.version(),
                Origin.EDITOR), "Wrong case"));

        assertThat(of(translatorName)).extracting(Notification::kind).containsExactly(NotificationKind.REJECTED);
    }

    @Test
    void notifications_are_marked_read_one_by_one_or_all_at_once() {
        assign(translatorName, Step.TRANSLATE);
        runAs.user(reviewerName, () -> reviews.addComment(segment(1).segmentId(), "ru", "@" + translatorName + " hi"));
        List<Notification> two = of(translatorName);
        assertThat(two).hasSize(2);

        runAs.user(translatorName, () -> {
            notifications.markRead(two.get(0).id());
            return null;
        });
        assertThat(runAs.user(translatorName, () -> notifications.unreadCount())).isEqualTo(1);
        assertThat(of(translatorName).get(0).read()).isTrue();

        runAs.user(translatorName, () -> {
            notifications.markAllRead();
            return null;
        });
        assertThat(runAs.user(translatorName, () -> notifications.unreadCount())).isZero();
    }
}
