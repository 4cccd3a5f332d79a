package org.tarjima.assignment;

/** Published once per assignment by the due-date check: the day before the due date, and when it has passed. */
public record AssignmentReminder(Assignment assignment, Kind kind) {

    public enum Kind { DUE_TOMORROW, OVERDUE }
}
