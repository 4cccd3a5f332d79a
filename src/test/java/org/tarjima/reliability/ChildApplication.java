package org.tarjima.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The application as a separate process, started the way an operator starts it (the packaged jar, configured by
 * environment variables) so that a test can kill it with SIGKILL and start it again on the same database. Without a
 * packaged jar (a single test run from an IDE) it starts from the test's own classpath instead.
 */
public final class ChildApplication implements AutoCloseable {

    static final String ADMIN_PASSWORD = "child-admin-password";

    /** Null for a zero-config start (see {@link #zeroConfig}). */
    private final String databaseUrl;
    private final String databaseName;
    private final int port;
    private final Path log;
    private Process process;

    ChildApplication(String databaseUrl, String logName) {
        this(databaseUrl, null, logName);
    }

    private ChildApplication(String databaseUrl, String databaseName, String logName) {
        this.databaseUrl = databaseUrl;
        this.databaseName = databaseName;
        this.port = freePort();
        try {
            this.log = Files.createDirectories(Path.of("target", "reliability-logs")).resolve(logName + ".log");
            Files.deleteIfExists(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The packaged jar started as an operator starts it the first time, with no configuration at all but the
     * database's name (so that it does not use the workbench's own database) and the port: plain
     * {@code java -jar}, no JVM options, none of the test run's TARJIMA_* variables. For the start-up benchmark.
     */
    public static ChildApplication zeroConfig(String databaseName, String logName) {
        return new ChildApplication(null, databaseName, logName);
    }

    public int port() {
        return port;
    }

    public Path log() {
        return log;
    }

    /** Starts the process and waits until the API answers (the administrator can call /api/me). */
    ChildApplication start() {
        launch();
        awaitUp(Duration.ofMinutes(3));
        return this;
    }

    /** Starts the process and returns at once; the caller decides what "up" means. */
    public Process launch() {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        if (databaseUrl != null) {
            command.addAll(List.of("-Xmx1536m", "-XX:+UseParallelGC"));
        }
        Optional<Path> jar = packagedJar();
        if (jar.isPresent()) {
            command.addAll(List.of("-jar", jar.get().toString()));
        } else {
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.tarjima.Application"));
        }
        ProcessBuilder builder = new ProcessBuilder(command)
                // Vaadin's development mode looks for the project around its working directory.
                .directory(Path.of("").toAbsolutePath().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        if (databaseUrl != null) {
            builder.environment().put("TARJIMA_DB_URL", databaseUrl);
            builder.environment().put("TARJIMA_DB_USER", "postgres");
            builder.environment().put("TARJIMA_DB_PASSWORD", "");
            builder.environment().put("TARJIMA_ADMIN_PASSWORD", ADMIN_PASSWORD);
            builder.environment().put("TARJIMA_DEMO", "false");
        } else {
            builder.environment().keySet().removeIf(name -> name.startsWith("TARJIMA_"));
            builder.environment().put("TARJIMA_DB_NAME", databaseName);
        }
        builder.environment().put("PORT", String.valueOf(port));
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return process;
    }

    private void awaitUp(Duration within) {
        ApiClient admin = admin().withTimeout(Duration.ofSeconds(5));
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the application exited with " + process.exitValue() + "; see " + log);
            }
            try {
                if (admin.get("/api/me").status() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            sleep(500);
        }
        throw new IllegalStateException("the application did not come up within " + within + "; see " + log);
    }

    /** SIGKILL: no shutdown hook, no graceful stop, no flushing; the process is simply gone. */
    void killHard() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the application survived SIGKILL");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public boolean alive() {
        return process != null && process.isAlive();
    }

    ApiClient admin() {
        return ApiClient.basic(port, "admin", ADMIN_PASSWORD);
    }

    /** A fresh personal access token of the administrator. */
    String adminToken() throws IOException {
        return admin().post("/api/me/tokens", java.util.Map.of("name", "reliability")).json().get("token").asText();
    }

    /** SIGTERM, as an operator stops it; SIGKILL if it has not stopped within 30 seconds. */
    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The jar `package` made (target/tarjima-*.jar), if it is there. */
    public static Optional<Path> packagedJar() {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("tarjima-.*\\.jar"))
                    .max(Comparator.comparingLong(p -> p.toFile().lastModified()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
