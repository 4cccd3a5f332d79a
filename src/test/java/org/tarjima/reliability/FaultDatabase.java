package org.tarjima.reliability;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * A database of its own for the fault tests on a PostgreSQL server: named after the developer's test database
 * ({@code TARJIMA_DB_NAME}) with a suffix, dropped and created fresh, so that killed processes never touch anyone
 * else's data.
 */
final class FaultDatabase {

    private final String host;
    private final int port;
    private final String name;

    FaultDatabase(String host, int port, String suffix) {
        this.host = host;
        this.port = port;
        String base = System.getenv().getOrDefault("TARJIMA_DB_NAME", "tarjima_test");
        this.name = (base + "_" + suffix).replaceAll("[^A-Za-z0-9_]", "_");
    }

    /** Drops and creates the database. */
    FaultDatabase recreate() {
        try (Connection connection = DriverManager.getConnection(serverUrl("postgres"), "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
            statement.execute("create database " + name);
            return this;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare the fault database " + name + ": " + e.getMessage(), e);
        }
    }

    String name() {
        return name;
    }

    String url() {
        return serverUrl(name);
    }

    private String serverUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /** Plain connections, one per query: the test reads what the killed application left. */
    JdbcClient jdbc() {
        try {
            return JdbcClient.create(new SimpleDriverDataSource(new org.postgresql.Driver(), url(), "postgres", ""));
        } catch (RuntimeException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits until no session of the application is left in this database (a killed one's backend has ended). */
    void awaitNoApplicationSessions(long timeoutMillis) {
        JdbcClient jdbc = jdbc();
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (System.currentTimeMillis() < deadline) {
            long sessions = jdbc.sql("select count(*) from pg_stat_activity where datname = ? and pid <> pg_backend_pid()")
                    .param(name).query(Long.class).single();
            if (sessions == 0) {
                return;
            }
            ChildApplication.sleep(200);
        }
        throw new IllegalStateException("sessions of the killed application are still open in " + name);
    }
}
