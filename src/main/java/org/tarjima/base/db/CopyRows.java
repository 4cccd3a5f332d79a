package org.tarjima.base.db;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows for PostgreSQL's {@code COPY … FROM STDIN} (text format), sent on the connection of the current
 * transaction. A bulk import writes its segments, targets and history this way: measured on a 10,000-unit import,
 * batched {@code INSERT}s (even rewritten into multi-row statements) cost about 80 µs a row, more than parsing the
 * file; COPY skips the per-statement parse, plan and parameter binding.
 */
public final class CopyRows {

    private final StringBuilder rows = new StringBuilder(64 * 1024);
    private int count;

    /**
     * Text already escaped for COPY: a large import escapes its rows on the parser's thread, so that the thread
     * writing to PostgreSQL only puts them together.
     */
    public record Text(String escaped) {
    }

    /** The text escaped for COPY's text format (null stays null: the column's NULL). */
    public static Text text(String raw) {
        if (raw == null) {
            return null;
        }
        if (firstToEscape(raw) < 0) {
            return new Text(raw);
        }
        StringBuilder escaped = new StringBuilder(raw.length() + 8);
        escape(raw, escaped);
        return new Text(escaped.toString());
    }

    /**
     * Adds a row: null, a number, a boolean, an {@link Instant}, {@link Text} or other text (escaped here), in the
     * columns' order.
     */
    public CopyRows add(Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                rows.append('\t');
            }
            append(values[i]);
        }
        rows.append('\n');
        count++;
        return this;
    }

    public int size() {
        return count;
    }

    /** Copies the rows into {@code table (columns)} in the current transaction; nothing is sent without rows. */
    public long into(JdbcTemplate jdbc, String table, List<String> columns) {
        return copy(jdbc, table, columns, false);
    }

    /**
     * As {@link #into}, for rows whose foreign keys hold by construction: every row they reference was inserted
     * earlier in the current transaction (and so can be neither seen nor deleted by anyone else before it commits). Where
     * the database user may, the per-row foreign-key checks are skipped for this one statement.
     *
     * <p>Why: PostgreSQL checks a foreign key with a query per inserted row. Measured here, 100,000 rows took 0.5 s
     * without their key and 1.2-1.6 s with it; a 100k-unit import checks 200,000 keys (segment → its new document,
     * target → its new segment, history row → its new target), which was half of PostgreSQL's share of the import.
     * {@code session_replication_role = replica} (what {@code pg_restore --disable-triggers} uses) needs a superuser
     * or, from PostgreSQL 15, {@code GRANT SET ON PARAMETER session_replication_role}; without it the keys are checked.
     * It would switch off every trigger of the table: a table with a trigger of its own besides its keys' is copied with
     * every trigger and check.
     */
    public long intoNewRowsOfThisTransaction(JdbcTemplate jdbc, String table, List<String> columns) {
        return copy(jdbc, table, columns, true);
    }

    private long copy(JdbcTemplate jdbc, String table, List<String> columns, boolean keysHoldByConstruction) {
        if (count == 0) {
            return 0;
        }
        String sql = "copy " + table + " (" + String.join(", ", columns) + ") from stdin";
        Long copied = jdbc.execute((ConnectionCallback<Long>) connection -> {
            boolean unchecked = keysHoldByConstruction && !connection.getAutoCommit() && TriggerControl.allowed(connection)
                    && TriggerControl.skipKeyChecks(connection, table);
            long rowsCopied;
            try {
                rowsCopied = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(rows.toString()));
            } catch (java.io.IOException e) {
                throw new java.sql.SQLException("COPY into " + table + " failed: " + e.getMessage(), e);
            }
            // only after a success: a failed COPY aborts the transaction, whose rollback undoes the setting
            if (unchecked) {
                TriggerControl.restore(connection);
            }
            return rowsCopied;
        });
        return copied == null ? 0 : copied;
    }

    private void append(Object value) {
        if (value == null) {
            rows.append("\\N");
        } else if (value instanceof Number || value instanceof Boolean) {
            rows.append(value);
        } else if (value instanceof Instant instant) {
            rows.append(instant);
        } else if (value instanceof Text text) {
            rows.append(text.escaped());
        } else {
            escape(value.toString(), rows);
        }
    }

    /** The text format's escapes: backslash, and the row and column separators. */
    private static void escape(String text, StringBuilder into) {
        // most texts have nothing to escape: appended whole, not a character at a time
        int first = firstToEscape(text);
        if (first < 0) {
            into.append(text);
            return;
        }
        into.append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> into.append("\\\\");
                case '\n' -> into.append("\\n");
                case '\r' -> into.append("\\r");
                case '\t' -> into.append("\\t");
                default -> into.append(c);
            }
        }
    }

    private static int firstToEscape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '\n' || c == '\r' || c == '\t') {
                return i;
            }
        }
        return -1;
    }
}
