package org.tarjima.document;

/** An import refused before anything changed; the message is written for the person who uploaded the file. */
public class DocumentImportException extends RuntimeException {

    public DocumentImportException(String message) {
        super(message);
    }

    public DocumentImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
