package org.tarjima.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import javax.sql.DataSource;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.filters.xliff.XLIFFFilter;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tarjima.base.db.FreshStatistics;
import org.tarjima.document.DocumentSummary;
import org.tarjima.interchange.xliff.XliffPrecheck;
import org.tarjima.interchange.xliff.XliffWriter;
import org.tarjima.intake.IncomingFiles;
import org.tarjima.project.NewProject;
import org.tarjima.project.ProjectService;
import org.tarjima.project.ProjectSummary;
import org.tarjima.support.TarjimaTest;

/**
 * The XLIFF import against its floor (issue #24): next to Okapi's read of the file, the least this machine can do to
 * take the same file into the database — Okapi's read and, at the same time on another thread of the same process,
 * {@code COPY} of the same rows into empty tables of the same shape ({@link ImportFloor}). The import overlaps its
 * parsing and its writing too, so a floor that did them one after the other would not be one; their sum is reported
 * beside it. Each round measures, in this order: the precheck alone, Okapi's read alone, the COPY alone (and the
 * history rows apart), the floor, the import; ratios are of medians over the rounds, all in the same run.
 *
 * <p>Where the import's time goes: every statement of the benchmark's database is logged with its duration
 * ({@link StatementLog}), and the statements of the import's backend during each import are summed by what they do;
 * the import's wall time less its statements is its thread's own time (the precheck, then waiting for the parser and
 * putting batches together). Results: {@code bench/results/<date>-import-floor-<size>[-<label>].json}.
 *
 * <pre>
 * flock /work/bench.lock ./mvnw -o -B -Pbench test -Dtest=ImportFloorBenchmark -Dbench.size=100000 [-Dbench.runs=3] [-Dbench.label=b]
 * </pre>
 */
@TarjimaTest
@Tag("bench")
class ImportFloorBenchmark {

    private static final int SIZE = Integer.getInteger("bench.size", 10_000);
    private static final int RUNS = Integer.getInteger("bench.runs", 3);
    private static final String LABEL = System.getProperty("bench.label", "");
    private static final double TARGET = 1.3;

    @Autowired
    ProjectService projects;
    @Autowired
    IncomingFiles incoming;
    @Autowired
    List<XliffWriter> writers;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    FreshStatistics statistics;

    /** One round's figures (ms), and what the import's backend spent by part. */
    private static final class Round {
        double precheck;
        double okapi;
        ImportFloor.Copied copy;
        ImportFloor.Copied history;
        double floor;
        double floorCopy;
        double floorRead;
        double importing;
        CpuTime importCpu;
        CpuTime floorCpu;
        Instant floorFrom;
        Instant floorTo;
        Instant importFrom;
        Instant importTo;
        long segmentRowsBefore;
        double loadBefore;
        double loadAfter;
        Map<String, Double> parts = Map.of();
        Map<String, Double> floorStatements = Map.of();
    }

    @Test
    void measure() throws Exception {
        byte[] xliff = xliff();
        ImportFloor.createTables(jdbc);
        StatementLog log = StatementLog.on(jdbc, dataSource);
        List<Round> rounds = new ArrayList<>();
        ImportFloor floor;
        try {
            // Warm-up: one of everything (its import's rows are what the floor copies)
            long document = importOnce(xliff);
            floor = ImportFloor.capture(dataSource, document);
            System.out.println("floor copies " + floor.describe());
            XliffPrecheck.check(xliff);
            okapiRead(xliff);
            floor.truncate();
            floor.copy();
            floor.copyHistory();
            floor.truncate();
            floorRun(floor, xliff, new Round());
            for (int i = 0; i < RUNS; i++) {
                rounds.add(round(floor, xliff));
                    Round r = rounds.get(i);
                // the windows, for reading a flight recording of the same run
                System.out.printf("round %d: read %.0f, copy %.0f, floor %.0f (%s – %s), import %.0f ms (%s – %s)%n", i + 1, r.okapi,
                        r.copy.total(), r.floor, r.floorFrom, r.floorTo, r.importing, r.importFrom, r.importTo);
            }
            floor.truncate();
        } finally {
            if (log != null) {
                log.close();
            }
        }
        if (log != null) {
            attribute(log.entries(), rounds);
        }
        write(rounds, floor);
        ImportFloor.dropTables(jdbc);
    }

