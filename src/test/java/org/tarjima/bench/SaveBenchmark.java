package org.tarjima.bench;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tarjima.base.text.InlineText;
import org.tarjima.document.DocumentSummary;
import org.tarjima.intake.IncomingFiles;
import org.tarjima.interchange.xliff.XliffWriter;
import org.tarjima.project.NewProject;
import org.tarjima.project.ProjectService;
import org.tarjima.project.ProjectSummary;
import org.tarjima.security.RunAs;
import org.tarjima.support.TarjimaTest;
import org.tarjima.translation.Origin;
import org.tarjima.translation.SaveResult;
import org.tarjima.translation.SegmentListing;
import org.tarjima.translation.SegmentRow;
import org.tarjima.translation.StateFilter;
import org.tarjima.translation.TargetEdit;
import org.tarjima.translation.TargetState;
import org.tarjima.translation.TranslationService;

/**
 * The save path on its own (issue #24, part 3): what one confirmed save costs the two cores and the latency that
 * sets. On a document of {@code bench.size} units (the suite's workload: half imported as TRANSLATED, so the TM holds
 * them), drafts are saved first (not measured), then each measured save confirms one draft (DRAFT → TRANSLATED, a new
 * TM unit), as {@code TranslationService.confirm} is called by the editor and the API:
 * <ul>
 *   <li><b>ceiling</b>: 50 writers in a closed loop (each saves again as soon as it is answered): saves/s, and the
 *   processor time a save costs, split into the JVM (the saving threads themselves, and the rest: the collector,
 *   the TM's posting worker, the live-event listener), this database's PostgreSQL backends (the save's statements
 *   and commits, the posting worker's batches) and every PostgreSQL process of the shared server (which includes
 *   the WAL writer and, on this machine, other agents' databases). The ceiling is cores / (JVM + backends).
 *   The TM postings of the saves are waited for and counted.</li>
 *   <li><b>open loop</b>: 50 writers each saving once a second (a translator confirming often), p50/p95/p99 from when
 *   each save was due, so a save held up by the one before it shows the wait.</li>
 * </ul>
 * Every save must leave exactly one history row; a stale version must still be refused. Writes
 * bench/results/&lt;date&gt;-save-path-&lt;size&gt;.json.
 */
@TarjimaTest
@Tag("bench")
class SaveBenchmark {

    private static final int SIZE = Integer.getInteger("bench.size", 20_000);
    private static final int WRITERS = 50;
    private static final int WARM_UP_SAVES = Integer.getInteger("bench.saves.warmup", 1_500);
    private static final int CLOSED_SAVES = Integer.getInteger("bench.saves.closed", 5_000);
    private static final int OPEN_SECONDS = Integer.getInteger("bench.saves.open.seconds", 40);
    private static final String LOCALE = "ru";

    @Autowired
    ProjectService projects;
    @Autowired
    IncomingFiles incoming;
    @Autowired
    List<XliffWriter> writers;
    @Autowired
    TranslationService translations;
    @Autowired
    SegmentListing listing;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RunAs runAs;
    @Autowired
    com.zaxxer.hikari.HikariDataSource dataSource;

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    @Test
    void measure() throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        BenchResults results = new BenchResults("save-path-" + SIZE).database(jdbc)
                .machine("document_units", SIZE).machine("writers", WRITERS)
                .machine("synchronous_commit", jdbc.queryForObject("show synchronous_commit", String.class));
        List<SegmentRow> drafts = drafts(WARM_UP_SAVES + CLOSED_SAVES + WRITERS * OPEN_SECONDS);
        int from = 0;

        // Warm-up: the JIT compiler and the pool's connections, at the closed loop's concurrency; not reported.
        closedLoop(drafts.subList(from, from += WARM_UP_SAVES));
        awaitTmPostings();

        logStatements(true);
        Cost closed = closedLoop(drafts.subList(from, from += CLOSED_SAVES));
        logStatements(false);
        requireHistoryExactlyOnce(drafts.subList(from - CLOSED_SAVES, from));
        Map<String, Object> ceiling = results.value("save_closed_loop_" + WRITERS + "_writers_throughput", "saves/s",
                closed.throughput(), "ceiling ≥ 2,000 saves/s on 2 cores", closed.ceiling(cores) >= 2_000);
        closed.describe(ceiling, cores);
        results.record("save_closed_loop_" + WRITERS + "_writers_latency", "ms", closed.latencies(),
                "reported (Little's law: writers / throughput on average)", true).put("p99", closed.latencies().percentile(99));

        List<SegmentRow> openBatch = drafts.subList(from, from += WRITERS * OPEN_SECONDS);
        Cost open = openLoop(openBatch, 1_000);
        requireHistoryExactlyOnce(openBatch);
        Map<String, Object> paced = results.record("save_open_loop_" + WRITERS + "_writers_1_per_s", "ms", open.latencies(),
                "p95 ≤ 30 ms", open.latencies().percentile(95) <= 30);
        paced.put("p99", open.latencies().percentile(99));
        open.describe(paced, cores);

