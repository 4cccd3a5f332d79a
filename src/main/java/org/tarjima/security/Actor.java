package org.tarjima.security;

import java.util.List;

/** A signed-in user with the grants in force at the moment of the call. */
public record Actor(long id, String username, String displayName, boolean admin, List<Grant> grants) {

    /** Whether this user may do what the permission says in the project (and locale, if given). */
    public boolean may(Permission permission, long projectId, String locale) {
        if (admin) {
            return true;
        }
        for (Grant grant : grants) {
            if (!grant.covers(projectId)) {
                continue;
            }
            boolean allowed = switch (permission) {
                case VIEW -> grant.role() == ProjectRole.MANAGER || grant.coversLocale(locale);
                case TRANSLATE -> grant.role() != ProjectRole.MANAGER && grant.coversLocale(locale);
                case REVIEW -> grant.role() == ProjectRole.REVIEWER && grant.coversLocale(locale);
                case MANAGE -> grant.role() == ProjectRole.MANAGER;
            };
            if (allowed) {
                return true;
            }
        }
        return false;
    }

    /** Admins and managers of every project create projects. */
    public boolean mayCreateProjects() {
        return admin || grants.stream().anyMatch(g -> g.projectId() == null && g.role() == ProjectRole.MANAGER);
    }

    /** The locales among {@code targets} this user may see in the project, in the given order. */
    public List<String> visibleLocales(long projectId, List<String> targets) {
        return targets.stream().filter(locale -> may(Permission.VIEW, projectId, locale)).toList();
    }
}
