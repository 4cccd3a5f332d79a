package org.tarjima.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embedded PostgreSQL (real binaries from Maven Central) whose data survives restarts, crashes and power cuts: it
 * runs with PostgreSQL's durable defaults, not the embedded library's test settings (fsync off, asynchronous commit),
 * because this is where a small team keeps all its work.
 */
final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);

    private final EmbeddedPostgres postgres;
    private final String url;

    private EmbeddedDatabase(EmbeddedPostgres postgres, String url) {
        this.postgres = postgres;
        this.url = url;
    }

    static EmbeddedDatabase start(DatabaseChoice.Embedded choice) {
        try {
            Files.createDirectories(choice.dataDirectory());
            LeftoverServer.stopIfAny(choice.dataDirectory());
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(choice.dataDirectory())
                    .setCleanDataDirectory(false)
                    // The library starts the server with -F (fsync off) and synchronous_commit=off; these come after
                    // on its command line and win, so an acknowledged save is on disk.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    // Spring stops the server after everything that uses it (the pool, live updates); the library's
                    // own shutdown hook would stop it at the same time as Spring's, under their feet.
                    .setRegisterShutdownHook(false)
                    // After a crash PostgreSQL first replays its log: give that time before calling the start failed.
                    .setPGStartupWait(STARTUP_WAIT)
                    .start();
            try (Connection maintenance = postgres.getPostgresDatabase().getConnection()) {
                LocalServerDatabase.createIfMissing(maintenance, choice.databaseName());
            }
            String url = postgres.getJdbcUrl("postgres", choice.databaseName());
            log.info("Embedded PostgreSQL listening on port {}", postgres.getPort());
            return new EmbeddedDatabase(postgres, url);
        } catch (DatabaseUnavailableException e) {
            throw e;
        } catch (IOException | SQLException | RuntimeException e) {
            throw new DatabaseUnavailableException("Tarjima could not start its embedded PostgreSQL with data in "
                    + choice.dataDirectory() + ": " + e.getMessage(), "PostgreSQL's own lines in the log above say why. "
                    + "To use another database instead, set TARJIMA_DB_URL (with TARJIMA_DB_USER and TARJIMA_DB_PASSWORD).",
                    e);
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
