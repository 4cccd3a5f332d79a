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
        if (count == 0) {
            return 0;
        }
        String sql = "copy " + table + " (" + String.join(", ", columns) + ") from stdin";
        Long copied = jdbc.execute((ConnectionCallback<Long>) connection ->
                {
                    try {
                        return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(rows.toString()));
                    } catch (java.io.IOException e) {
                        throw new java.sql.SQLException("COPY into " + table + " failed: " + e.getMessage(), e);
                    }
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
