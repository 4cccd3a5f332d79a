package org.tarjima.document.ui;

import org.tarjima.base.ui.Routes;
import com.vaadin.flow.router.BeforeEnterEvent;
import java.util.Optional;
import org.tarjima.base.ui.Notifications;
import org.tarjima.document.DocumentService;
import org.tarjima.document.DocumentSummary;
import org.tarjima.project.ProjectService;
import org.tarjima.project.ProjectSummary;

/**
 * The document, its project and the target locale that a route {@code documents/:documentId/:locale...} names, for
 * the views of one document in one locale (the editor, the QA report). The locale is the project's own spelling of
 * it, whatever case the address used.
 */
public record DocumentLocaleRoute(DocumentSummary document, ProjectSummary project, String locale) {

    /**
     * Resolves the route of {@code event}; when it names no document the user may see, or a locale the project does
     * not translate into, says so and forwards (to the dashboard, to the project) and gives nothing.
     */
    public static Optional<DocumentLocaleRoute> resolve(BeforeEnterEvent event, DocumentService documents,
                                                        ProjectService projects) {
        Optional<DocumentSummary> found = event.getRouteParameters().getLong("documentId").flatMap(documents::find);
        if (found.isEmpty()) {
            Notifications.error(event.getUI().getTranslation("error.documentNotFound"));
            event.forwardTo(Routes.DASHBOARD);
            return Optional.empty();
        }
        DocumentSummary document = found.get();
        ProjectSummary project = projects.find(document.projectId()).orElseThrow();
        String requested = event.getRouteParameters().get("locale").orElse("");
        Optional<String> locale = project.targetLocales().stream().filter(l -> l.equalsIgnoreCase(requested)).findFirst();
        if (locale.isEmpty()) {
            Notifications.error(event.getUI().getTranslation("error.localeNotInProject", requested));
            forwardToProject(event, project);
            return Optional.empty();
        }
        return Optional.of(new DocumentLocaleRoute(document, project, locale.get()));
    }

    /** Leaves for the project's page, e.g. when the user may not see this locale. */
    public void forwardToProject(BeforeEnterEvent event) {
        forwardToProject(event, project);
    }

    private static void forwardToProject(BeforeEnterEvent event, ProjectSummary project) {
        event.forwardTo(Routes.project(project.id()));
    }
}
