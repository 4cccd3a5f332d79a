package org.tarjima.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.tarjima.reliability.ChildApplication;

/**
 * Application start to the first page served (target ≤ 15 s): the packaged jar started as an operator starts it
 * ({@code java -jar}, zero configuration but a database name of its own), on a database a first, untimed start has
 * already created and migrated; timed from just before the process is started to the first HTTP 200 of the sign-in
 * page, polled every 20 ms. Median of {@code bench.starts} starts (default 5); Spring's own "Started … in"
 * figure from each start's log beside it. Without a packaged jar (target/tarjima-*.jar, made by
 * {@code ./mvnw -Pproduction package -DskipTests}) it says so and skips. Writes bench/results/&lt;date&gt;-startup.json.
 */
@Tag("bench")
class StartupBenchmark {

    private static final int STARTS = Integer.getInteger("bench.starts", 5);
    private static final String DATABASE = Optional.ofNullable(System.getenv("TARJIMA_DB_NAME")).orElse("tarjima_test") + "_start";
    private static final Pattern STARTED = Pattern.compile("Started \\S+ in ([0-9.]+) seconds \\(process running for ([0-9.]+)\\)");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    @Test
    void measure() throws Exception {
        Optional<Path> jar = ChildApplication.packagedJar();
        if (jar.isEmpty()) {
            System.out.println("StartupBenchmark: no packaged jar in target/ (./mvnw -Pproduction package -DskipTests makes one): skipped");
        }
        Assumptions.assumeTrue(jar.isPresent(), "no packaged jar in target/");
        boolean production = !containsDevServer(jar.get());
        System.out.printf("StartupBenchmark: %s (%s mode), database %s%n", jar.get(), production ? "production" : "development", DATABASE);

        // The first start creates the database, runs the migrations and creates the first users and the demo project
        // (after the first page: it is waited for, or every later start would be a first one again).
        Start first = startOnce("startup-first", true);
        System.out.printf("first start (creates and migrates the database): %.1f s%n", first.toFirstPage());

        List<Double> toFirstPage = new ArrayList<>();
        List<Double> springStarted = new ArrayList<>();
        List<Double> processRunning = new ArrayList<>();
        List<Double> loadAverages = new ArrayList<>();
        for (int i = 1; i <= STARTS; i++) {
            loadAverages.add(java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            Start start = startOnce("startup-" + i, false);
            if (Files.readString(Path.of("target", "reliability-logs", "startup-" + i + ".log")).contains("created the user 'admin'")) {
                throw new IllegalStateException("start " + i + " initialised the database again: it was no start on an initialised one");
            }
            System.out.printf("start %d: first page after %.2f s; Spring: started in %.2f s (process running for %.2f s)%n", i,
                    start.toFirstPage(), start.springStarted(), start.processRunning());
            toFirstPage.add(start.toFirstPage());
            springStarted.add(start.springStarted());
            processRunning.add(start.processRunning());
        }

        BenchResults results = new BenchResults("startup")
                .machine("jar", jar.get().getFileName().toString())
                .machine("jar_mb", Files.size(jar.get()) / (1024 * 1024))
                .machine("vaadin_mode", production ? "production" : "development")
                .machine("jvm_options", "none (java -jar)")
                .machine("first_start_s", first.toFirstPage())
                .machine("load_averages_at_each_start", loadAverages);
        BenchResults.Sample page = new BenchResults.Sample(toFirstPage);
        results.record("start_to_first_page", "s", page, "spring_started_in", new BenchResults.Sample(springStarted),
                "≤ 15 s", page.median() <= 15);
        results.record("spring_process_running_at_started", "s", new BenchResults.Sample(processRunning), "", true).put("met", null);
        results.write();
    }

    private record Start(double toFirstPage, double springStarted, double processRunning) {
    }

    private Start startOnce(String logName, boolean awaitFirstStartWork) throws Exception {
        try (ChildApplication app = ChildApplication.zeroConfig(DATABASE, logName)) {
            HttpRequest signIn = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/login"))
                    .timeout(Duration.ofSeconds(60)).GET().build();
            long begin = System.nanoTime();
            app.launch();
            long deadline = begin + Duration.ofMinutes(3).toNanos();
            double seconds = -1;
            while (System.nanoTime() < deadline) {
                if (!app.alive()) {
                    throw new IllegalStateException("the application exited; see " + app.log());
                }
                try {
                    HttpResponse<String> response = http.send(signIn, HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() == 200) {
                        seconds = (System.nanoTime() - begin) / 1e9;
                        break;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(20);
            }
            if (seconds < 0) {
                throw new IllegalStateException("no sign-in page within 3 minutes; see " + app.log());
            }
            if (awaitFirstStartWork) {
                awaitInitialised(app, Duration.ofMinutes(3));
            }
            Matcher started = STARTED.matcher(Files.readString(app.log()));
            if (!started.find()) {
                throw new IllegalStateException("no 'Started … in' line in " + app.log());
            }
            return new Start(seconds, Double.parseDouble(started.group(1)), Double.parseDouble(started.group(2)));
        }
    }

    /**
     * Waits until the first start's work after "Started" is committed: the administrator and the demo project (a
     * zero-config start is a demo), read from the database itself (on a database initialised before, at once).
     */
    private static void awaitInitialised(ChildApplication app, Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        String sql = "select (select count(*) from app_user where username = 'admin') + (select count(*) from project where name = ?)";
        while (true) {
            try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + DATABASE, "postgres", "");
                 PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, "Harmony with nature");
                try (ResultSet rs = statement.executeQuery()) {
                    rs.next();
                    if (rs.getInt(1) == 2) {
                        return;
                    }
                }
            }
            if (System.nanoTime() > deadline || !app.alive()) {
                throw new IllegalStateException("the first start did not create the administrator and the demo project; see " + app.log());
            }
            Thread.sleep(200);
        }
    }

    /** A development-mode jar carries Vaadin's dev server (and starts slower): the figures say which was measured. */
    private static boolean containsDevServer(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.stream().anyMatch(entry -> entry.getName().matches("BOOT-INF/lib/vaadin-dev-server-.*\\.jar"));
        }
    }
}
