package org.tarjima.memory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The terms' document frequencies (tm_term_df), written after the change that moved them has committed, by one
 * thread of this node at a time in a short transaction of its own.
 *
 * <p>Why not in the change's own transaction: every save in a language pair shares common terms, and an upsert of
 * their counts locks those rows until the save commits. Measured with 50 concurrent saves, the df upserts waited
 * 103 s in all (p99 260 ms a statement): the saves queued behind each other's row locks. The counts only order a
 * query's terms by rarity (and stop being kept exactly at {@link TmTerms#SATURATED}), so a count that lags a save
 * by milliseconds, or one lost with a crash between a commit and its flush, changes no match. A rolled-back change
 * never reaches the counts.
 */
@Component
class TermFrequencies {

    private static final Logger log = LoggerFactory.getLogger(TermFrequencies.class);

    private final DataSource dataSource;
    private final Map<Long, Integer> pending = new ConcurrentHashMap<>();
    private final ReentrantLock flushing = new ReentrantLock();

    TermFrequencies(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Adds to the counts once the current transaction commits (at once outside a transaction). */
    void add(Map<Long, Integer> deltas) {
        if (deltas.isEmpty()) {
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            deltas.forEach((term, delta) -> pending.merge(term, delta, Integer::sum));
            writePending();
            return;
        }
        Map<Long, Integer> copy = new HashMap<>(deltas);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                copy.forEach((term, delta) -> pending.merge(term, delta, Integer::sum));
            }

            @Override
            public void afterCompletion(int status) {
                if (status == STATUS_COMMITTED) {
                    // Not flush(): inside this class that would be TransactionSynchronization's own (a no-op).
                    writePending();
                }
            }
        });
    }

    /**
     * Adds to the counts in the current transaction, on its connection: for {@link TmPostingQueue}, one thread whose
     * units must not be marked posted before their terms are counted (a lookup only uses terms with a count). Rows are
     * written in term order, as every flush does, so this and a flush never wait for each other in a cycle.
     */
    void addInThisTransaction(Map<Long, Integer> deltas) {
        if (deltas.isEmpty()) {
            return;
        }
        Connection connection = org.springframework.jdbc.datasource.DataSourceUtils.getConnection(dataSource);
        try {
            apply(connection, deltas);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count the TM's terms", e);
        } finally {
            org.springframework.jdbc.datasource.DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /**
     * Writes what is pending, unless another thread is writing already (it takes what arrives meanwhile before it
     * lets go), so concurrent saves never wait for each other here and at most one extra connection is in use.
     */
    void writePending() {
        while (!pending.isEmpty() && flushing.tryLock()) {
            try {
                while (!pending.isEmpty()) {
                    Map<Long, Integer> batch = new HashMap<>();
                    for (Long term : pending.keySet()) {
                        Integer delta = pending.remove(term);
                        if (delta != null) {
                            batch.merge(term, delta, Integer::sum);
                        }
                    }
                    try {
                        write(batch);
                    } catch (SQLException | RuntimeException e) {
                        // The counts are an estimate; a failed write is retried with the next change, not lost at once.
                        batch.forEach((term, delta) -> pending.merge(term, delta, Integer::sum));
                        log.warn("Could not update the TM's term frequencies; retried with the next change", e);
                        return;
                    }
                }
            } finally {
                flushing.unlock();
            }
        }
    }

    /**
     * Leaves terms alone that are common already (their exact count does not matter) and decrements only terms the
     * table knows, so a new row always starts positive; rows are written in term order, so two nodes flushing at
     * once never wait for each other in a cycle.
     */
    private void write(Map<Long, Integer> deltas) throws SQLException {
        // A connection of its own, not Spring's: this runs while the committed transaction is still being cleaned up,
        // and a transaction begun through the transaction manager there could land on that transaction's connection.
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                apply(connection, deltas);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    private static void apply(Connection connection, Map<Long, Integer> deltas) throws SQLException {
        Map<Long, Integer> current = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("select term, df from tm_term_df where term = any(?::bigint[])")) {
            select.setString(1, TmRepository.array(deltas.keySet()));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    current.put(rs.getLong(1), rs.getInt(2));
                }
            }
        }
        TreeMap<Long, Integer> changes = new TreeMap<>();
        deltas.forEach((term, delta) -> {
            Integer df = current.get(term);
            boolean common = df != null && df >= TmTerms.SATURATED;
            boolean decrementOfUnknown = df == null && delta <= 0;
            if (delta != 0 && !common && !decrementOfUnknown) {
                changes.put(term, delta);
            }
        });
        if (changes.isEmpty()) {
            return;
        }
        try (PreparedStatement upsert = connection.prepareStatement("""
                insert into tm_term_df (term, df)
                select term, delta from unnest(?::bigint[], ?::int[]) as x(term, delta) order by term
                on conflict (term) do update set df = greatest(0, tm_term_df.df + excluded.df)""")) {
            upsert.setString(1, TmRepository.array(changes.keySet()));
            upsert.setString(2, TmRepository.intArray(changes.values()));
            upsert.executeUpdate();
        }
    }
}
