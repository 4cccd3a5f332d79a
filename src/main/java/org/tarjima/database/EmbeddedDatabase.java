package org.tarjima.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** An embedded PostgreSQL (real binaries from Maven Central) whose data survives restarts. */
final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final EmbeddedPostgres postgres;
    private final String url;

    private EmbeddedDatabase(EmbeddedPostgres postgres, String url) {
        this.postgres = postgres;
        this.url = url;
    }

    static EmbeddedDatabase start(DatabaseChoice.Embedded choice) {
        try {
            Files.createDirectories(choice.dataDirectory());
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(choice.dataDirectory())
                    .setCleanDataDirectory(false)
                    .start();
            try (Connection maintenance = postgres.getPostgresDatabase().getConnection()) {
                LocalServerDatabase.createIfMissing(maintenance, choice.databaseName());
            }
            String url = postgres.getJdbcUrl("postgres", choice.databaseName());
            log.info("Embedded PostgreSQL listening on port {}", postgres.getPort());
            return new EmbeddedDatabase(postgres, url);
        } catch (IOException | SQLException | RuntimeException e) {
            throw new DatabaseUnavailableException("Tarjima could not start its embedded PostgreSQL with data in "
                    + choice.dataDirectory() + ": " + e.getMessage()
                    + " (is another Tarjima already running on the same data directory?)", e);
        }
    }

    String url() {
        return url;
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
