package org.tarjima.database;

import java.nio.file.Path;

/** The database Tarjima decided to use, before anything was started or connected. */
public sealed interface DatabaseChoice {

    /** One line for the start-up log. */
    String describe();

    /** A database the operator configured with {@code TARJIMA_DB_URL}; used as is. */
    record Configured(String url, String user, String password) implements DatabaseChoice {
        public String describe() {
            return "configured database " + url + " (TARJIMA_DB_URL)";
        }
    }

    /** An embedded PostgreSQL whose data stays in {@code dataDirectory} between runs. */
    record Embedded(Path dataDirectory, String databaseName) implements DatabaseChoice {
        public String describe() {
            return "embedded PostgreSQL with data in " + dataDirectory + ", database '" + databaseName + "'";
        }
    }

    /** The PostgreSQL server on this machine; the database is created when missing. */
    record LocalServer(String host, int port, String user, String password, String databaseName)
            implements DatabaseChoice {
        public String describe() {
            return "local PostgreSQL at " + host + ":" + port + " as '" + user + "', database '" + databaseName + "'";
        }

        String url(String database) {
            return "jdbc:postgresql://" + host + ":" + port + "/" + database;
        }
    }
}
