package org.tarjima.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * PostgreSQL restarts under a running application with editors saving: the requests it cuts off fail at once with a
 * 503 that says so (no hang, no bare 500), the application reconnects by itself (the pool validates its connections,
 * the live-update listener reconnects), and nothing that was acknowledged is lost.
 */
@Tag("reliability")
class PostgresRestartTest {

    private static final ReliabilityReport report = new ReliabilityReport("faults-postgres-restart");

    @AfterAll
    static void writeResults() {
        report.write();
    }

    @Test
    void a_database_restart_fails_requests_in_flight_clearly_and_the_application_recovers_by_itself() throws Exception {
        Optional<Path> binaries = PrivatePostgres.binaries();
        assumeTrue(binaries.isPresent(), "needs root, runuser and PostgreSQL binaries for a private server");
        try (PrivatePostgres postgres = PrivatePostgres.start(binaries.get())) {
            String url = postgres.createDatabase("tarjima_restart");
            JdbcClient jdbc = JdbcClient.create(new SimpleDriverDataSource(new org.postgresql.Driver(), url, "postgres", ""));
            try (ChildApplication app = new ChildApplication(url, "postgres-restart").start()) {
                RemoteSoakWorld world = new RemoteSoakWorld(app, 8, 2);
                Soak soak = new Soak(world.documentId, world.segments, SoakFixture.LOCALES, world.clients);
                long soakStarted = System.nanoTime();
                CompletableFuture<List<Soak.Op>> load = CompletableFuture.supplyAsync(() -> {
                    try {
                        return soak.run(Duration.ofSeconds(45));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return List.of();
                    }
                });
                ChildApplication.sleep(10_000);
                long restartStarted = System.nanoTime();
                postgres.restart();
                long restartEnded = System.nanoTime();
                List<Soak.Op> ops = load.get(3, TimeUnit.MINUTES);

                // Anything but the soak's own answers (stored, refused as stale, not allowed) is a request the restart
                // cut off, and each must be the API's 503: a redirect to the sign-in page (302) or a 401 are not.
                Set<Integer> ordinary = Set.of(200, 201, 204, 403, 409, 422);
                List<Soak.Op> failed = ops.stream().filter(o -> !ordinary.contains(o.status())).toList();
                assertThat(failed).as("requests cut off by the restart").isNotEmpty();
                assertThat(failed).allSatisfy(op -> {
                    assertThat(op.status()).as(op.toString()).isEqualTo(503);
                    assertThat(op.error()).contains("Database unavailable");
                });
                long slowest = ops.stream().mapToLong(Soak.Op::millis).max().orElse(0);
                assertThat(slowest).as("no request hangs").isLessThan(35_000);
                long recoveredAfter = ops.stream().filter(o -> o.changed() && o.startedNanos() > restartEnded)
                        .mapToLong(o -> (o.startedNanos() - restartEnded) / 1_000_000).min().orElse(-1);
                long savedAfterRestart = ops.stream().filter(o -> o.changed() && o.startedNanos() > restartEnded).count();
                assertThat(savedAfterRestart).as("saves go through again without restarting the application").isPositive();

                SoakVerifier.Verdict verdict = SoakVerifier.verify(jdbc, world.documentId, ops);
                assertThat(verdict.problems()).isEmpty();
                assertThat(verdict.lost()).isZero();
                assertThat(verdict.replayMismatches()).isZero();
                assertThat(verdict.unacknowledged()).isLessThanOrEqualTo(failed.size());
                String log = Files.readString(app.log());
                boolean listenerBack = log.contains("Live updates lost their database connection");

                Map<String, Object> details = new LinkedHashMap<>(verdict.counts());
                details.put("restartMillis", (restartEnded - restartStarted) / 1_000_000);
                details.put("restartAtSecond", (restartStarted - soakStarted) / 1_000_000_000);
                details.put("failedRequests", failed.size());
                details.put("firstAcceptedChangeAfterRestartMillis", recoveredAfter);
                details.put("slowestRequestMillis", slowest);
                details.put("liveListenerReconnectLogged", listenerBack);
                details.put("sampleFailure", failed.get(0).error());
                report.addCase("PostgreSQL restarted (pg_ctl restart -m fast) under " + world.clients.size()
                                + " saving clients", failed.size() + " request(s) cut off, each a 503 problem 'Database unavailable' "
                                + "within " + slowest + " ms; saves went through again as soon as the server was back, "
                                + "without restarting the application; nothing acknowledged lost",
                        verdict.lost(), 0, details);
            }
        }
    }
}
