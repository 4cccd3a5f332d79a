package org.tarjima.glossary;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.tarjima.security.AccessPolicy;
import org.tarjima.security.Actor;
import org.tarjima.security.NotPermittedException;
import org.tarjima.security.Permission;

/** Who may read and change which glossary (see {@link GlossaryPermissions}). */
@Component
class GlossaryAccess {

    /** A project as the glossary needs it: its source and all of its target locales, whoever asks. */
    record ProjectLocales(long id, String name, String sourceLocale, List<String> targetLocales) {
    }

    private final AccessPolicy access;
    private final GlossaryRepository repository;

    GlossaryAccess(AccessPolicy access, GlossaryRepository repository) {
        this.access = access;
        this.repository = repository;
    }

    /**
     * @throws NoSuchElementException when the project does not exist
     * @throws NotPermittedException  when the user may not see the project (or, for the global glossary, is not
     *                                signed in with a working account)
     */
    void requireRead(GlossaryScope scope) {
        if (scope.global()) {
            access.actor();
            return;
        }
        project(scope.projectId());
        access.require(Permission.VIEW, scope.projectId(), null);
    }

    GlossaryPermissions permissions(GlossaryScope scope) {
        Actor actor = access.actor();
        if (scope.global()) {
            return actor.admin() ? GlossaryPermissions.everything(Set.of()) : GlossaryPermissions.readOnly();
        }
        ProjectLocales project = project(scope.projectId());
        if (actor.may(Permission.MANAGE, project.id(), null)) {
            return GlossaryPermissions.everything(Set.copyOf(project.targetLocales()));
        }
        Set<String> reviewed = project.targetLocales().stream()
                .filter(locale -> actor.may(Permission.REVIEW, project.id(), locale)).collect(Collectors.toSet());
        return new GlossaryPermissions(!reviewed.isEmpty(), false, false, reviewed);
    }

    /** @throws NotPermittedException unless the user may add and change terms */
    GlossaryPermissions requireEdit(GlossaryScope scope) {
        GlossaryPermissions permissions = permissions(scope);
        if (!permissions.mayEdit()) {
            throw refusal(scope);
        }
        return permissions;
    }

    /** @throws NotPermittedException unless the user may import files into the glossary */
    void requireImport(GlossaryScope scope) {
        if (!permissions(scope).mayImport()) {
            throw scope.global() ? refusal(scope) : new NotPermittedException("error.notPermitted.manage",
                    access.actor().username() + " may not import into the glossary of project " + scope.projectId());
        }
    }

    NotPermittedException refusal(GlossaryScope scope) {
        String user = access.actor().username();
        return scope.global()
                ? new NotPermittedException("error.notPermitted.admin", user + " may not change the global glossary")
                : new NotPermittedException("glossary.error.notPermitted",
                user + " may not change the glossary of project " + scope.projectId());
    }

    NotPermittedException refusal(GlossaryScope scope, String locale) {
        return new NotPermittedException("glossary.error.notPermittedLocale", access.actor().username()
                + " may not change the " + locale + " terms of " + scope, locale);
    }

    /** Whether the user may see translations into this locale of the scope's glossary. */
    boolean mayRead(GlossaryScope scope, String locale) {
        return scope.global() || access.may(Permission.VIEW, scope.projectId(), locale);
    }

    ProjectLocales project(long projectId) {
        return repository.project(projectId)
                .orElseThrow(() -> new NoSuchElementException("Project " + projectId + " does not exist"));
    }
}
