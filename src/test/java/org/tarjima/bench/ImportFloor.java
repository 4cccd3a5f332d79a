package org.tarjima.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What PostgreSQL must do at least to hold an imported document: its rows, exactly as an import stored them, written
 * into empty tables of the same shape in one transaction with {@code COPY}, the least a load can do (one statement a
 * table, no ids asked for, nothing read back, no check but the tables' own).
 *
 * <p>The tables are in a scratch schema, {@code import_floor}, made {@code like} the real ones {@code including all}:
 * the same columns, defaults, {@code NOT NULL} and check constraints, every index (primary keys, unique constraints,
 * the repetitions' hash index) and the original file's lz4 compression, so that each row costs the same work. Not
 * temporary tables: those skip the WAL and live in the backend's small local buffers, which is other work. Foreign keys
 * are left out as {@code like} leaves them: the import does not check them row by row either (it copies with
 * {@code session_replication_role = replica}, {@code base/db/CopyRows}), and its one check at the end is one of its
 * parts above the floor.
 *
 * <p>The rows are read back from a document the import stored ({@code COPY … TO STDOUT}), so they are the same bytes:
 * the document row with its original file, the segments and the targets. The targets' history rows are kept apart:
 * the import writes one per target (version 1), which the floor does not count, and {@link #copyHistory} measures
 * them alone.
 */
final class ImportFloor {

    static final String SCHEMA = "import_floor";

    /** The columns the import copies, in its order (DocumentRepository.copySegments, TargetRepository.copyFirstVersions). */
    private static final String SEGMENT_COLUMNS = "id, document_id, ordinal, block_no, block_type, source, source_text, word_count, notes, context";
    private static final String TARGET_COLUMNS = "id, segment_id, document_id, locale, content, text, state, version, updated_at, updated_by, text_by";
    private static final String HISTORY_COLUMNS = "target_id, version, changed_at, changed_by, origin, new_content, new_text, old_state, new_state";

    private final DataSource dataSource;
    private final DocumentRow document;
    private final byte[] segments;
    private final byte[] targets;
    private final byte[] history;

    /** The document's row as it stands after the import (its counts written). */
    private record DocumentRow(long id, long projectId, String name, String format, byte[] original, String charset,
                               int segmentCount, int wordCount, Timestamp createdAt, String createdBy) {
    }

    private ImportFloor(DataSource dataSource, DocumentRow document, byte[] segments, byte[] targets, byte[] history) {
        this.dataSource = dataSource;
        this.document = document;
        this.segments = segments;
        this.targets = targets;
        this.history = history;
    }

    /** The scratch schema's tables, made anew. */
    static void createTables(JdbcTemplate jdbc) {
        jdbc.execute("drop schema if exists " + SCHEMA + " cascade");
        jdbc.execute("create schema " + SCHEMA);
        for (String table : List.of("document", "segment", "target", "target_history")) {
            jdbc.execute("create table " + SCHEMA + "." + table + " (like public." + table + " including all)");
        }
    }

    static void dropTables(JdbcTemplate jdbc) {
        jdbc.execute("drop schema if exists " + SCHEMA + " cascade");
    }

    /** The rows of an imported document, read back as the import wrote them. */
    static ImportFloor capture(DataSource dataSource, long documentId) throws SQLException, java.io.IOException {
        try (Connection connection = dataSource.getConnection()) {
            DocumentRow document;
            try (PreparedStatement select = connection.prepareStatement("""
                    select id, project_id, name, format, original, original_charset, segment_count, word_count, created_at,
                           created_by from document where id = ?""")) {
                select.setLong(1, documentId);
                try (ResultSet rs = select.executeQuery()) {
                    rs.next();
                    document = new DocumentRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getBytes(5),
                            rs.getString(6), rs.getInt(7), rs.getInt(8), rs.getTimestamp(9), rs.getString(10));
                }
            }
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            byte[] segments = copyOut(copy, "copy (select " + SEGMENT_COLUMNS + " from segment where document_id = " + documentId
                    + " order by id) to stdout");
            byte[] targets = copyOut(copy, "copy (select " + TARGET_COLUMNS + " from target where document_id = " + documentId
                    + " order by id) to stdout");
            byte[] history = copyOut(copy, "copy (select " + prefixed("h.", HISTORY_COLUMNS) + " from target_history h "
                    + "join target t on t.id = h.target_id where t.document_id = " + documentId + " order by h.id) to stdout");
            return new ImportFloor(dataSource, document, segments, targets, history);
        }
    }

    private static String prefixed(String prefix, String columns) {
        return prefix + columns.replace(", ", ", " + prefix);
    }

    private static byte[] copyOut(CopyManager copy, String sql) throws SQLException, java.io.IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        copy.copyOut(sql, out);
        return out.toByteArray();
    }

    /** The floor's tables empty again, committed (outside any measurement). */
    void truncate() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.execute("truncate " + SCHEMA + ".document, " + SCHEMA + ".segment, " + SCHEMA + ".target, " + SCHEMA
                    + ".target_history");
        }
    }

    /** What one copy took: each step's wall time (ms, measured here), and the backend that ran it. */
    record Copied(Map<String, Double> steps, int backend) {
        double total() {
            return steps.values().stream().mapToDouble(Double::doubleValue).sum();
        }
    }

    /**
     * The document row (with its original file, sent as the import sends it: a stream into a bound parameter), the
     * segments and the targets, each table with one COPY, and the commit: one transaction.
     */
    Copied copy() throws SQLException, java.io.IOException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            int backend = backend(connection);
            Map<String, Double> steps = new LinkedHashMap<>();
            long begin = System.nanoTime();
            try (PreparedStatement insert = connection.prepareStatement("insert into " + SCHEMA + ".document (id, project_id, "
                    + "name, format, original, original_charset, segment_count, word_count, created_at, created_by) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setLong(1, document.id());
                insert.setLong(2, document.projectId());
                insert.setString(3, document.name());
                insert.setString(4, document.format());
                insert.setBinaryStream(5, new ByteArrayInputStream(document.original()), document.original().length);
                insert.setString(6, document.charset());
                insert.setInt(7, document.segmentCount());
                insert.setInt(8, document.wordCount());
                insert.setTimestamp(9, document.createdAt());
                insert.setString(10, document.createdBy());
                insert.executeUpdate();
            }
            begin = step(steps, "document", begin);
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            copy.copyIn("copy " + SCHEMA + ".segment (" + SEGMENT_COLUMNS + ") from stdin", new ByteArrayInputStream(segments));
            begin = step(steps, "segments", begin);
            copy.copyIn("copy " + SCHEMA + ".target (" + TARGET_COLUMNS + ") from stdin", new ByteArrayInputStream(targets));
            begin = step(steps, "targets", begin);
            connection.commit();
            step(steps, "commit", begin);
            return new Copied(steps, backend);
        }
    }

    /** The history rows alone, in a transaction of their own (into the empty history table of the scratch schema). */
    Copied copyHistory() throws SQLException, java.io.IOException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            int backend = backend(connection);
            Map<String, Double> steps = new LinkedHashMap<>();
            long begin = System.nanoTime();
            connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy " + SCHEMA + ".target_history (" + HISTORY_COLUMNS + ") from stdin", new ByteArrayInputStream(history));
            begin = step(steps, "history", begin);
            connection.commit();
            step(steps, "commit", begin);
            return new Copied(steps, backend);
        }
    }

    /** How many segment, target and history rows a copy writes. */
    String describe() {
        return lines(segments) + " segments, " + lines(targets) + " targets, " + lines(history) + " history rows, original file "
                + document.original().length / 1024 + " KB";
    }

    private static long lines(byte[] copyText) {
        long n = 0;
        for (byte b : copyText) {
            n += b == '\n' ? 1 : 0;
        }
        return n;
    }

    private static int backend(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery("select pg_backend_pid()")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static long step(Map<String, Double> steps, String name, long begin) {
        long now = System.nanoTime();
        steps.put(name, (now - begin) / 1e6);
        return now;
    }
}
