package org.tarjima.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The zero-configuration database as a user runs it: the embedded PostgreSQL of {@link EmbeddedDatabase}, in a JVM of
 * its own that the test kills with SIGKILL. PostgreSQL refuses to run as root, so when the tests run as root (CI) the
 * child JVM runs as {@code nobody} (setpriv), from a copy of the few jars it needs.
 */
class EmbeddedDatabaseCrashTest {

    private static final long STARTED_WITHIN_SECONDS = 120;

    private Path home;
    private Path data;
    private final List<Process> children = new ArrayList<>();

    @BeforeEach
    void home() throws Exception {
        home = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "embedded-crash-");
        data = home.resolve("pgdata");
        copyClasspath(home.resolve("lib"));
        Files.createDirectories(home.resolve("tmp"));
        if (DatabaseChooser.runningAsRoot()) {
            // nobody must reach its files: every directory above them open to traverse, everything of ours its own.
            for (Path up = home.getParent(); up != null; up = up.getParent()) {
                assertThat(Files.isExecutable(up)).as(up + " must be traversable by nobody").isTrue();
            }
            UserPrincipal nobody = home.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
            try (Stream<Path> files = Files.walk(home)) {
                for (Path file : files.toList()) {
                    Files.setOwner(file, nobody);
                }
            }
        }
    }

    @AfterEach
    void cleanUp() throws Exception {
        for (Process child : children) {
            child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        LeftoverServer.postmaster(data).ifPresent(server -> {
            server.destroy();
            server.onExit().join();
        });
        try (Stream<Path> files = Files.walk(home)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @Test
    void runs_durably_and_starts_again_after_its_jvm_was_killed_with_every_acknowledged_write_there() throws Exception {
        Child first = start();
        try (Connection connection = DriverManager.getConnection(first.url())) {
            assertThat(setting(connection, "fsync")).isEqualTo("on");
            assertThat(setting(connection, "synchronous_commit")).isEqualTo("on");
            assertThat(setting(connection, "full_page_writes")).isEqualTo("on");
            try (Statement statement = connection.createStatement()) {
                statement.execute("create table saved (text text)");
                statement.execute("insert into saved values ('typed before the crash')");
            }
        }

        first.process().destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertThat(LeftoverServer.postmaster(data)).as("the killed JVM's PostgreSQL runs on").isPresent();

        Child second = start();
        try (Connection connection = DriverManager.getConnection(second.url());
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select text from saved")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("typed before the crash");
            assertThat(setting(connection, "fsync")).isEqualTo("on");
        }

        // While that Tarjima runs, nobody else may take its server away.
        assertThatThrownBy(() -> LeftoverServer.stopIfAny(data))
                .isInstanceOf(DatabaseUnavailableException.class)
                .hasMessageContaining("Another Tarjima is running with its data in " + data);

        second.stop();
        assertThat(second.process().exitValue()).isZero();
        assertThat(data.resolve("postmaster.pid")).as("a normal stop stops the server too").doesNotExist();
    }

    private record Child(Process process, String url, Writer input) {
        void stop() throws Exception {
            input.write("stop\n");
            input.flush();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the child stops on request").isTrue();
        }
    }

    private Child start() throws Exception {
        List<String> command = new ArrayList<>();
        if (DatabaseChooser.runningAsRoot()) {
            command.addAll(List.of("setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"));
        }
        command.addAll(List.of(ProcessHandle.current().info().command().orElse("java"), "-Xmx128m",
                "-Djava.io.tmpdir=" + home.resolve("tmp"), "-cp", home.resolve("lib").toString() + "/*"
                        + java.io.File.pathSeparator + home.resolve("lib").resolve("classes"),
                EmbeddedDatabaseChild.class.getName(), data.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("HOME", home.toString());
        Process process = builder.start();
        children.add(process);
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        StringBuilder output = new StringBuilder();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    synchronized (output) {
                        output.append(line).append('\n');
                    }
                    lines.add(line);
                }
            } catch (IOException e) {
                // the child is gone
            }
        }, "embedded-child-output");
        reader.setDaemon(true);
        reader.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(STARTED_WITHIN_SECONDS);
        while (System.nanoTime() < deadline) {
            String line = lines.poll(1, TimeUnit.SECONDS);
            if (line != null && line.startsWith("URL ")) {
                return new Child(process, line.substring(4),
                        new java.io.OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
            }
            if (line == null && !process.isAlive()) {
                break;
            }
        }
        synchronized (output) {
            throw new AssertionError("the embedded database did not start:\n" + output);
        }
    }

    private static String setting(Connection connection, String name) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("show " + name)) {
            rows.next();
            return rows.getString(1);
        }
    }

    /** The embedded library, its PostgreSQL binaries and what they use, plus this package's classes. */
    private static void copyClasspath(Path lib) throws IOException, URISyntaxException {
        Files.createDirectories(lib);
        Set<Path> jars = new LinkedHashSet<>();
        for (Class<?> type : List.of(EmbeddedPostgres.class, org.postgresql.Driver.class,
                org.apache.commons.io.FileUtils.class, org.apache.commons.lang3.StringUtils.class,
                org.apache.commons.compress.archivers.ArchiveEntry.class, org.tukaani.xz.XZInputStream.class,
                org.slf4j.LoggerFactory.class, org.apache.commons.codec.binary.Hex.class)) {
            jars.add(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()));
        }
        String binaries = EmbeddedPostgres.class.getResource("/postgres-linux-x86_64.txz").toString();
        jars.add(Path.of(new java.net.URI(binaries.substring("jar:".length(), binaries.indexOf("!/")))));
        for (Path jar : jars) {
            Files.copy(jar, lib.resolve(jar.getFileName()));
        }
        Path classes = lib.resolve("classes").resolve("org/tarjima/database");
        Files.createDirectories(classes);
        for (Class<?> type : List.of(EmbeddedDatabase.class, EmbeddedDatabaseChild.class)) {
            Path directory = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .resolve("org/tarjima/database");
            try (Stream<Path> files = Files.list(directory)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                    Files.copy(file, classes.resolve(file.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        try (Stream<Path> files = Files.walk(lib)) {
            for (Path file : files.toList()) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(Files.isDirectory(file) ? "rwxr-xr-x" : "rw-r--r--"));
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
