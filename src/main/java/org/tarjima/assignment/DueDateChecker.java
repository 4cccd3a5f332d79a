package org.tarjima.assignment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tarjima.base.events.WebhookEvent;

/**
 * Reminds assignees once per assignment: the day before its due date, and when it has passed (then also the
 * {@code assignment.overdue} webhook). Each reminder is marked in the row it is sent for, in the same transaction, so
 * a node that stops half-way sends nothing twice; rows are locked with SKIP LOCKED so two nodes share the work.
 */
@Component
public class DueDateChecker {

    private static final Logger log = LoggerFactory.getLogger(DueDateChecker.class);

    private final AssignmentRepository assignments;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DueDateChecker(AssignmentRepository assignments, ApplicationEventPublisher events, Clock clock) {
        this.assignments = assignments;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT1M")
    void scheduled() {
        int sent = check(clock);
        if (sent > 0) {
            log.info("Sent {} due-date reminder(s)", sent);
        }
    }

    /**
     * Sends the reminders that are due at the clock's moment (the day is the clock's day in its zone).
     *
     * @return how many reminders went out
     */
    @Transactional
    public int check(Clock at) {
        LocalDate today = LocalDate.now(at);
        int sent = 0;
        for (long id : assignments.dueOnWithoutReminder(today.plusDays(1))) {
            Assignment assignment = assignments.find(id, today).orElseThrow();
            assignments.markDueSoonSent(id, at.instant());
            events.publishEvent(new AssignmentReminder(assignment, AssignmentReminder.Kind.DUE_TOMORROW));
            sent++;
        }
        for (long id : assignments.overdueWithoutNotice(today)) {
            Assignment assignment = assignments.find(id, today).orElseThrow();
            assignments.markOverdueSent(id, at.instant());
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("assignmentId", id);
            data.put("projectId", assignment.projectId());
            if (assignment.documentId() != null) {
                data.put("documentId", assignment.documentId());
            }
            data.put("locale", assignment.locale());
            data.put("username", assignment.username());
            data.put("step", assignment.step().name());
            data.put("due", assignment.due().toString());
            events.publishEvent(new WebhookEvent("assignment.overdue", assignment.projectId(), data));
            events.publishEvent(new AssignmentReminder(assignment, AssignmentReminder.Kind.OVERDUE));
            sent++;
        }
        return sent;
    }
}