    private Round round(ImportFloor floor, byte[] xliff) throws Exception {
        Round round = new Round();
        round.loadBefore = loadAverage();
        long begin = System.nanoTime();
        XliffPrecheck.check(xliff);
        round.precheck = millisSince(begin);
        begin = System.nanoTime();
        okapiRead(xliff);
        round.okapi = millisSince(begin);

        floor.truncate();
        checkpoint();
        round.copy = floor.copy();
        round.history = floor.copyHistory();

        floor.truncate();
        checkpoint();
        CpuTime cpu = CpuTime.now();
        round.floorFrom = Instant.now();
        floorRun(floor, xliff, round);
        round.floorTo = Instant.now();
        round.floorCpu = CpuTime.now().since(cpu);

        round.segmentRowsBefore = jdbc.queryForObject("select count(*) from segment", Long.class);
        ProjectSummary project = projects.create(new NewProject("Floor " + UUID.randomUUID(), "en", List.of("ru")));
        checkpoint();
        cpu = CpuTime.now();
        round.importFrom = Instant.now();
        begin = System.nanoTime();
        incoming.importFile(project.id(), "bench.xlf", xliff);
        round.importing = millisSince(begin);
        round.importTo = Instant.now();
        round.importCpu = CpuTime.now().since(cpu);
        afterImport();
        round.loadAfter = loadAverage();
        return round;
    }

    /** Okapi's read on a thread of its own while this one copies the rows: both in the time, as in an import. */
    private void floorRun(ImportFloor floor, byte[] xliff, Round round) throws Exception {
        AtomicReference<Throwable> failed = new AtomicReference<>();
        double[] read = new double[1];
        long begin = System.nanoTime();
        Thread reader = new Thread(() -> {
            try {
                okapiRead(xliff);
                read[0] = millisSince(begin);
            } catch (Throwable e) {
                failed.set(e);
            }
        }, "floor-okapi-read");
        reader.start();
        floor.copy();
        round.floorCopy = millisSince(begin);
        reader.join();
        round.floor = millisSince(begin);
        round.floorRead = read[0];
        if (failed.get() != null) {
            throw new IllegalStateException("Okapi's read failed", failed.get());
        }
    }

    private long importOnce(byte[] xliff) {
        ProjectSummary project = projects.create(new NewProject("Floor " + UUID.randomUUID(), "en", List.of("ru")));
        DocumentSummary document = incoming.importFile(project.id(), "bench.xlf", xliff);
        afterImport();
        return document.id();
    }

    /** What an import leaves to after its commit (the TM's backlog and postings, fresh statistics), not left running. */
    private void afterImport() {
        while (jdbc.queryForObject("select exists(select 1 from tm_backlog) or exists(select 1 from tm_unit where not posted)",
                Boolean.class)) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        statistics.awaitIdle();
    }

    /** The write-out of earlier work (the TM's postings of the last import) done before a measurement, not during it. */
    private void checkpoint() {
        jdbc.execute("checkpoint");
    }

    private byte[] xliff() throws Exception {
        XliffWriter writer12 = writers.stream().filter(w -> w.version().equals("1.2")).findFirst().orElseThrow();
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        writer12.write(Workload.header("bench.xlf"), Workload.units(SIZE, 42).iterator(), file);
        return file.toByteArray();
    }

    /** Okapi's filter reading the file and doing nothing else (BenchmarkSuite's baseline). */
    private static long okapiRead(byte[] xliff) {
        try (XLIFFFilter filter = new XLIFFFilter()) {
            filter.open(new RawDocument(new ByteArrayInputStream(xliff), "UTF-8", LocaleId.fromBCP47("en"), LocaleId.fromBCP47("ru")));
            long events = 0;
            while (filter.hasNext()) {
                filter.next();
                events++;
            }
            return events;
        }
    }

    // --- where the time went, from the statement log

