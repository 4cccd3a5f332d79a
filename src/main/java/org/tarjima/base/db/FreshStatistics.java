package org.tarjima.base.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Freshens the planner's statistics of a table after a bulk insert, once the inserting transaction has committed, on
 * a thread and a connection of its own.
 *
 * <p>Why at all: after a large import the statistics lag until autovacuum catches up, and a stale estimate (an
 * "empty" table) turned the editor's range reads into scans of 110 ms. Only a table that grew by a fifth or more is
 * stale enough to mislead the planner, and only the columns its choices depend on are analyzed (with the JSON and text
 * columns it took 0.3-0.5 s). Why after the commit: inside the import's transaction the three ANALYZEs of a 100k-unit
 * import took 0.5 s of its 5.8 s, which the person waiting for the import does not need to wait for; the editor's
 * first page read in the half second after the commit may be planned on the old statistics. A crash in between
 * leaves it to autovacuum.
 */
@Component
public class FreshStatistics {

    /** Bulk inserts from this many rows on are worth a look at the table's statistics. */
    private static final int BULK_ROWS = 1000;

    private static final Logger log = LoggerFactory.getLogger(FreshStatistics.class);
    private static final Pattern NAME = Pattern.compile("[a-z_]+");

    private final DataSource dataSource;
    private final ExecutorService analyzing = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "tarjima-analyze");
        thread.setDaemon(true);
        return thread;
    });

    public FreshStatistics(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * After the current transaction commits (at once outside one): {@code analyze table (columns)} when
     * {@code inserted} rows are at least a fifth of the table; nothing for fewer than {@link #BULK_ROWS}.
     */
    public void afterBulkInsert(String table, List<String> columns, int inserted) {
        if (!NAME.matcher(table).matches() || !columns.stream().allMatch(column -> NAME.matcher(column).matches())) {
            throw new IllegalArgumentException("Not a table or column name: " + table + " " + columns);
        }
        if (inserted < BULK_ROWS) {
            return;
        }
        Runnable analyze = () -> analyzeIfGrown(table, String.join(", ", columns), inserted);
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            analyzing.execute(analyze);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                analyzing.execute(analyze);
            }
        });
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        analyzing.shutdownNow();
    }

    /** Waits until what was asked so far has been analyzed (tests and benchmarks). */
    public void awaitIdle() {
        try {
            analyzing.submit(() -> { }).get(1, TimeUnit.MINUTES);
        } catch (Exception e) {
            throw new IllegalStateException("Freshening statistics did not finish", e);
        }
    }

    private void analyzeIfGrown(String table, String columns, int inserted) {
        try (Connection connection = dataSource.getConnection()) {
            double estimate;
            try (PreparedStatement select = connection.prepareStatement("select reltuples from pg_class where oid = ?::regclass")) {
                select.setString(1, table);
                try (ResultSet rs = select.executeQuery()) {
                    estimate = rs.next() ? rs.getDouble(1) : -1;
                }
            }
            // -1: never analyzed
            if (estimate < 0 || inserted * 5.0 >= estimate) {
                try (Statement analyze = connection.createStatement()) {
                    analyze.execute("analyze " + table + " (" + columns + ")");
                }
            }
        } catch (SQLException | RuntimeException e) {
            log.warn("Could not refresh the statistics of {} after a bulk insert; autovacuum will", table, e);
        }
    }
}
