package org.tarjima.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of the test's own (initdb into a temporary directory, its own port), from the machine's
 * PostgreSQL binaries, run as the {@code postgres} user: restarting it under a running application is a real
 * database restart that disturbs nobody else's tests, which restarting the shared server would. Stopped and removed
 * when closed, whatever happened.
 */
final class PrivatePostgres implements AutoCloseable {

    private final Path bin;
    private final Path directory;
    private final int port;

    private PrivatePostgres(Path bin, Path directory, int port) {
        this.bin = bin;
        this.directory = directory;
        this.port = port;
    }

    /** The newest installed PostgreSQL's binaries, when this machine can run a private server (root, runuser). */
    static Optional<Path> binaries() {
        if (!"root".equals(System.getProperty("user.name")) || !Files.isExecutable(Path.of("/usr/sbin/runuser"))
                && !Files.isExecutable(Path.of("/sbin/runuser"))) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("pg_ctl")))
                    .max(Comparator.comparing(Path::toString));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static PrivatePostgres start(Path bin) {
        try {
            Path directory = Path.of("/tmp", "tarjima-reliability-pg-" + UUID.randomUUID());
            Files.createDirectories(directory);
            PrivatePostgres server = new PrivatePostgres(bin, directory, ChildApplication.freePort());
            run("chown", "postgres", directory.toString());
            server.asPostgres(bin.resolve("initdb").toString(), "-D", server.data(), "-A", "trust", "-U", "postgres",
                    "--no-sync", "-E", "UTF8");
            server.asPostgres(bin.resolve("pg_ctl").toString(), "-D", server.data(), "-l", directory.resolve("server.log")
                    .toString(), "-o", "-p " + server.port + " -k " + directory + " -c listen_addresses=127.0.0.1 "
                    + "-c fsync=off", "-w", "start");
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int port() {
        return port;
    }

    /** Creates a database and returns its JDBC URL. */
    String createDatabase(String name) {
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres",
                "postgres", ""); Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + name;
    }

    /** pg_ctl restart -m fast: every session is cut off, running transactions roll back, the server comes back. */
    void restart() {
        asPostgres(bin.resolve("pg_ctl").toString(), "-D", data(), "-l", directory.resolve("server.log").toString(),
                "-m", "fast", "-w", "restart");
    }

    @Override
    public void close() {
        try {
            asPostgres(bin.resolve("pg_ctl").toString(), "-D", data(), "-m", "immediate", "-w", "stop");
        } catch (RuntimeException e) {
            // already stopped
        }
        run("rm", "-rf", directory.toString());
    }

    private String data() {
        return directory.resolve("data").toString();
    }

    private void asPostgres(String... command) {
        List<String> full = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
        full.addAll(List.of(command));
        run(full.toArray(String[]::new));
    }

    private static void run(String... command) {
        try {
            // Output to a file, never a pipe: a postmaster started by pg_ctl inherits it and would hold it open.
            Path output = Files.createTempFile(Path.of("target"), "pg-command-", ".log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + Files.readString(output));
            }
            Files.deleteIfExists(output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
