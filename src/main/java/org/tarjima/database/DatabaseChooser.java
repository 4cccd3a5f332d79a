package org.tarjima.database;

import com.sun.security.auth.module.UnixSystem;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * Decides which database to use from the settings alone, so the decision can be tested without
 * starting anything. Precedence: a configured URL always wins; otherwise an embedded PostgreSQL,
 * unless the process runs as root, which PostgreSQL refuses, in which case the local server.
 */
public final class DatabaseChooser {

    static final String DEFAULT_DATABASE = "tarjima";
    static final String LOCAL_HOST = "127.0.0.1";
    static final int LOCAL_PORT = 5432;
    static final String LOCAL_USER = "postgres";

    private final Function<String, String> settings;
    private final boolean runningAsRoot;
    private final Path home;

    /**
     * @param settings      looks up a Spring property such as {@code tarjima.db.url}, which Spring also
     *                      binds from the environment variable {@code TARJIMA_DB_URL}; null when unset
     * @param runningAsRoot whether this process has user id 0
     * @param home          the user's home directory, for the embedded data directory
     */
    public DatabaseChooser(Function<String, String> settings, boolean runningAsRoot, Path home) {
        this.settings = settings;
        this.runningAsRoot = runningAsRoot;
        this.home = home;
    }

    public DatabaseChoice choose() {
        String url = setting("tarjima.db.url");
        String user = setting("tarjima.db.user");
        String password = setting("tarjima.db.password");
        String database = orDefault(setting("tarjima.db.name"), DEFAULT_DATABASE);
        if (url != null) {
            return new DatabaseChoice.Configured(url, user, password);
        }
        if (runningAsRoot) {
            return new DatabaseChoice.LocalServer(
                    orDefault(setting("tarjima.db.local-host"), LOCAL_HOST),
                    Integer.parseInt(orDefault(setting("tarjima.db.local-port"), String.valueOf(LOCAL_PORT))),
                    orDefault(user, LOCAL_USER),
                    orDefault(password, ""),
                    database);
        }
        String dataDirectory = setting("tarjima.db.embedded-dir");
        Path directory = dataDirectory != null ? Path.of(dataDirectory) : home.resolve(".tarjima").resolve("pgdata");
        return new DatabaseChoice.Embedded(directory.toAbsolutePath(), database);
    }

    /** Whether this process has user id 0, which PostgreSQL refuses to run as. */
    public static boolean runningAsRoot() {
        try {
            return new UnixSystem().getUid() == 0;
        } catch (UnsatisfiedLinkError | RuntimeException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    private String setting(String name) {
        String value = settings.apply(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String orDefault(String value, String fallback) {
        return value != null ? value : fallback;
    }
}
