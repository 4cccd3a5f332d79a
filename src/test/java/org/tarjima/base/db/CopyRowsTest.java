package org.tarjima.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import org.tarjima.support.TarjimaTest;

/**
 * Rows copied as rows of parents written in the same transaction skip the per-row key checks only where the database
 * user may, only for the copy itself, and never past a table's own triggers.
 */
@TarjimaTest
class CopyRowsTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    DataSource dataSource;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final String parent = "copy_parent_" + suffix;
    private final String child = "copy_child_" + suffix;

    @BeforeEach
    void tables() {
        jdbc.execute("create table " + parent + " (id bigint primary key)");
        jdbc.execute("create table " + child + " (id bigint primary key, parent_id bigint not null references " + parent
                + " (id) on delete cascade)");
    }

    @AfterEach
    void dropTables() {
        jdbc.execute("drop table if exists " + child + ", " + parent);
        jdbc.execute("drop role if exists copy_plain_" + suffix);
    }

    @Test
    void as_a_superuser_the_copy_skips_the_key_checks_and_the_statements_after_it_check_again() {
        assertThat(jdbc.queryForObject("select current_setting('is_superuser')", String.class)).isEqualTo("on");

        transactions.executeWithoutResult(status -> {
            jdbc.update("insert into " + parent + " values (1)");
            // the caller's promise is what keeps the keys: here it is broken on purpose, to see that nothing checked it
            long copied = new CopyRows().add(1, 1).add(2, 99).intoNewRowsOfThisTransaction(jdbc, child, List.of("id", "parent_id"));
            assertThat(copied).isEqualTo(2);
            assertThat(jdbc.queryForObject("show session_replication_role", String.class)).isEqualTo("origin");
            assertThatThrownBy(() -> jdbc.update("insert into " + child + " values (3, 98)"))
                    .isInstanceOf(DataIntegrityViolationException.class);
            status.setRollbackOnly();
        });
    }

    @Test
    void a_plain_copy_checks_every_key() {
        assertThatThrownBy(() -> transactions.executeWithoutResult(status ->
                new CopyRows().add(1, 99).into(jdbc, child, List.of("id", "parent_id"))))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void a_user_who_may_not_switch_triggers_off_gets_every_key_checked() throws Exception {
        String role = "copy_plain_" + suffix;
        jdbc.execute("create role " + role + " login nosuperuser");
        jdbc.execute("grant select, insert on " + parent + ", " + child + " to " + role);
        String url = ((HikariDataSource) dataSource).getJdbcUrl();
        try (Connection connection = DriverManager.getConnection(url, role, "")) {
            connection.setAutoCommit(false);
            JdbcTemplate plain = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
            plain.update("insert into " + parent + " values (1)");

            assertThatThrownBy(() -> new CopyRows().add(1, 1).add(2, 99)
                    .intoNewRowsOfThisTransaction(plain, child, List.of("id", "parent_id")))
                    .isInstanceOf(DataIntegrityViolationException.class);
            connection.rollback();
        }
    }
}
