package org.tarjima.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/** Prepares the local PostgreSQL server: checks that it answers and creates the database if missing. */
final class LocalServerDatabase {

    private LocalServerDatabase() {
    }

    static String prepare(DatabaseChoice.LocalServer server) {
        Properties credentials = new Properties();
        credentials.setProperty("user", server.user());
        credentials.setProperty("password", server.password());
        credentials.setProperty("connectTimeout", "5");
        try (Connection maintenance = DriverManager.getConnection(server.url("postgres"), credentials)) {
            createIfMissing(maintenance, server.databaseName());
        } catch (SQLException e) {
            throw new DatabaseUnavailableException("Tarjima runs as root, so it cannot start its embedded PostgreSQL, "
                    + "and the local PostgreSQL at " + server.host() + ":" + server.port() + " did not accept user '"
                    + server.user() + "': " + e.getMessage(), e);
        }
        return server.url(server.databaseName());
    }

    static void createIfMissing(Connection maintenance, String database) throws SQLException {
        if (!database.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new SQLException("database name '" + database + "' must be a plain identifier");
        }
        try (PreparedStatement exists = maintenance.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            try (ResultSet row = exists.executeQuery()) {
                if (row.next()) {
                    return;
                }
            }
        }
        try (Statement create = maintenance.createStatement()) {
            create.execute("create database " + database + " encoding 'UTF8' template template0");
        } catch (SQLException e) {
            // Another node may have created it in the meantime (duplicate_database).
            if (!"42P04".equals(e.getSQLState())) {
                throw e;
            }
        }
    }
}
