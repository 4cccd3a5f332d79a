package org.tarjima.project;

import org.tarjima.base.UserInputException;
import com.ibm.icu.util.VersionInfo;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tarjima.base.LocaleTag;
import org.tarjima.security.AccessPolicy;
import org.tarjima.security.Actor;
import org.tarjima.security.CurrentUser;
import org.tarjima.security.NotPermittedException;
import org.tarjima.security.Permission;

/** Creates, lists and deletes projects. */
@Service
public class ProjectService {

    private final ProjectRepository projects;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final AccessPolicy access;
    private final ApplicationEventPublisher events;

    ProjectService(ProjectRepository projects, CurrentUser currentUser, Clock clock, AccessPolicy access,
                   ApplicationEventPublisher events) {
        this.access = access;
        this.events = events;
        this.projects = projects;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Creates a project. Locale tags are canonicalised; the target list keeps its order, without
     * duplicates and without the source locale.
     *
     * @throws IllegalArgumentException with a message for the user when the input is not acceptable
     */
    /** Whether the signed-in user manages the project (imports, exports, settings, deleting): what its page offers. */
    public boolean mayManage(long projectId) {
        return access.may(Permission.MANAGE, projectId, null);
    }

    @Transactional
    public ProjectSummary create(NewProject request) {
        access.requireProjectCreator();
        String name = request.name() == null ? "" : request.name().strip();
        if (name.isEmpty() || name.length() > NewProject.NAME_MAX_LENGTH) {
            throw new UserInputException("project.error.nameLength", "A project needs a name of 1 to "
                    + NewProject.NAME_MAX_LENGTH + " characters", NewProject.NAME_MAX_LENGTH);
        }
        if (projects.nameTaken(name)) {
            throw new UserInputException("project.error.nameTaken", "A project named '" + name + "' already exists", name);
        }
        String source = LocaleTag.canonical(request.sourceLocale());
        LinkedHashSet<String> targets = new LinkedHashSet<>();
        for (String target : request.targetLocales()) {
            String tag = LocaleTag.canonical(target);
            if (!tag.equals(source)) {
                targets.add(tag);
            }
        }
        if (targets.isEmpty()) {
            throw new UserInputException("project.error.targetsRequired",
                    "A project needs at least one target locale other than its source");
        }
        PretranslateOnImport pretranslate = request.pretranslate() == null ? PretranslateOnImport.OFF : request.pretranslate();
        long id = projects.insert(new NewProject(name, source, List.copyOf(targets), pretranslate), cldrVersion(),
                clock.instant(), currentUser.username());
        return projects.find(id).orElseThrow();
    }

    /**
     * Sets whether (and in which state) the project fills NEW targets from 100 % TM matches when a document is
     * imported; managers of the project only.
     *
     * @throws java.util.NoSuchElementException           when the project does not exist
     * @throws org.tarjima.security.NotPermittedException when the user does not manage the project
     */
    @Transactional
    public ProjectSummary setPretranslate(long id, PretranslateOnImport mode) {
        if (mode == null) {
            throw new IllegalArgumentException("pretranslate must be OFF, DRAFT or TRANSLATED");
        }
        if (projects.find(id).isEmpty()) {
            throw new java.util.NoSuchElementException("Project " + id + " does not exist");
        }
        access.require(Permission.MANAGE, id, null);
        projects.setPretranslate(id, mode);
        return find(id).orElseThrow();
    }

    /**
     * Sets what confirming a segment does for its repetitions in the project.
     *
     * @throws org.tarjima.security.NotPermittedException when the user does not manage the project
     */
    @Transactional
    public ProjectSummary setRepetitions(long id, RepetitionsMode mode) {
        if (mode == null) {
            throw new IllegalArgumentException("repetitions must be OFFER or APPLY");
        }
        if (projects.find(id).isEmpty()) {
            throw new java.util.NoSuchElementException("Project " + id + " does not exist");
        }
        access.require(Permission.MANAGE, id, null);
        projects.setRepetitions(id, mode);
        return find(id).orElseThrow();
    }

    /** The project's repetitions setting, for the services that confirm (no permission: it says nothing secret). */
    @Transactional(readOnly = true)
    public RepetitionsMode repetitions(long id) {
        return projects.repetitions(id).orElse(RepetitionsMode.OFFER);
    }

    /**
     * Deletes a project with its documents, translations, history, comments, sign-offs, glossary and roles, in one
     * transaction. Its translation memory units stay for every other project unless the manager chooses otherwise.
     *
     * @throws NotPermittedException          when the user is not a manager of the project
     * @throws java.util.NoSuchElementException when there is no such project (any more)
     */
    @Transactional
    public void delete(long projectId, boolean keepTranslationMemory) {
        access.require(Permission.MANAGE, projectId, null);
        if (!projects.lock(projectId)) {
            throw new java.util.NoSuchElementException("Project " + projectId + " does not exist");
        }
        events.publishEvent(new ProjectDeleting(projectId, keepTranslationMemory));
        projects.delete(projectId);
    }

    /** The projects the signed-in user works in, each with only the target locales they were given. */
    @Transactional(readOnly = true)
    public List<ProjectSummary> list() {
        Actor actor = access.actor();
        return projects.findAll().stream()
                .filter(project -> actor.may(Permission.VIEW, project.id(), null))
                .map(project -> visibleTo(actor, project))
                .toList();
    }

    /**
     * A project with the target locales the signed-in user may see.
     *
     * @throws org.tarjima.security.NotPermittedException when the user has no role in the project
     */
    @Transactional(readOnly = true)
    public Optional<ProjectSummary> find(long id) {
        Optional<ProjectSummary> project = projects.find(id);
        if (project.isEmpty()) {
            return project;
        }
        access.require(Permission.VIEW, id, null);
        return project.map(found -> visibleTo(access.actor(), found));
    }

    /** The project of this name, if the signed-in user may see it. */
    @Transactional(readOnly = true)
    public Optional<ProjectSummary> findByName(String name) {
        Actor actor = access.actor();
        return projects.findByName(name).filter(project -> actor.may(Permission.VIEW, project.id(), null))
                .map(project -> visibleTo(actor, project));
    }

    /** Whether a project of this name exists, whoever may see it (names are unique across the workbench). */
    @Transactional(readOnly = true)
    public boolean nameTaken(String name) {
        return projects.nameTaken(name);
    }

    private static ProjectSummary visibleTo(Actor actor, ProjectSummary project) {
        List<String> visible = actor.visibleLocales(project.id(), project.targetLocales());
        return visible.size() == project.targetLocales().size() ? project
                : new ProjectSummary(project.id(), project.name(), project.sourceLocale(), visible,
                project.cldrVersion(), project.createdAt(), project.documentCount(), project.pretranslate(),
                        project.repetitions());
    }

    /** The CLDR release behind ICU's locale data, e.g. "48". */
    static String cldrVersion() {
        VersionInfo cldr = com.ibm.icu.util.LocaleData.getCLDRVersion();
        return cldr.getMinor() == 0 ? String.valueOf(cldr.getMajor()) : cldr.getMajor() + "." + cldr.getMinor();
    }
}
