package org.tarjima.database;

/** No usable database: the message says what to set or start. Reported by {@link DatabaseFailureAnalyzer}. */
public class DatabaseUnavailableException extends RuntimeException {

    public DatabaseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