        requireStaleVersionRefused(drafts.get(0));
        results.machine("load_average_after", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        results.write();
        System.out.printf("closed loop: %.0f saves/s, per save JVM %.3f ms (saving threads %.3f), backends %.3f ms,"
                        + " all postgres %.3f ms, ceiling %.0f/s; open loop p50 %.1f p95 %.1f p99 %.1f ms%n",
                closed.throughput(), closed.jvmMs(), closed.saverMs(), closed.backendMs(), closed.postgresAllMs(),
                closed.ceiling(cores), open.latencies().median(), open.latencies().percentile(95),
                open.latencies().percentile(99));
    }

    /**
     * With {@code -Dbench.logStatements=true} (a profiling run, not a measurement: logging costs time), PostgreSQL logs
     * every statement of this database's connections with its duration during the closed loop (its server log, with
     * the database's name in each line's prefix): the pool's connections are replaced so that they take the setting.
     */
    private void logStatements(boolean on) {
        if (!Boolean.getBoolean("bench.logStatements")) {
            return;
        }
        String database = jdbc.queryForObject("select current_database()", String.class);
        jdbc.execute("alter database \"" + database + "\" " + (on ? "set log_min_duration_statement = 0" : "reset log_min_duration_statement"));
        dataSource.getHikariPoolMXBean().softEvictConnections();
        System.out.printf("%s statement log %s%n", java.time.Instant.now(), on ? "on" : "off");
    }

