package org.tarjima.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.TransactionSystemException;

/** Telling the database going away from the caller's data, whatever Spring wraps around it. */
class DatabaseTroubleTest {

    @Test
    void a_commit_cut_off_by_a_restart_is_the_database_going_away_even_behind_the_failed_rollback() {
        // What PostgresRestartTest met: the token lookup's commit failed (57P01), Spring threw the rollback's
        // failure on the connection Hikari had closed, and the API answered with the container's error page.
        TransactionSystemException rollbackFailed = new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed"));
        assertThat(DatabaseTrouble.unavailable(rollbackFailed)).isTrue();
        assertThat(DatabaseTrouble.unavailable(new RuntimeException(new SQLException("terminating connection", "57P01"))))
                .isTrue();
        assertThat(DatabaseTrouble.unavailable(new DataAccessResourceFailureException("connection refused"))).isTrue();
        assertThat(DatabaseTrouble.unavailable(new SQLException("could not connect", "08001"))).isTrue();
    }

    @Test
    void a_refused_value_or_a_constraint_is_not_an_outage() {
        DataIntegrityViolationException nul = new DataIntegrityViolationException("insert",
                new SQLException("invalid byte sequence for encoding \"UTF8\": 0x00", "22021"));
        assertThat(DatabaseTrouble.unavailable(nul)).isFalse();
        assertThat(DatabaseTrouble.refusedValue(nul)).isTrue();
        DataIntegrityViolationException duplicate = new DataIntegrityViolationException("insert",
                new SQLException("duplicate key value", "23505"));
        assertThat(DatabaseTrouble.unavailable(duplicate)).isFalse();
        assertThat(DatabaseTrouble.refusedValue(duplicate)).isFalse();
        assertThat(DatabaseTrouble.unavailable(new SQLException("Connection is closed", "HY000"))).isFalse();
    }
}
