package org.tarjima.interchange;

/** A file refused before anything changed; the message is for the project manager who sent it. */
public class InterchangeException extends RuntimeException {

    public InterchangeException(String message) {
        super(message);
    }

    public InterchangeException(String message, Throwable cause) {
        super(message, cause);
    }
}
