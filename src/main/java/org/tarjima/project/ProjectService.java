package org.tarjima.project;

import com.ibm.icu.util.VersionInfo;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tarjima.base.LocaleTag;
import org.tarjima.security.CurrentUser;

/** Creates and lists projects. */
@Service
public class ProjectService {

    private final ProjectRepository projects;
    private final CurrentUser currentUser;
    private final Clock clock;

    ProjectService(ProjectRepository projects, CurrentUser currentUser, Clock clock) {
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
    @Transactional
    public ProjectSummary create(NewProject request) {
        String name = request.name() == null ? "" : request.name().strip();
        if (name.isEmpty() || name.length() > NewProject.NAME_MAX_LENGTH) {
            throw new IllegalArgumentException("A project needs a name of 1 to " + NewProject.NAME_MAX_LENGTH + " characters");
        }
        if (projects.nameTaken(name)) {
            throw new IllegalArgumentException("A project named '" + name + "' already exists");
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
            throw new IllegalArgumentException("A project needs at least one target locale other than its source");
        }
        long id = projects.insert(new NewProject(name, source, List.copyOf(targets)), cldrVersion(),
                clock.instant(), currentUser.username());
        return projects.find(id).orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<ProjectSummary> list() {
        return projects.findAll();
    }

    @Transactional(readOnly = true)
    public Optional<ProjectSummary> find(long id) {
        return projects.find(id);
    }

    @Transactional(readOnly = true)
    public Optional<ProjectSummary> findByName(String name) {
        return projects.findByName(name);
    }

    /** The CLDR release behind ICU's locale data, e.g. "48". */
    static String cldrVersion() {
        VersionInfo cldr = com.ibm.icu.util.LocaleData.getCLDRVersion();
        return cldr.getMinor() == 0 ? String.valueOf(cldr.getMajor()) : cldr.getMajor() + "." + cldr.getMinor();
    }
}
