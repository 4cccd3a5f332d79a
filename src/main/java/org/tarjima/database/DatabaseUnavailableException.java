package org.tarjima.database;

/** No usable database: the message says what is wrong, the action what to do. Reported by {@link DatabaseFailureAnalyzer}. */
public class DatabaseUnavailableException extends RuntimeException {

    static final String CHOOSE_A_DATABASE = "Set TARJIMA_DB_URL (for example jdbc:postgresql://localhost:5432/tarjima) "
            + "with TARJIMA_DB_USER and TARJIMA_DB_PASSWORD, or start PostgreSQL on 127.0.0.1:5432, "
            + "or run Tarjima as a non-root user so that it can start its embedded PostgreSQL.";

    private final String action;

    public DatabaseUnavailableException(String message, Throwable cause) {
        this(message, CHOOSE_A_DATABASE, cause);
    }

    DatabaseUnavailableException(String message, String action, Throwable cause) {
        super(message, cause);
        this.action = action;
    }

    /** What the person starting Tarjima should do about it. */
    public String action() {
        return action;
    }
}
