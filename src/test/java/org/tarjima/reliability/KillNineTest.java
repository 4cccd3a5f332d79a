package org.tarjima.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * kill -9 of the application (the packaged jar as a child process) in the middle of a 100,000-unit import and in
 * the middle of a burst of saves. After a restart on the same database: the import is there whole or not at all,
 * every acknowledged save is there with its history row, and no history row lacks its target version.
 */
@Tag("reliability")
class KillNineTest {

    private static final int UNITS = Integer.getInteger("faults.import.units", 100_000);
    private static final ReliabilityReport report = new ReliabilityReport("faults-kill-9");

    @AfterAll
    static void writeResults() {
        report.write();
    }

    @Test
    void kill_9_in_the_middle_of_a_100k_unit_import_leaves_all_of_it_or_none() throws Exception {
        FaultDatabase database = new FaultDatabase("127.0.0.1", 5432, "kill_import").recreate();
        JdbcClient jdbc = database.jdbc();
        Path file = bigXliff(UNITS);
        try (ChildApplication app = new ChildApplication(database.url(), "kill-import").start()) {
            ApiClient admin = ApiClient.bearer(app.port(), app.adminToken()).withTimeout(Duration.ofMinutes(15));
            long project = admin.post("/api/projects", Map.of("name", "Import " + UUID.randomUUID(), "sourceLocale", "en",
                    "targetLocales", List.of("ru"))).json().get("id").asLong();
            byte[] content = Files.readAllBytes(file);

            for (String phase : List.of("segment", "target")) {
                ApiClient importer = admin;
                CompletableFuture<String> upload = CompletableFuture.supplyAsync(() -> {
                    try {
                        return importer.upload("/api/projects/" + project + "/documents", "big.xlf", content).toString();
                    } catch (IOException e) {
                        return "no answer: " + e.getMessage();
                    }
                });
                long started = System.nanoTime();
                awaitStatement(jdbc, database.name(), "insert into " + phase, Duration.ofMinutes(5));
                long killedAfter = (System.nanoTime() - started) / 1_000_000;
                app.killHard();
                String answer = upload.get(1, TimeUnit.MINUTES);
                database.awaitNoApplicationSessions(60_000);

                assertThat(answer).as("the client learnt nothing was acknowledged").startsWith("no answer");
                assertNothingOfTheImport(jdbc, project);
                app.start();
                assertNothingOfTheImport(jdbc, project);
                report.addCase("kill -9 while inserting " + phase + " rows of a " + UNITS + "-unit import ("
                        + killedAfter + " ms in)", "after restart: no document, no segment, no target, no history", 0, 0,
                        Map.of("killedAfterMillis", killedAfter, "fileBytes", content.length));
                admin = ApiClient.bearer(app.port(), app.adminToken()).withTimeout(Duration.ofMinutes(15));
            }

            long started = System.nanoTime();
            ApiClient.Answer whole = admin.upload("/api/projects/" + project + "/documents", "big.xlf", content);
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertThat(whole.status()).as(whole.toString()).isEqualTo(201);
            assertThat(whole.json().get("segmentCount").asInt()).isEqualTo(UNITS);
            long document = whole.json().get("id").asLong();
            assertThat(count(jdbc, "select count(*) from segment where document_id = ?", document)).isEqualTo(UNITS);
            assertThat(count(jdbc, "select count(*) from target where document_id = ?", document)).isEqualTo(UNITS);
            assertThat(count(jdbc, "select count(*) from target_history h join target t on t.id = h.target_id "
                    + "where t.document_id = ?", document)).isEqualTo(UNITS);
            report.figure("wholeImportMillis", millis);
            report.addCase("the same import after the restarts", "201: " + UNITS + " segments, targets and history rows",
                    0, 0, Map.of("millis", millis));
        }
    }