    /** A new project with the workload's document, and {@code count} of its untouched segments saved as drafts. */
    private List<SegmentRow> drafts(int count) throws Exception {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        writers.stream().filter(w -> w.version().equals("1.2")).findFirst().orElseThrow()
                .write(Workload.header("bench.xlf"), Workload.units(SIZE, 42).iterator(), file);
        ProjectSummary project = projects.create(new NewProject("Bench saves " + UUID.randomUUID(), "en", List.of(LOCALE)));
        DocumentSummary document = incoming.importFile(project.id(), "bench.xlf", file.toByteArray());
        awaitTmPostings();
        List<SegmentRow> untouched = listing.page(document.id(), LOCALE, StateFilter.NEW, 0, count);
        if (untouched.size() < count) {
            throw new IllegalStateException("The document has " + untouched.size() + " untouched segments, " + count
                    + " are needed: raise bench.size");
        }
        List<SegmentRow> drafts = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> work = new ArrayList<>();
        for (int w = 0; w < 8; w++) {
            work.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < untouched.size(); i = next.getAndIncrement()) {
                    SegmentRow row = untouched.get(i);
                    SaveResult saved = runAs.user("admin", () -> translations.saveDraft(new TargetEdit(row.segmentId(), LOCALE,
                            InlineText.of("Черновик " + row.ordinal()), row.version(), Origin.API)));
                    if (!(saved instanceof SaveResult.Saved s) || s.target().state() != TargetState.DRAFT) {
                        throw new IllegalStateException("The draft of segment " + row.segmentId() + " was not saved: " + saved);
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        pool.shutdown();
        for (SegmentRow row : untouched) {
            drafts.add(new SegmentRow(row.segmentId(), row.ordinal(), row.source(), InlineText.of("Черновик " + row.ordinal()),
                    TargetState.DRAFT, 1, row.words(), row.notes()));
        }
        return new ArrayList<>(drafts);
    }

    /** {@link #WRITERS} writers confirm the rows, each taking the next as soon as its save is answered. */
    private Cost closedLoop(List<SegmentRow> rows) throws Exception {
        AtomicInteger next = new AtomicInteger();
        return measured(rows.size(), (writer, latencies, saverNanos, refused) -> {
            for (int i = next.getAndIncrement(); i < rows.size(); i = next.getAndIncrement()) {
                long begin = System.nanoTime();
                long cpu = threads.getCurrentThreadCpuTime();
                confirm(rows.get(i), refused);
                saverNanos.addAndGet(threads.getCurrentThreadCpuTime() - cpu);
                latencies.add((System.nanoTime() - begin) / 1e6);
            }
        });
    }

    /**
     * Each writer confirms its share of the rows, one every {@code intervalMs}, the writers' starts spread over the
     * interval; a save's latency counts from when it was due.
     */
    private Cost openLoop(List<SegmentRow> rows, long intervalMs) throws Exception {
        long interval = intervalMs * 1_000_000;
        long start = System.nanoTime() + 100_000_000;
        return measured(rows.size(), (writer, latencies, saverNanos, refused) -> {
            for (int k = 0, i = writer; i < rows.size(); k++, i += WRITERS) {
                long due = start + writer * interval / WRITERS + k * interval;
                for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                    LockSupport.parkNanos(wait);
                }
                long cpu = threads.getCurrentThreadCpuTime();
                confirm(rows.get(i), refused);
                saverNanos.addAndGet(threads.getCurrentThreadCpuTime() - cpu);
                latencies.add((System.nanoTime() - due) / 1e6);
            }
        });
    }

    private interface Writer {
        void run(int writer, List<Double> latencies, AtomicLong saverNanos, AtomicLong refused) throws Exception;
    }

    /** Runs the writers and reads what they cost, the TM postings of their saves included. */
    private Cost measured(int saves, Writer writer) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicLong saverNanos = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        CpuTime cpuBefore = CpuTime.now();
        DatabaseBackends backendsBefore = DatabaseBackends.now(jdbc);
        long begin = System.nanoTime();
        List<Future<?>> work = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int id = w;
            work.add(pool.submit(() -> {
                writer.run(id, latencies, saverNanos, refused);
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        double seconds = (System.nanoTime() - begin) / 1e9;
        pool.shutdown();
        awaitTmPostings();
        CpuTime cpu = CpuTime.now().since(cpuBefore);
        DatabaseBackends backendsAfter = DatabaseBackends.now(jdbc);
        if (refused.get() > 0) {
            throw new IllegalStateException(refused.get() + " saves on distinct segments were refused");
        }
        return new Cost(saves, seconds, new BenchResults.Sample(latencies), cpu.jvmMillis() / saves,
                saverNanos.get() / 1e6 / saves, backendsAfter.millisSince(backendsBefore) / saves,
                cpu.postgresMillis() / saves, backendsAfter.count());
    }

    /** What a level of saves cost, per save. */
    private record Cost(int saves, double seconds, BenchResults.Sample latencies, double jvmMs, double saverMs,
                        double backendMs, double postgresAllMs, int backends) {

        double throughput() {
            return saves / seconds;
        }

        /** The saves a second the cores allow at this cost: the JVM's and this database's backends' time. */
        double ceiling(int cores) {
            return cores * 1000 / (jvmMs + backendMs);
        }

        void describe(Map<String, Object> result, int cores) {
            result.put("saves", saves);
            result.put("throughput_per_s", throughput());
            result.put("jvm_cpu_ms_per_save", jvmMs);
            result.put("jvm_saving_threads_cpu_ms_per_save", saverMs);
            result.put("jvm_other_threads_cpu_ms_per_save", jvmMs - saverMs);
            result.put("postgresql_backends_cpu_ms_per_save", BenchResults.known(backendMs));
            result.put("postgresql_all_processes_cpu_ms_per_save", BenchResults.known(postgresAllMs));
            result.put("cpu_ms_per_save", BenchResults.known(jvmMs + backendMs));
            result.put("throughput_ceiling_per_s", BenchResults.known(ceiling(cores)));
            result.put("database_backends", backends);
        }
    }

    private void confirm(SegmentRow row, AtomicLong refused) {
        SaveResult result = runAs.user("admin", () -> translations.confirm(new TargetEdit(row.segmentId(), LOCALE,
                InlineText.of("Перевод " + row.ordinal()), row.version(), Origin.API)));
        if (result instanceof SaveResult.Conflict) {
            refused.incrementAndGet();
        }
    }

    /** A save on the draft's version, long since confirmed, is refused with the current target (the 409 of the API). */
    private void requireStaleVersionRefused(SegmentRow confirmedDraft) {
        SaveResult stale = runAs.user("admin", () -> translations.confirm(new TargetEdit(confirmedDraft.segmentId(), LOCALE,
                InlineText.of("Zu spät"), confirmedDraft.version(), Origin.API)));
        if (!(stale instanceof SaveResult.Conflict conflict) || conflict.target().version() != 2) {
            throw new IllegalStateException("A stale save was not refused: " + stale);
        }
    }

    /**
     * Every save of the batch left exactly one history row (version 2, DRAFT → TRANSLATED, after the draft's version
     * 1) and its target is at version 2: none lost, none doubled.
     */
    private void requireHistoryExactlyOnce(List<SegmentRow> batch) {
        Long[] ids = batch.stream().map(SegmentRow::segmentId).toArray(Long[]::new);
        Map<String, Object> counts = jdbc.queryForMap("""
                select count(*) filter (where t.version = 2 and t.state = 'TRANSLATED') as targets,
                       (select count(*) from target_history h join target t2 on t2.id = h.target_id
                        where t2.segment_id = any(?) and t2.locale = 'ru') as history,
                       (select count(*) from target_history h join target t2 on t2.id = h.target_id
                        where t2.segment_id = any(?) and t2.locale = 'ru' and h.version = 2 and h.old_state = 'DRAFT'
                          and h.new_state = 'TRANSLATED') as confirmed
                from target t where t.segment_id = any(?) and t.locale = 'ru'""", ids, ids, ids);
        long expected = batch.size();
        if (((Number) counts.get("targets")).longValue() != expected || ((Number) counts.get("history")).longValue() != 2 * expected
                || ((Number) counts.get("confirmed")).longValue() != expected) {
            throw new IllegalStateException("History of " + expected + " saves is not exactly once: " + counts);
        }
    }

    /** Until the TM has posted every unit to its fuzzy index (the saves' postings follow their commits). */
    private void awaitTmPostings() {
        while (Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists(select 1 from tm_backlog) or exists(select 1 from tm_unit where not posted)", Boolean.class))) {
            LockSupport.parkNanos(10_000_000);
        }
    }
}