    /** The parts of an import's statements that the floor does too. */
    private static final List<String> FLOOR_PARTS = List.of("document row with the original file", "segment COPY", "target COPY", "commit");

    /** What an import's statement does. */
    static String importPart(String statement) {
        String s = statement.toLowerCase(java.util.Locale.ROOT);
        if (s.startsWith("copy segment (")) {
            return "segment COPY";
        }
        if (s.startsWith("copy target (")) {
            return "target COPY";
        }
        if (s.startsWith("copy target_history")) {
            return "history COPY";
        }
        if (s.startsWith("insert into document")) {
            return "document row with the original file";
        }
        if (s.startsWith("commit")) {
            return "commit";
        }
        if (s.contains("nextval('segment_id_seq')") || s.contains("nextval('target_id_seq')")) {
            return "ids from the sequences";
        }
        if (s.contains("session_replication_role")) {
            return "key checks off and on";
        }
        if (s.startsWith("update document set segment_count")) {
            return "document counts";
        }
        if (s.contains("from target t left join segment s")) {
            return "end check (targets of the document's segments)";
        }
        if (s.contains("tm_backlog")) {
            return "TM backlog row";
        }
        return "other statements";
    }

    private static String floorPart(String statement) {
        String s = statement.toLowerCase(java.util.Locale.ROOT);
        if (s.startsWith("copy " + ImportFloor.SCHEMA + ".segment")) {
            return "segment COPY";
        }
        if (s.startsWith("copy " + ImportFloor.SCHEMA + ".target (")) {
            return "target COPY";
        }
        if (s.startsWith("insert into " + ImportFloor.SCHEMA + ".document")) {
            return "document row with the original file";
        }
        if (s.startsWith("commit")) {
            return "commit";
        }
        return "other statements";
    }

    private static void attribute(List<StatementLog.Entry> entries, List<Round> rounds) {
        for (Round round : rounds) {
            int importer = StatementLog.backendThatRan(entries, "copy segment (", round.importFrom, round.importTo);
            if (importer > 0) {
                round.parts = StatementLog.sum(entries, importer, round.importFrom, round.importTo, ImportFloorBenchmark::importPart);
            }
            int copier = StatementLog.backendThatRan(entries, "copy " + ImportFloor.SCHEMA + ".segment", round.floorFrom, round.floorTo);
            if (copier > 0) {
                round.floorStatements = StatementLog.sum(entries, copier, round.floorFrom, round.floorTo, ImportFloorBenchmark::floorPart);
            }
        }
    }

    // --- results

