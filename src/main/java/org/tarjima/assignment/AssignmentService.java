package org.tarjima.assignment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tarjima.base.LocaleTag;
import org.tarjima.base.UserInputException;
import org.tarjima.base.events.WebhookEvent;
import org.tarjima.document.DocumentService;
import org.tarjima.document.DocumentSummary;
import org.tarjima.project.ProjectService;
import org.tarjima.project.ProjectSummary;
import org.tarjima.security.AccessPolicy;
import org.tarjima.security.Actor;
import org.tarjima.security.NotPermittedException;
import org.tarjima.security.Permission;
import org.tarjima.security.UserService;
import org.tarjima.translation.LocaleProgress;
import org.tarjima.translation.SegmentListing;
import org.tarjima.translation.SegmentRow;
import org.tarjima.translation.TargetState;
import org.tarjima.translation.TranslationService;

/**
 * Assignments: managers of a project give, change and take them back; everyone reads their own. The assignee must
 * hold the step's role for the locale, or the manager grants it with the assignment.
 */
@Service
public class AssignmentService {

    private final AssignmentRepository assignments;
    private final AccessPolicy access;
    private final UserService users;
    private final ProjectService projects;
    private final DocumentService documents;
    private final TranslationService translations;
    private final SegmentListing listing;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AssignmentService(AssignmentRepository assignments, AccessPolicy access, UserService users, ProjectService projects,
                      DocumentService documents, TranslationService translations, SegmentListing listing,
                      ApplicationEventPublisher events, Clock clock) {
        this.assignments = assignments;
        this.access = access;
        this.users = users;
        this.projects = projects;
        this.documents = documents;
        this.translations = translations;
        this.listing = listing;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Assigns a step of a document locale, or of a whole project locale, to a person (managers of the project).
     *
     * @throws UserInputException    when the person, locale or step is not acceptable, the same assignment exists, or
     *                               the person lacks the step's role and {@code grantRole} is not set
     * @throws NotPermittedException when the signed-in user does not manage the project
     * @throws NoSuchElementException when the document or project does not exist
     */
    @Transactional
    public Assignment assign(NewAssignment request) {
        long projectId = projectOf(request);
        access.require(Permission.MANAGE, projectId, null);
        if (request.step() == null) {
            throw new UserInputException("assignment.error.step", "The step is TRANSLATE or REVIEW");
        }
        ProjectSummary project = projects.find(projectId).orElseThrow();
        String locale = request.locale() == null || request.locale().isBlank() ? ""
                : LocaleTag.canonical(request.locale().strip());
        if (!project.targetLocales().contains(locale)) {
            throw new UserInputException("error.localeNotInProject",
                    locale + " is not a target locale of project " + projectId, locale);
        }
        Actor person = users.person(request.username()).orElseThrow(() -> new UserInputException("error.user.notFound",
                "No user named '" + request.username() + "'", request.username()));
        String granted = null;
        if (!person.may(request.step().permission(), projectId, locale)) {
            if (!request.grantRole()) {
                throw new UserInputException("assignment.error.noRole", person.username() + " may not "
                        + request.step().permission().name().toLowerCase() + " " + locale
                        + " in this project; grant the role with the assignment (grantRole) or choose someone else",
                        person.displayName(), locale);
            }
            users.grant(person.username(), new UserService.RoleRequest(projectId, locale, request.step().role()));
            granted = request.step().role().name();
        }
        if (assignments.exists(projectId, request.documentId(), locale, request.step(), person.id())) {
            throw new UserInputException("assignment.error.duplicate",
                    person.username() + " already has this assignment", person.displayName());
        }
        long id = assignments.insert(projectId, request.documentId(), locale, request.step(), person.id(), request.due(),
                clock.instant(), access.actor().username(), granted);
        Assignment created = assignments.find(id, today()).orElseThrow();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("assignmentId", id);
        data.put("projectId", projectId);
        if (request.documentId() != null) {
            data.put("documentId", request.documentId());
        }
        data.put("locale", locale);
        data.put("username", person.username());
        data.put("step", request.step().name());
        if (request.due() != null) {
            data.put("due", request.due().toString());
        }
        events.publishEvent(new WebhookEvent("assignment.created", projectId, data));
        events.publishEvent(new AssignmentCreated(created, access.actor().username()));
        return created;
    }

    /** The signed-in user's assignments with their progress, overdue first, then by due date. */
    @Transactional(readOnly = true)
    public List<Assignment> mine() {
        return assignments.ofUser(access.actor().username(), today()).stream().map(this::withProgress).toList();
    }

    /** The assignments of a project (anyone who may see it), overdue first. */
    @Transactional(readOnly = true)
    public List<Assignment> ofProject(long projectId) {
        access.require(Permission.VIEW, projectId, null);
        return assignments.ofProject(projectId, today());
    }

    /** Whether the signed-in user may assign people in the project. */
    @Transactional(readOnly = true)
    public boolean mayAssign(long projectId) {
        return access.may(Permission.MANAGE, projectId, null);
    }

    /** The people a manager of the project may assign (any enabled user; a missing role can be granted). */
    @Transactional(readOnly = true)
    public List<Assignee> assignable(long projectId) {
        return users.assignable(projectId).stream().map(a -> new Assignee(a.username(), a.displayName())).toList();
    }

    /** Moves the due date (null: none), managers of the project. */
    @Transactional
    public Assignment changeDue(long id, LocalDate due) {
        Assignment assignment = managed(id);
        assignments.setDue(assignment.id(), due);
        return assignments.find(id, today()).orElseThrow();
    }

    /** Takes an assignment back (managers of the project); a role granted with it stays. */
    @Transactional
    public void delete(long id) {
        assignments.delete(managed(id).id());
    }

    /**
     * Where the assignee's work starts: the first segment open for their step (for a whole project locale, in its
     * first document with open work), or the first segment when all is done. Empty for a project without documents.
     */
    @Transactional(readOnly = true)
    public Optional<WorkLink> open(long id) {
        Assignment assignment = assignments.find(id, today())
                .orElseThrow(() -> new NoSuchElementException("Assignment " + id + " does not exist"));
        Actor me = access.actor();
        if (!me.username().equalsIgnoreCase(assignment.username())) {
            access.require(Permission.VIEW, assignment.projectId(), assignment.locale());
        }
        List<Long> candidates = assignment.documentId() != null ? List.of(assignment.documentId())
                : documents.documents(assignment.projectId()).stream().map(DocumentSummary::id).toList();
        for (long documentId : candidates) {
            List<SegmentRow> first = listing.page(documentId, assignment.locale(), assignment.step().open(), 0, 1);
            if (!first.isEmpty()) {
                return Optional.of(new WorkLink(documentId, assignment.locale(), first.get(0).ordinal()));
            }
        }
        return candidates.isEmpty() ? Optional.empty()
                : Optional.of(new WorkLink(candidates.get(0), assignment.locale(), 1));
    }

    /**
     * Who is assigned a document locale, on the document or on its project's locale (for notifications; no
     * permission needed: it names people, not text).
     */
    @Transactional(readOnly = true)
    public List<Assignment> covering(long documentId, String locale) {
        return assignments.covering(documentId, locale, today());
    }

    private Assignment managed(long id) {
        Assignment assignment = assignments.find(id, today())
                .orElseThrow(() -> new NoSuchElementException("Assignment " + id + " does not exist"));
        access.require(Permission.MANAGE, assignment.projectId(), null);
        return assignment;
    }

    private Assignment withProgress(Assignment assignment) {
        if (!access.may(Permission.VIEW, assignment.projectId(), assignment.locale())) {
            // The role was taken away since: the assignment is still listed, its text is not for this user.
            return assignment;
        }
        List<String> locale = List.of(assignment.locale());
        LocaleProgress progress = assignment.documentId() == null
                ? translations.projectProgress(assignment.projectId(), locale).get(assignment.locale())
                : translations.progress(assignment.documentId(), locale).get(assignment.locale());
        int done = 0;
        for (TargetState state : assignment.step().done()) {
            done += progress.words(state);
        }
        return assignment.withProgress(done, progress.totalWords());
    }

    private long projectOf(NewAssignment request) {
        if (request.documentId() != null) {
            DocumentSummary document = documents.find(request.documentId()).orElseThrow(
                    () -> new NoSuchElementException("Document " + request.documentId() + " does not exist"));
            if (request.projectId() != null && request.projectId() != document.projectId()) {
                throw new UserInputException("assignment.error.projectMismatch",
                        "Document " + document.id() + " is not in project " + request.projectId());
            }
            return document.projectId();
        }
        if (request.projectId() == null) {
            throw new UserInputException("assignment.error.scope", "An assignment names a documentId or a projectId");
        }
        if (projects.find(request.projectId()).isEmpty()) {
            throw new NoSuchElementException("Project " + request.projectId() + " does not exist");
        }
        return request.projectId();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
