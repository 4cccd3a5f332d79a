package org.tarjima.assignment.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import org.tarjima.assignment.Assignment;
import org.tarjima.assignment.AssignmentService;

/**
 * The assignments of a project page's matrix, read once per refresh: who is assigned each document locale (on the
 * document or on the whole project locale), and the Assign action for managers.
 */
public final class MatrixAssignments {

    private final AssignmentService assignments;
    private final long projectId;
    private final Runnable changed;
    private List<Assignment> all = List.of();
    private boolean manager;

    /** @param changed called after a manager assigned someone, to refresh the page */
    public MatrixAssignments(AssignmentService assignments, long projectId, Runnable changed) {
        this.assignments = assignments;
        this.projectId = projectId;
        this.changed = changed;
    }

    /** Reads the project's assignments again. */
    public void reload() {
        all = assignments.ofProject(projectId);
        manager = assignments.mayAssign(projectId);
    }

    /** Who is assigned the document in the locale, overdue ones marked, with Assign for managers. */
    public Component cell(long documentId, String documentName, String locale) {
        List<Assignment> covering = all.stream().filter(a -> a.locale().equals(locale))
                .filter(a -> a.documentId() == null || a.documentId() == documentId).toList();
        return new AssigneesCell(covering, documentId, locale, manager ? () -> new AssignDialog(assignments, projectId,
                documentId, documentName, locale, changed).open() : null);
    }
}
