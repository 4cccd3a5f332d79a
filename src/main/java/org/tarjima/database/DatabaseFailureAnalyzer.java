package org.tarjima.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a missing database into one plain message at start-up instead of a stack trace. */
class DatabaseFailureAnalyzer extends AbstractFailureAnalyzer<DatabaseUnavailableException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DatabaseUnavailableException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Set TARJIMA_DB_URL (for example jdbc:postgresql://localhost:5432/tarjima) with TARJIMA_DB_USER "
                        + "and TARJIMA_DB_PASSWORD, or start PostgreSQL on 127.0.0.1:5432, "
                        + "or run Tarjima as a non-root user so that it can start its embedded PostgreSQL.",
                cause);
    }
}
