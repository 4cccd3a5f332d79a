package org.tarjima.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tarjima.assignment.Assignment;
import org.tarjima.assignment.AssignmentService;
import org.tarjima.assignment.NewAssignment;
import org.tarjima.assignment.Step;
import org.tarjima.base.UserInputException;

@RestController
@Tag(name = "Assignments", description = "Who translates or reviews which document locale (or project locale), by when")
class AssignmentsController {

    private final AssignmentService assignments;

    AssignmentsController(AssignmentService assignments) {
        this.assignments = assignments;
    }

    /** {@code due} is a day, ISO 8601 ({@code 2026-12-24}); {@code grantRole} gives the person the step's role. */
    record AssignmentRequest(Long documentId, Long projectId, String locale, String step, String username, String due,
                             Boolean grantRole) {
    }

    record DueRequest(String due) {
    }

    record AssignmentJson(long id, long projectId, String projectName, Long documentId, String documentName,
                          String locale, Step step, String username, String displayName, LocalDate due, boolean overdue,
                          Instant createdAt, String createdBy, String grantedRole, int wordsDone, int wordsTotal) {

        static AssignmentJson of(Assignment a) {
            return new AssignmentJson(a.id(), a.projectId(), a.projectName(), a.documentId(), a.documentName(),
                    a.locale(), a.step(), a.username(), a.displayName(), a.due(), a.overdue(), a.createdAt(),
                    a.createdBy(), a.grantedRole(), a.wordsDone(), a.wordsTotal());
        }
    }

    @PostMapping(path = "/api/assignments", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Assign a step of a document locale (documentId) or a whole project locale (projectId)",
            description = "Managers of the project. 400 when the person lacks the step's role for the locale, unless "
                    + "grantRole is true (then the role is granted and recorded on the assignment).")
    AssignmentJson create(@RequestBody AssignmentRequest request) {
        return AssignmentJson.of(assignments.assign(new NewAssignment(request.documentId(), request.projectId(),
                request.locale(), step(request.step()), request.username(), day(request.due()),
                Boolean.TRUE.equals(request.grantRole()))));
    }

    @GetMapping(path = "/api/me/assignments", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The caller's assignments with progress (words done of total in their step), overdue first")
    List<AssignmentJson> mine() {
        return assignments.mine().stream().map(AssignmentJson::of).toList();
    }

    @GetMapping(path = "/api/projects/{projectId}/assignments", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The assignments of a project, overdue first")
    List<AssignmentJson> ofProject(@PathVariable long projectId) {
        return assignments.ofProject(projectId).stream().map(AssignmentJson::of).toList();
    }

    @PatchMapping(path = "/api/assignments/{id}", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Move the due date (null: none); managers of the project")
    AssignmentJson change(@PathVariable long id, @RequestBody DueRequest request) {
        return AssignmentJson.of(assignments.changeDue(id, day(request.due())));
    }

    @DeleteMapping("/api/assignments/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Take an assignment back; managers of the project (a role granted with it stays)")
    void delete(@PathVariable long id) {
        assignments.delete(id);
    }

    private static Step step(String step) {
        try {
            return step == null ? null : Step.valueOf(step.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserInputException("assignment.error.step", "The step is TRANSLATE or REVIEW");
        }
    }

    private static LocalDate day(String due) {
        try {
            return due == null || due.isBlank() ? null : LocalDate.parse(due.strip());
        } catch (DateTimeParseException e) {
            throw new UserInputException("assignment.error.due", "The due date is a day such as 2026-12-24");
        }
    }
}
