package org.tarjima.security;

/**
 * One role of a user.
 *
 * @param projectId   the project, or null for every project
 * @param projectName the project's name, or null for every project
 * @param locale      the target locale, or null for every locale of the project
 */
public record Grant(long id, Long projectId, String projectName, String locale, ProjectRole role) {

    boolean covers(long project) {
        return projectId == null || projectId == project;
    }

    boolean coversLocale(String target) {
        return locale == null || target == null || locale.equals(target);
    }
}
