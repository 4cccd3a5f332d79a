package org.tarjima.assignment;

import java.time.LocalDate;

/**
 * What a manager asks for: a document locale ({@code documentId}) or a whole project locale ({@code projectId} alone).
 *
 * @param due       the last day of the work, or null for none
 * @param grantRole give the person the step's role for the locale when they lack it
 */
public record NewAssignment(Long documentId, Long projectId, String locale, Step step, String username, LocalDate due,
                            boolean grantRole) {
}
