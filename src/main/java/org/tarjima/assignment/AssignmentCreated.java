package org.tarjima.assignment;

/** Published inside the transaction that creates an assignment (the notifications tell the assignee). */
public record AssignmentCreated(Assignment assignment, String assignedBy) {
}
