package org.tarjima.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.postgresql.PGConnection;

/**
 * The peers' TM lookup, as the baseline of {@link TmBenchmark}: PostgreSQL's {@code pg_trgm}, a GIN index on the
 * units' source text, and the five units most similar by {@code similarity()} among those above
 * {@code pg_trgm.similarity_threshold} (the {@code %} operator, which is what lets the index answer). This is the
 * form of Tolgee's {@code TranslationMemoryService.getSuggestionsData} (threshold 0.5, {@code %}, ordered by
 * similarity, five a page) and of Weblate's memory lookup ({@code source % text} after {@code set_limit}).
 * <p>
 * The product has no trigrams: the extension and the index exist only while the benchmark measures them
 * ({@link #close} drops what {@link #build} made), so the benchmarks that share the TM afterwards write to the
 * product's schema, not one with an extra GIN index to maintain.
 */
final class TrigramLookup implements AutoCloseable {

    private static final String INDEX = "tm_unit_source_trgm_bench";
    private static final String QUERY = "select id from tm_unit where source_locale = ? and target_locale = ?"
            + " and source_text % ? order by similarity(source_text, ?) desc limit ?";

    private final DataSource dataSource;
    private final boolean createdExtension;
    private final double buildSeconds;
    private final long indexBytes;
    /** The threshold each pooled session was last given, so it is set once per connection (as Weblate does). */
    private final Map<PGConnection, Double> thresholds = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    private TrigramLookup(DataSource dataSource, boolean createdExtension, double buildSeconds, long indexBytes) {
        this.dataSource = dataSource;
        this.createdExtension = createdExtension;
        this.buildSeconds = buildSeconds;
        this.indexBytes = indexBytes;
    }

    /** Creates the extension (when missing) and the GIN index over every unit's source text, timed. */
    static TrigramLookup build(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            boolean existed;
            try (var rs = statement.executeQuery("select count(*) from pg_extension where extname = 'pg_trgm'")) {
                rs.next();
                existed = rs.getLong(1) > 0;
            }
            statement.execute("create extension if not exists pg_trgm");
            statement.execute("drop index if exists " + INDEX);
            long start = System.nanoTime();
            statement.execute("create index " + INDEX + " on tm_unit using gin (source_text gin_trgm_ops)");
            double seconds = (System.nanoTime() - start) / 1e9;
            statement.execute("analyze tm_unit");
            long bytes;
            try (var rs = statement.executeQuery("select pg_relation_size('" + INDEX + "')")) {
                rs.next();
                bytes = rs.getLong(1);
            }
            return new TrigramLookup(dataSource, !existed, seconds, bytes);
        }
    }

    double buildSeconds() {
        return buildSeconds;
    }

    long indexBytes() {
        return indexBytes;
    }

    /** The ids of the {@code limit} units most similar to {@code text} at or above {@code threshold}, most similar first. */
    List<Long> lookup(String text, String sourceLocale, String targetLocale, double threshold, int limit) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            PGConnection session = connection.unwrap(PGConnection.class);
            if (!Double.valueOf(threshold).equals(thresholds.get(session))) {
                try (var set = connection.prepareStatement("select set_config('pg_trgm.similarity_threshold', ?, false)")) {
                    set.setString(1, Double.toString(threshold));
                    set.execute();
                }
                thresholds.put(session, threshold);
            }
            try (var statement = connection.prepareStatement(QUERY)) {
                statement.setString(1, sourceLocale);
                statement.setString(2, targetLocale);
                statement.setString(3, text);
                statement.setString(4, text);
                statement.setInt(5, limit);
                List<Long> ids = new ArrayList<>(limit);
                try (var rs = statement.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
                return ids;
            }
        }
    }

    /** The plan PostgreSQL chose for one lookup, for the record (a sequential scan would be no test of the index). */
    String plan(String text, String sourceLocale, String targetLocale, double threshold) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            try (var set = connection.prepareStatement("select set_config('pg_trgm.similarity_threshold', ?, false)")) {
                set.setString(1, Double.toString(threshold));
                set.execute();
            }
            thresholds.put(connection.unwrap(PGConnection.class), threshold);
            try (var statement = connection.prepareStatement("explain " + QUERY)) {
                statement.setString(1, sourceLocale);
                statement.setString(2, targetLocale);
                statement.setString(3, text);
                statement.setString(4, text);
                statement.setInt(5, 5);
                StringBuilder plan = new StringBuilder();
                try (var rs = statement.executeQuery()) {
                    while (rs.next()) {
                        plan.append(rs.getString(1)).append('\n');
                    }
                }
                return plan.toString();
            }
        }
    }

    /** Drops the index, and the extension when the benchmark created it; sessions go back to the default threshold. */
    @Override
    public void close() throws SQLException {
        try (Connection connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.execute("drop index if exists " + INDEX);
            if (createdExtension) {
                statement.execute("drop extension if exists pg_trgm");
            }
        }
    }
}
