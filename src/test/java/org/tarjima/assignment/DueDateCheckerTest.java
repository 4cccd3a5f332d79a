package org.tarjima.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarjima.support.TestUsers.manager;
import static org.tarjima.support.TestUsers.translator;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.tarjima.base.events.WebhookEvent;
import org.tarjima.notification.Notification;
import org.tarjima.notification.NotificationKind;
import org.tarjima.notification.NotificationService;
import org.tarjima.security.RunAs;
import org.tarjima.support.TarjimaTest;
import org.tarjima.support.TestProjects;
import org.tarjima.support.TestUsers;

/** The due-date check, driven by a fixed clock: a day ahead once, overdue once, and again after a new date. */
@TarjimaTest
@RecordApplicationEvents
class DueDateCheckerTest {

    /** Far ahead of the real date, so that no other test's assignment is due around it. */
    private static final LocalDate DUE = LocalDate.of(2091, 3, 15);

    @Autowired
    TestProjects projects;
    @Autowired
    TestUsers users;
    @Autowired
    RunAs runAs;
    @Autowired
    AssignmentService assignments;
    @Autowired
    DueDateChecker checker;
    @Autowired
    NotificationService notifications;
    @Autowired
    ApplicationEvents events;

    private String translatorName;
    private String managerName;
    private long assignment;

    @BeforeEach
    void anAssignmentDueOnTheFifteenth() {
        TestProjects.Created created = projects.aProject().withTargets("ru").withDocument(TestProjects.seedArticle());
        translatorName = users.create("due", translator(created.project().id(), "ru"));
        managerName = users.create("due-manager", manager(created.project().id()));
        assignment = runAs.user(managerName, () -> assignments.assign(new NewAssignment(created.document().id(), null,
                "ru", Step.TRANSLATE, translatorName, DUE, false))).id();
    }

    private static Clock at(LocalDate day) {
        return Clock.fixed(day.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    private List<NotificationKind> kinds() {
        return runAs.user(translatorName, () -> notifications.latest()).stream().map(Notification::kind).toList();
    }

    private List<WebhookEvent> overdueHooks() {
        return events.stream(WebhookEvent.class).filter(e -> e.type().equals("assignment.overdue"))
                .filter(e -> e.data().get("assignmentId").equals(assignment)).toList();
    }

    @Test
    void the_assignee_hears_a_day_ahead_once_and_of_the_overdue_once() {
        checker.check(at(DUE.minusDays(2)));
        assertThat(kinds()).containsExactly(NotificationKind.ASSIGNED);

        checker.check(at(DUE.minusDays(1)));
        checker.check(at(DUE.minusDays(1)));
        assertThat(kinds()).containsExactly(NotificationKind.DUE_TOMORROW, NotificationKind.ASSIGNED);

        checker.check(at(DUE));
        assertThat(overdueHooks()).isEmpty();

        checker.check(at(DUE.plusDays(1)));
        checker.check(at(DUE.plusDays(3)));
        assertThat(kinds()).containsExactly(NotificationKind.OVERDUE, NotificationKind.DUE_TOMORROW,
                NotificationKind.ASSIGNED);
        assertThat(overdueHooks()).singleElement().satisfies(hook -> {
            assertThat(hook.data()).containsEntry("username", translatorName).containsEntry("step", "TRANSLATE")
                    .containsEntry("due", DUE.toString());
        });
    }

    @Test
    void a_new_due_date_sends_its_reminders_again() {
        checker.check(at(DUE.plusDays(1)));
        runAs.user(managerName, () -> assignments.changeDue(assignment, DUE.plusDays(10)));

        checker.check(at(DUE.plusDays(11)));

        assertThat(kinds()).containsExactly(NotificationKind.OVERDUE, NotificationKind.OVERDUE,
                NotificationKind.ASSIGNED);
        assertThat(overdueHooks()).hasSize(2);
    }

    @Test
    void creating_an_assignment_publishes_its_webhook_event() {
        assertThat(events.stream(WebhookEvent.class).filter(e -> e.type().equals("assignment.created")))
                .singleElement().satisfies(hook -> assertThat(hook.data()).containsEntry("assignmentId", assignment)
                        .containsEntry("username", translatorName).containsEntry("due", DUE.toString()));
    }
}
