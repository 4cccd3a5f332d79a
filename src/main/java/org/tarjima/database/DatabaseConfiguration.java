package org.tarjima.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The one {@link DataSource} of the application, from the zero-configuration choice of
 * {@link DatabaseChooser}. Flyway and every service use it.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean
    DatabaseChoice databaseChoice(Environment environment) {
        DatabaseChoice choice = new DatabaseChooser(environment::getProperty, DatabaseChooser.runningAsRoot(),
                Path.of(System.getProperty("user.home"))).choose();
        log.info("Database: {}", choice.describe());
        return choice;
    }

    @Bean(destroyMethod = "close")
    EmbeddedDatabaseHolder embeddedDatabase(DatabaseChoice choice) {
        return new EmbeddedDatabaseHolder(choice instanceof DatabaseChoice.Embedded embedded
                ? EmbeddedDatabase.start(embedded) : null);
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(DatabaseChoice choice, EmbeddedDatabaseHolder embedded) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("tarjima");
        if (choice instanceof DatabaseChoice.Configured configured) {
            config.setJdbcUrl(configured.url());
            config.setUsername(configured.user());
            config.setPassword(configured.password());
        } else if (choice instanceof DatabaseChoice.LocalServer local) {
            config.setJdbcUrl(LocalServerDatabase.prepare(local));
            config.setUsername(local.user());
            config.setPassword(local.password());
        } else {
            config.setJdbcUrl(embedded.database().url());
        }
        config.setMaximumPoolSize(20);
        // Grow on demand, shrink when quiet: several nodes (or test contexts) share the server's connection limit.
        config.setMinimumIdle(2);
        // Batched inserts are rewritten into multi-row statements: imports write many segments at once.
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        try {
            // Hikari opens its first connection here, so an unreachable database fails at start-up.
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new DatabaseUnavailableException("Tarjima cannot reach its database, the "
                    + choice.describe() + ": " + rootMessage(e), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    /** Keeps the embedded server alive as long as the context, and stops it after the pool. */
    record EmbeddedDatabaseHolder(EmbeddedDatabase database) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            if (database != null) {
                database.close();
            }
        }
    }
}