    private void write(List<Round> rounds, ImportFloor floor) throws Exception {
        BenchResults results = new BenchResults("import-floor-" + SIZE + (LABEL.isEmpty() ? "" : "-" + LABEL)).database(jdbc)
                .machine("size", SIZE)
                .machine("floor_rows", floor.describe())
                .machine("floor_tables", "scratch schema " + ImportFloor.SCHEMA + ", like the real tables including all "
                        + "(indexes, defaults, checks, compression; no foreign keys, which the import does not check row by row)")
                .machine("load_average_per_round", rounds.stream().map(r -> List.of(r.loadBefore, r.loadAfter)).toList())
                .machine("segment_rows_before_each_import", rounds.stream().map(r -> r.segmentRowsBefore).toList())
                .machine("postgresql_autovacuum", jdbc.queryForObject("show autovacuum", String.class));
        BenchResults.Sample okapi = sample(rounds, r -> r.okapi);
        BenchResults.Sample copy = sample(rounds, r -> r.copy.total());
        BenchResults.Sample floorTime = sample(rounds, r -> r.floor);
        BenchResults.Sample importing = sample(rounds, r -> r.importing);
        results.record("okapi_xliff_filter_read", "ms", okapi, "reported", true);
        results.record("copy_document_segments_targets", "ms", copy, "reported: the rows alone, one COPY a table, one transaction", true);
        for (String step : List.of("document", "segments", "targets", "commit")) {
            results.record("copy_" + step, "ms", sample(rounds, r -> r.copy.steps().get(step)), "reported", true);
        }
        results.record("copy_history_alone", "ms", sample(rounds, r -> r.history.total()),
                "reported: the import's history rows, copied alone (not in the floor)", true);
        results.record("floor_sequential_sum", "ms", sample(rounds, r -> r.okapi + r.copy.total()),
                "reported: Okapi's read then the COPY, one after the other", true);
        Map<String, Object> floorResult = results.record("floor_read_and_copy_at_once", "ms", floorTime, "okapi_xliff_filter_read", okapi,
                "reported: the least an import can take here", true);
        floorResult.put("read_part_ms", sample(rounds, r -> r.floorRead).median());
        floorResult.put("copy_part_ms", sample(rounds, r -> r.floorCopy).median());
        cpu(floorResult, rounds.stream().map(r -> r.floorCpu).toList());
        Map<String, Object> ratio = results.record("import_xliff12_" + SIZE + "_against_floor", "ms", importing,
                "floor_read_and_copy_at_once", floorTime, "≤ " + TARGET + "× the floor", importing.median() <= TARGET * floorTime.median());
        ratio.put("ratio_per_round", rounds.stream().map(r -> r.importing / r.floor).toList());
        ratio.put("ratio_to_okapi_read", importing.median() / okapi.median());
        ratio.put("ratio_to_sequential_floor", importing.median() / sample(rounds, r -> r.okapi + r.copy.total()).median());
        cpu(ratio, rounds.stream().map(r -> r.importCpu).toList());
        results.record("precheck", "ms", sample(rounds, r -> r.precheck), "reported: the import's pass over the file before parsing", true);
        if (rounds.stream().allMatch(r -> !r.parts.isEmpty())) {
            parts(results, rounds, importing.median());
        }
        results.write();
    }

    /** Each part of the import's time, median over the rounds, and its share of the import's median time. */
    private static void parts(BenchResults results, List<Round> rounds, double importMedian) {
        List<String> names = new ArrayList<>();
        rounds.forEach(r -> r.parts.keySet().stream().filter(k -> !names.contains(k)).forEach(names::add));
        double inStatements = 0;
        for (String name : names) {
            BenchResults.Sample part = sample(rounds, r -> r.parts.getOrDefault(name, 0.0));
            inStatements += part.median();
            Map<String, Object> result = results.record("import_part: " + name, "ms", part, "reported", true);
            result.put("kind", FLOOR_PARTS.contains(name) ? "the floor does it too" : "above the floor");
            result.put("share_of_import", part.median() / importMedian);
            String floorName = name;
            if (FLOOR_PARTS.contains(name) && rounds.stream().allMatch(r -> r.floorStatements.containsKey(floorName))) {
                result.put("floor_statement_ms", sample(rounds, r -> r.floorStatements.get(floorName)).median());
            }
        }
        BenchResults.Sample statements = sample(rounds, r -> r.parts.values().stream().mapToDouble(Double::doubleValue).sum());
        results.record("import_part: all statements of the import's backend", "ms", statements, "reported", true)
                .put("share_of_import", statements.median() / importMedian);
        BenchResults.Sample outside = sample(rounds, r -> r.importing - r.parts.values().stream().mapToDouble(Double::doubleValue).sum());
        Map<String, Object> between = results.record("import_part: importing thread between statements (precheck, waiting for the parser, batches)",
                "ms", outside, "reported", true);
        between.put("kind", "above the floor, except the part of Okapi's read not hidden behind the statements");
        between.put("share_of_import", outside.median() / importMedian);
    }

    private static void cpu(Map<String, Object> result, List<CpuTime> cpu) {
        result.put("jvm_cpu_ms", sample(cpu, CpuTime::jvmMillis).median());
        result.put("postgresql_cpu_ms", BenchResults.known(sample(cpu, CpuTime::postgresMillis).median()));
    }

    private static <T> BenchResults.Sample sample(List<T> rounds, Function<T, Double> value) {
        return new BenchResults.Sample(rounds.stream().map(value).toList());
    }

    private static double millisSince(long begin) {
        return (System.nanoTime() - begin) / 1e6;
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
