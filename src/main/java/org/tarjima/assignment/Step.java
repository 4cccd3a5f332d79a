package org.tarjima.assignment;

import java.util.EnumSet;
import java.util.Set;
import org.tarjima.security.Permission;
import org.tarjima.security.ProjectRole;
import org.tarjima.translation.StateFilter;
import org.tarjima.translation.TargetState;

/** What an assignee does with the segments of their locale. */
public enum Step {
    /** Translate and confirm: done are TRANSLATED and APPROVED segments. */
    TRANSLATE(Permission.TRANSLATE, ProjectRole.TRANSLATOR, EnumSet.of(TargetState.TRANSLATED, TargetState.APPROVED),
            StateFilter.TO_DO),
    /** Review: done are APPROVED segments. */
    REVIEW(Permission.REVIEW, ProjectRole.REVIEWER, EnumSet.of(TargetState.APPROVED), StateFilter.TO_REVIEW);

    private final Permission permission;
    private final ProjectRole role;
    private final Set<TargetState> done;
    private final StateFilter open;

    Step(Permission permission, ProjectRole role, Set<TargetState> done, StateFilter open) {
        this.permission = permission;
        this.role = role;
        this.done = done;
        this.open = open;
    }

    /** What the assignee must be allowed to do in the locale. */
    public Permission permission() {
        return permission;
    }

    /** The role that allows it, granted with the assignment when the manager chooses so. */
    public ProjectRole role() {
        return role;
    }

    /** The states that count as this step's work done. */
    public Set<TargetState> done() {
        return done;
    }

    /** The segments still open for this step, where opening the assignment lands. */
    public StateFilter open() {
        return open;
    }
}
