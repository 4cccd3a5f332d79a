package org.tarjima.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.tarjima.database.DatabaseChoice;
import org.tarjima.database.DatabaseChooser;

/**
 * Every test run starts on an empty test database, so results never depend on earlier runs: the local
 * server's test database is dropped, or the embedded one's data directory removed. A configured
 * database ({@code TARJIMA_DB_URL}) is left alone.
 */
public class FreshTestDatabase implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        Properties test = testProperties();
        DatabaseChoice choice = new DatabaseChooser(name -> {
            String value = System.getProperty(name);
            if (value == null) {
                value = System.getenv(name.toUpperCase().replace('.', '_').replace('-', '_'));
            }
            return value != null ? value : test.getProperty(name);
        }, DatabaseChooser.runningAsRoot(), Path.of(System.getProperty("user.home"))).choose();
        if (choice instanceof DatabaseChoice.LocalServer local) {
            drop(local);
        } else if (choice instanceof DatabaseChoice.Embedded embedded) {
            delete(embedded.dataDirectory());
        }
    }

    private static void drop(DatabaseChoice.LocalServer local) {
        String url = "jdbc:postgresql://" + local.host() + ":" + local.port() + "/postgres";
        try (Connection connection = DriverManager.getConnection(url, local.user(), local.password());
             Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + local.databaseName() + " with (force)");
        } catch (SQLException e) {
            // The application's own start-up reports an unreachable server with what to do.
        }
    }

    private static void delete(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties testProperties() {
        Properties properties = new Properties();
        try (InputStream in = FreshTestDatabase.class.getResourceAsStream("/application-test.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
