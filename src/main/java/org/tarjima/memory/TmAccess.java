package org.tarjima.memory;

import org.springframework.stereotype.Component;
import org.tarjima.security.AccessPolicy;
import org.tarjima.security.Actor;
import org.tarjima.security.Grant;
import org.tarjima.security.NotPermittedException;
import org.tarjima.security.Permission;
import org.tarjima.security.ProjectRole;

/**
 * Who may use the shared TM. The TM of a language pair holds the work of every project, so it is not a
 * project's: anyone with a role that covers the target locale somewhere (a translator or reviewer of that
 * locale in any project, or a manager of any project, whose role covers all of a project's locales) may look
 * things up in it; admins always. The names of the project and document a unit came from are shown only to
 * those who may see that project's locale. Importing, exporting and forgetting are for admins and managers.
 */
@Component
class TmAccess {

    private final AccessPolicy access;

    TmAccess(AccessPolicy access) {
        this.access = access;
    }

    /** @throws NotPermittedException when the user has no role for the target locale anywhere */
    void requireReader(String targetLocale) {
        Actor actor = access.actor();
        if (actor.admin()) {
            return;
        }
        for (Grant grant : actor.grants()) {
            if (grant.locale() == null || grant.locale().equals(targetLocale)) {
                return;
            }
        }
        throw new NotPermittedException("error.notPermitted.tm", actor.username() + " has no role for " + targetLocale
                + " in any project and may not search its translation memory", targetLocale);
    }

    /** Whether the user may search the TM of this target locale ({@link #requireReader}). */
    boolean mayRead(String targetLocale) {
        Actor actor = access.actor();
        return actor.admin() || actor.grants().stream()
                .anyMatch(grant -> grant.locale() == null || grant.locale().equals(targetLocale));
    }

    /** Whether the user may search some TM at all: an admin, or anyone with a role. */
    boolean mayUse() {
        Actor actor = access.actor();
        return actor.admin() || !actor.grants().isEmpty();
    }

    /** Whether the user may import, export and delete units ({@link #requireCurator}). */
    boolean isCurator() {
        Actor actor = access.actor();
        return actor.admin() || actor.grants().stream().anyMatch(grant -> grant.role() == ProjectRole.MANAGER);
    }

    /**
     * A unit a project's target left may be deleted by the project's managers (and admins); one from a TMX file (or
     * of a deleted project) belongs to no project, so any curator may.
     *
     * @throws NotPermittedException otherwise
     */
    void requireUnitCurator(Long projectId) {
        if (projectId == null) {
            requireCurator();
        } else {
            access.require(Permission.MANAGE, projectId, null);
        }
    }

    /** @throws NotPermittedException when the user is neither an admin nor a manager of some project */
    void requireCurator() {
        Actor actor = access.actor();
        if (actor.admin() || actor.grants().stream().anyMatch(grant -> grant.role() == ProjectRole.MANAGER)) {
            return;
        }
        throw new NotPermittedException("error.notPermitted.tmCurator", actor.username()
                + " may not import or export translation memories: that is for admins and managers");
    }

    void requireManager(long projectId) {
        access.require(Permission.MANAGE, projectId, null);
    }

    void require(Permission permission, long projectId, String locale) {
        access.require(permission, projectId, locale);
    }

    /** Whether the user may see where a unit came from. */
    boolean maySee(Long projectId, String targetLocale) {
        return projectId != null && access.may(Permission.VIEW, projectId, targetLocale);
    }
}
