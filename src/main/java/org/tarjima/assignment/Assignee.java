package org.tarjima.assignment;

/** Someone a manager may pick in the assign dialog. */
public record Assignee(String username, String displayName) {
}
