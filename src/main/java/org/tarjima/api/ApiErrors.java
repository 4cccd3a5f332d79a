package org.tarjima.api;

import java.util.NoSuchElementException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.tarjima.base.DatabaseTrouble;
import org.tarjima.document.DocumentImportException;
import org.tarjima.review.CommentRefusedException;
import org.tarjima.glossary.GlossaryConflictException;
import org.tarjima.glossary.GlossaryImportException;
import org.tarjima.interchange.InterchangeException;
import org.tarjima.interchange.xliff.TargetLocaleNeededException;
import org.tarjima.qa.QaIgnoreRefusedException;
import org.tarjima.review.SignOffRefusedException;
import org.tarjima.translation.IllegalTransitionException;
import org.tarjima.translation.SaveResult;

/** Maps refusals to RFC 7807 problem details with a message a script's author can act on. */
@RestControllerAdvice(basePackages = "org.tarjima.api")
class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(NoSuchElementException.class)
    ProblemDetail notFound(NoSuchElementException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "Forbidden", e.getMessage());
    }

    @ExceptionHandler(SignOffRefusedException.class)
    ProblemDetail signOffRefused(SignOffRefusedException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "Not ready for sign-off", e.getMessage());
        problem.setProperty("notApproved", e.notApproved());
        problem.setProperty("qaErrors", e.qaErrors());
        return problem;
    }

    @ExceptionHandler(GlossaryImportException.class)
    ProblemDetail glossaryFileRefused(GlossaryImportException e) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_ENTITY, "The file was refused; nothing was imported",
                e.getMessage());
        if (e.line() > 0) {
            problem.setProperty("line", e.line());
        }
        return problem;
    }

    @ExceptionHandler(GlossaryConflictException.class)
    ProblemDetail glossaryConflict(GlossaryConflictException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "Changed in the meantime", e.getMessage());
        problem.setProperty("currentVersion", e.current().version());
        problem.setProperty("updatedBy", e.current().updatedBy());
        return problem;
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badRequest(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, "Bad request", e.getMessage());
    }

    @ExceptionHandler(TargetLocaleNeededException.class)
    ProblemDetail targetLocaleNeeded(TargetLocaleNeededException e) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_ENTITY, "Which locale are the file's translations?",
                e.getMessage());
        problem.setProperty("targetLocales", e.choices());
        return problem;
    }

    @ExceptionHandler({DocumentImportException.class, InterchangeException.class, IllegalTransitionException.class,
            QaIgnoreRefusedException.class, CommentRefusedException.class})
    ProblemDetail unprocessable(RuntimeException e) {
        return problem(HttpStatus.UNPROCESSABLE_ENTITY, "The request was understood but refused", e.getMessage());
    }

    /**
     * A value PostgreSQL cannot store (SQL state class 22: a NUL character, a name too long for its column, a number
     * out of range): the caller's data, not a server fault, so a 422 naming it; anything else is unexpected.
     */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail refusedByDatabase(DataIntegrityViolationException e) {
        if (DatabaseTrouble.refusedValue(e)) {
            String reason = DatabaseTrouble.refusalReason(e);
            return problem(HttpStatus.UNPROCESSABLE_ENTITY, "A value cannot be stored",
                    "The database refused a value of the request (" + reason + "). Nothing was changed.");
        }
        return unexpected(e);
    }

    /**
     * The database is away (restarting, out of connections, out of disk): 503, so that a script retries, and never a
     * hang or a stack trace. Whether a save whose commit was cut off got stored is unknown: the client re-reads.
     */
    @ExceptionHandler({DataAccessResourceFailureException.class, TransientDataAccessResourceException.class,
            CannotCreateTransactionException.class})
    static ResponseEntity<ProblemDetail> databaseUnavailable(RuntimeException e) {
        log.warn("The database could not serve an API request: {}", e.getMessage());
        ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, "Database unavailable",
                "The database " + DatabaseTrouble.unavailableBecause(e) + ", so the request was not completed and nothing of it was kept "
                        + "(unless the connection broke while it was being committed). Try again in a moment; before "
                        + "repeating a save, read the target to see whether it was stored.");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /**
     * A transaction whose connection died: the rollback fails too, and Spring reports that failure instead of the
     * original one. When the database is what went away, it is a 503 like any other lost connection.
     */
    @ExceptionHandler(TransactionSystemException.class)
    ResponseEntity<ProblemDetail> transactionFailed(TransactionSystemException e) {
        if (isDatabaseUnavailable(e)) {
            return databaseUnavailable(e);
        }
        return ResponseEntity.internalServerError().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(unexpected(e));
    }

    /** Whether the failure is the database going away (connection lost, server shutting down, out of resources). */
    static boolean isDatabaseUnavailable(Throwable e) {
        return DatabaseTrouble.unavailable(e);
    }


    @ExceptionHandler(RuntimeException.class)
    ProblemDetail unexpected(RuntimeException e) {
        log.error("Unexpected error in the API", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Unexpected error",
                "Something went wrong on the server; the details are in its log. Nothing was half-applied.");
    }

    /**
     * The answer to a write on a stale version: 409 with the target as it is now, so that the client can merge
     * and retry with the current version.
     */
    static ResponseEntity<Object> staleVersion(SaveResult.Conflict conflict, int sentVersion) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "Stale version",
                "Someone saved version " + conflict.target().version() + " after version " + sentVersion
                        + "; nothing was overwritten. Merge with the current text and send it with the current version.");
        problem.setProperty("current", ApiModels.TargetJson.of(conflict.target()));
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
