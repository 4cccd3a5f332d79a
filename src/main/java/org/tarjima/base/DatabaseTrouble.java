package org.tarjima.base;

import java.sql.SQLException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * What kind of database failure an exception is, so the API (a status code) and the UI (a message) can tell the
 * user whether it is their data or the server, and never answer either with "unexpected error".
 */
public final class DatabaseTrouble {

    /** HikariCP's message for any call on a connection it has closed (it gives no SQL state). */
    private static final String HIKARI_CLOSED = "Connection is closed";

    private DatabaseTrouble() {
    }

    /** Whether the failure is the database going away (connection lost, server shutting down, out of resources). */
    public static boolean unavailable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            // The failed rollback (on a connection the pool already closed) hides the failure that caused it.
            if (cause instanceof TransactionSystemException failed && failed.getOriginalException() != null
                    && unavailable(failed.getOriginalException())) {
                return true;
            }
            if (cause instanceof DataAccessResourceFailureException || cause instanceof TransientDataAccessResourceException
                    || cause instanceof CannotCreateTransactionException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P")
                    || sql.getSQLState().startsWith("53"))) {
                return true;
            }
            // When a commit is cut off, Spring rolls back and throws the rollback's failure, not the commit's: the
            // pool has closed the broken connection by then, and Hikari says so without an SQL state.
            if (cause instanceof SQLException sql && sql.getSQLState() == null && HIKARI_CLOSED.equals(sql.getMessage())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the database refused a value of the request (SQL state class 22: a NUL character, a text too long for
     * its column, a number out of range): the caller's data, not a server fault.
     */
    public static boolean refusedValue(Throwable e) {
        SQLException sql = sqlCause(e);
        return sql != null && sql.getSQLState() != null && sql.getSQLState().startsWith("22");
    }

    /** The SQL exception behind a failure, looking behind a failed rollback to the failure that caused it. */
    /** The database's own words for a value it refused ({@link #refusedValue}), its first line without "ERROR:". */
    public static String refusalReason(Throwable e) {
        SQLException sql = sqlCause(e);
        return sql == null || sql.getMessage() == null ? "" : sql.getMessage().lines().findFirst().orElse("")
                .replaceFirst("^ERROR:\\s*", "");
    }

    /** What the database's trouble is, from its SQL state, in words a script's author understands ("The database …"). */
    public static String unavailableBecause(Throwable e) {
        SQLException sql = sqlCause(e);
        String state = sql == null || sql.getSQLState() == null ? "" : sql.getSQLState();
        if (state.equals("53100")) {
            return "server's disk is full";
        }
        if (state.startsWith("53")) {
            return "server is out of resources (memory or connections)";
        }
        if (state.startsWith("57P")) {
            return "server is shutting down or restarting";
        }
        if (state.startsWith("08")) {
            return "connection was lost";
        }
        return "cannot be reached at the moment";
    }

    public static SQLException sqlCause(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof TransactionSystemException failed && failed.getOriginalException() != null) {
                SQLException original = sqlCause(failed.getOriginalException());
                if (original != null) {
                    return original;
                }
            }
            if (cause instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }
}