    @Test
    void kill_9_in_the_middle_of_a_burst_of_saves_keeps_every_acknowledged_save_and_no_half_written_history()
            throws Exception {
        FaultDatabase database = new FaultDatabase("127.0.0.1", 5432, "kill_saves").recreate();
        JdbcClient jdbc = database.jdbc();
        try (ChildApplication app = new ChildApplication(database.url(), "kill-saves").start()) {
            RemoteSoakWorld world = new RemoteSoakWorld(app, 12, 4);
            Soak soak = new Soak(world.documentId, world.segments, SoakFixture.LOCALES, world.clients);
            CompletableFuture<List<Soak.Op>> burst = CompletableFuture.supplyAsync(() -> {
                try {
                    return soak.run(Duration.ofMinutes(3));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return List.of();
                }
            });
            ChildApplication.sleep(10_000);
            long acknowledgedBeforeKill = soak.opsSoFar().stream().filter(Soak.Op::changed).count();
            app.killHard();
            ChildApplication.sleep(1_000);
            soak.stop();
            List<Soak.Op> ops = burst.get(2, TimeUnit.MINUTES);
            database.awaitNoApplicationSessions(60_000);

            SoakVerifier.Verdict afterKill = SoakVerifier.verify(jdbc, world.documentId, ops);
            app.start();
            SoakVerifier.Verdict afterRestart = SoakVerifier.verify(jdbc, world.documentId, ops);
            long inFlight = ops.stream().filter(o -> o.status() == -1 && o.kind() != Soak.Kind.READ).count();
            for (SoakVerifier.Verdict verdict : List.of(afterKill, afterRestart)) {
                assertThat(verdict.problems()).isEmpty();
                assertThat(verdict.lost()).isZero();
                assertThat(verdict.duplicated()).isZero();
                assertThat(verdict.replayMismatches()).as("no history row without its target version, or the reverse")
                        .isZero();
                assertThat(verdict.unacknowledged()).as("only requests cut off by the kill may have committed unseen")
                        .isLessThanOrEqualTo(inFlight);
            }
            assertThat(acknowledgedBeforeKill).isGreaterThan(50);
            Soak.Segment first = world.segments.get(0);
            ApiClient client = world.clients.get(0).api();
            int version = client.get("/api/documents/" + world.documentId + "/segments?locale=ru&limit=1").json().get(0)
                    .get("version").asInt();
            assertThat(client.put("/api/documents/" + world.documentId + "/segments/" + first.id() + "/targets/ru",
                    Map.of("text", "После перезапуска", "version", version)).status()).isEqualTo(200);

            Map<String, Object> details = new LinkedHashMap<>(afterRestart.counts());
            details.put("clients", world.clients.size());
            details.put("requestsCutOffByTheKill", inFlight);
            report.addCase("kill -9 during a burst of saves (" + world.clients.size() + " clients, 10 s in)",
                    "after restart: every acknowledged save with its history row; replay exact; "
                            + afterRestart.unacknowledged() + " unacknowledged row(s) from " + inFlight + " cut-off request(s)",
                    afterRestart.lost(), 0, details);
        }
    }

    private static void assertNothingOfTheImport(JdbcClient jdbc, long project) {
        assertThat(count(jdbc, "select count(*) from document where project_id = ?", project)).isZero();
        assertThat(count(jdbc, "select count(*) from segment s join document d on d.id = s.document_id "
                + "where d.project_id = ?", project)).isZero();
        assertThat(jdbc.sql("select count(*) from target").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from target_history").query(Long.class).single()).isZero();
    }

    /** Waits until the application runs a statement starting with {@code prefix} in the database. */
    private static void awaitStatement(JdbcClient jdbc, String database, String prefix, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            long running = jdbc.sql("select count(*) from pg_stat_activity where datname = ? and state = 'active' "
                    + "and lower(ltrim(query)) like ?").params(database, prefix + "%").query(Long.class).single();
            if (running > 0) {
                return;
            }
            ChildApplication.sleep(10);
        }
        throw new AssertionError("the import never ran '" + prefix + "…' within " + within);
    }

    private static long count(JdbcClient jdbc, String sql, long id) {
        return jdbc.sql(sql).param(id).query(Long.class).single();
    }

    /** An XLIFF 1.2 file from another tool with {@code units} translated units, written once under target/. */
    static Path bigXliff(int units) throws IOException {
        Path file = Path.of("target", "reliability-" + units + "-units.xlf");
        if (Files.exists(file)) {
            return file;
        }
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff version=\"1.2\" "
                    + "xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">\n<file original=\"big.txt\" source-language=\"en\" "
                    + "target-language=\"ru\" datatype=\"plaintext\"><body>\n");
            for (int i = 1; i <= units; i++) {
                out.write("<trans-unit id=\"u" + i + "\"><source>Sentence " + i + " tells how people and nature live "
                        + "together.</source><target state=\"translated\">Предложение " + i + " о том, как люди и природа "
                        + "живут вместе.</target></trans-unit>\n");
            }
            out.write("</body></file>\n</xliff>\n");
        }
        return file;
    }
}
