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
import org.tarjima.locale.ScriptConversion;
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
    private final ScriptConversion conversion;

    ProjectService(ProjectRepository projects, CurrentUser currentUser, Clock clock, AccessPolicy access,
                   ApplicationEventPublisher events, ScriptConversion conversion) {
        this.conversion = conversion;
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

    /**
     * The project's pivot: what the manager chose and the locale in effect. No permission: like the repetitions
     * setting, it is read for whoever translates in the project, and says nothing secret.
     *
     * @throws java.util.NoSuchElementException when the project does not exist
     */
    @Transactional(readOnly = true)
    public PivotSetting pivot(long id) {
        return projects.pivot(id).orElseThrow(() -> new java.util.NoSuchElementException("Project " + id + " does not exist"));
    }

    /**
     * Sets the pivot locale: {@value PivotSetting#DEFAULT} (or null: {@value PivotSetting#DEFAULT_PIVOT} when it is a
     * target locale), {@value PivotSetting#NONE}, or one of the project's target locales. Managers only.
     *
     * @throws IllegalArgumentException                   when the locale is not a target locale of the project
     * @throws org.tarjima.security.NotPermittedException when the user does not manage the project
     */
    @Transactional
    public PivotSetting setPivot(long id, String pivot) {
        PivotSetting current = pivot(id);
        access.require(Permission.MANAGE, id, null);
        String stored;
        if (pivot == null || pivot.isBlank() || PivotSetting.DEFAULT.equalsIgnoreCase(pivot.strip())) {
            stored = null;
        } else if (PivotSetting.NONE.equalsIgnoreCase(pivot.strip())) {
            stored = PivotSetting.NONE;
        } else {
            stored = LocaleTag.canonical(pivot);
            if (!projects.find(id).orElseThrow().targetLocales().contains(stored)) {
                throw new IllegalArgumentException("The pivot must be one of the project's target locales, "
                        + PivotSetting.DEFAULT + " or " + PivotSetting.NONE + ", not '" + pivot + "'");
            }
        }
        if (!java.util.Objects.equals(stored, current.stored())) {
            projects.setPivot(id, stored);
        }
        return pivot(id);
    }

    /**
     * The links the project's target locales allow: every pair with a script conversion from one to the other (uz →
     * uz-Cyrl, uz-Cyrl → uz, kk → kk-Latn), for a manager to choose from.
     */
    @Transactional(readOnly = true)
    public List<LinkedLocale> linkCandidates(long id) {
        List<String> locales = projects.find(id).map(ProjectSummary::targetLocales).orElse(List.of());
        List<LinkedLocale> candidates = new java.util.ArrayList<>();
        for (String base : locales) {
            for (String derived : locales) {
                if (!base.equals(derived) && conversion.direction(base, derived).isPresent()) {
                    candidates.add(new LinkedLocale(derived, base));
                }
            }
        }
        return candidates;
    }

    /** The project's linked script variants (no permission: read on every confirm, and says nothing secret). */
    @Transactional(readOnly = true)
    public List<LinkedLocale> linkedLocales(long id) {
        return projects.linkedLocales(id);
    }

    /**
     * Replaces the project's linked script variants. Each derived locale and its base are target locales of the
     * project with a script conversion between them (uz → uz-Cyrl, uz-Cyrl → uz, kk → kk-Latn); a locale follows
     * one base at most and a base follows none, so derivations never chain. Managers only.
     *
     * @throws IllegalArgumentException                   with what is wrong with a link
     * @throws org.tarjima.security.NotPermittedException when the user does not manage the project
     */
    @Transactional
    public List<LinkedLocale> setLinkedLocales(long id, List<LinkedLocale> links) {
        ProjectSummary project = projects.find(id)
                .orElseThrow(() -> new java.util.NoSuchElementException("Project " + id + " does not exist"));
        access.require(Permission.MANAGE, id, null);
        java.util.Map<String, String> byLocale = new java.util.LinkedHashMap<>();
        for (LinkedLocale link : links == null ? List.<LinkedLocale>of() : links) {
            if (link == null || link.locale() == null || link.baseLocale() == null) {
                throw new IllegalArgumentException("A link needs a locale and its baseLocale");
            }
            String locale = LocaleTag.canonical(link.locale());
            String base = LocaleTag.canonical(link.baseLocale());
            for (String tag : List.of(locale, base)) {
                if (!project.targetLocales().contains(tag)) {
                    throw new IllegalArgumentException(tag + " is not a target locale of the project");
                }
            }
            if (conversion.direction(base, locale).isEmpty()) {
                throw new IllegalArgumentException("No script conversion from " + base + " to " + locale);
            }
            if (byLocale.putIfAbsent(locale, base) != null) {
                throw new IllegalArgumentException(locale + " can follow one base locale only");
            }
        }
        for (java.util.Map.Entry<String, String> link : byLocale.entrySet()) {
            if (byLocale.containsKey(link.getValue())) {
                throw new IllegalArgumentException(link.getValue() + " follows another locale and cannot be a base too");
            }
        }
        List<LinkedLocale> canonical = byLocale.entrySet().stream()
                .map(link -> new LinkedLocale(link.getKey(), link.getValue())).toList();
        projects.replaceLinkedLocales(id, canonical);
        return projects.linkedLocales(id);
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
