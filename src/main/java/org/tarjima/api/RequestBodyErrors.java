package org.tarjima.api;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.tarjima.base.ImportLimit;

/**
 * Request bodies refused while they are read. An upload above the limit is refused while the request is parsed,
 * before any controller is chosen, so {@link ApiErrors} (bound to this package's controllers) never sees it; and
 * Spring's own answer to an unreadable body says only "Failed to read request". Both get a message that says why.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestBodyErrors {

    private final ImportLimit limit;

    RequestBodyErrors(ImportLimit limit) {
        this.limit = limit;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
        return ApiErrors.problem(HttpStatus.PAYLOAD_TOO_LARGE, "File too large",
                "The upload is larger than the import limit of " + limit.maxBytes() / (1024 * 1024)
                        + " MB; it was refused without being read, and nothing was stored.");
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(e);
        if (cause instanceof StreamConstraintsException) {
            // Jackson stops reading at its limits (20 million characters for one string): the rest is never held.
            return ApiErrors.problem(HttpStatus.PAYLOAD_TOO_LARGE, "Request too large",
                    "The request body was refused while it was read: " + firstLine(cause.getMessage())
                            + ". Nothing was stored.");
        }
        return ApiErrors.problem(HttpStatus.BAD_REQUEST, "Unreadable request",
                "The request body is not the JSON this call expects: " + firstLine(cause.getMessage()));
    }

    private static String firstLine(String message) {
        String line = message == null ? "unreadable" : message.lines().findFirst().orElse("unreadable").strip();
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
