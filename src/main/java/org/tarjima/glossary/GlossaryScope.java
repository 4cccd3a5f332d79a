package org.tarjima.glossary;

/**
 * Which glossary: a project's own, or the global one that every project also sees (after its own).
 *
 * @param projectId the project, or null for the global glossary
 */
public record GlossaryScope(Long projectId) {

    public static final GlossaryScope GLOBAL = new GlossaryScope(null);

    public static GlossaryScope project(long projectId) {
        return new GlossaryScope(projectId);
    }

    public boolean global() {
        return projectId == null;
    }

    @Override
    public String toString() {
        return global() ? "the global glossary" : "the glossary of project " + projectId;
    }
}
