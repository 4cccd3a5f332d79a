package org.tarjima.assignment;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One assignment as views and the API show it.
 *
 * @param documentId   null for a whole project locale
 * @param documentName null for a whole project locale
 * @param grantedRole  the role granted together with it, or null
 * @param wordsDone    words in the states that count as the step done ({@link Step#done()})
 * @param wordsTotal   words of the document (or project) in the locale
 */
public record Assignment(long id, long projectId, String projectName, Long documentId, String documentName,
                         String locale, Step step, String username, String displayName, LocalDate due, boolean overdue,
                         Instant createdAt, String createdBy, String grantedRole, int wordsDone, int wordsTotal) {

    /** The same assignment with its progress. */
    Assignment withProgress(int done, int total) {
        return new Assignment(id, projectId, projectName, documentId, documentName, locale, step, username, displayName,
                due, overdue, createdAt, createdBy, grantedRole, done, total);
    }
}
