package org.tarjima.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tarjima.base.text.InlineText;
import org.tarjima.memory.ConcordanceSide;
import org.tarjima.memory.FuzzyScore;
import org.tarjima.memory.TmMatch;
import org.tarjima.memory.TranslationMemory;
import org.tarjima.support.TarjimaTest;
import org.tarjima.support.TmWorkload;

/**
 * The TM lookup benchmark of the "Benchmarks" issue: a TM of {@code tm.size} units (default 1,000,000) generated
 * with a Zipf vocabulary and a log-normal sentence length ({@link TmWorkload}) and loaded with COPY; then lookups
 * through {@link TranslationMemory#matches} for a sample of queries (close variants of stored sentences, exact
 * copies, distant variants and new sentences), answered one by one, then timed 8 at a time (p50, p95, p99), and
 * their recall@5 against a brute force that
 * scores every unit of the TM with the same token edit distance ({@link FuzzyScore#tokenScore}). Recall is
 * counted by rank and score: the lookup's r-th match counts when it scores as high as the brute force's r-th
 * best (distinct sentences, score ≥ {@link FuzzyScore#MIN_SCORE}), so ties between equally good units are no miss.
 * Writes bench/results/<date>-tm-<size>.json.
 */
@TarjimaTest
@Tag("bench")
class TmBenchmark {

    private static final int SIZE = Integer.getInteger("tm.size", 1_000_000);
    private static final int QUERIES = Integer.getInteger("tm.queries", 200);
    /** The "8 concurrent lookups". */
    private static final int CONCURRENT = 8;
    private static final int ROUNDS = 5;
    private static final String SOURCE = "en-x-bench";
    private static final String TARGET = "ru";

    @Autowired
    TranslationMemory memory;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.tarjima.security.RunAs runAs;

    @Test
    void measure() throws Exception {
        TmWorkload workload = new TmWorkload();
        boolean loadedBefore = TmWorkload.loadedUnits(dataSource, SOURCE, TARGET) > 0;
        long start = System.nanoTime();
        // Loaded once per test run: NextSegmentBenchmark uses the same TM.
        List<TmWorkload.Sentence> units = workload.loadOnce(dataSource, SOURCE, TARGET, SIZE, 42);
        double loadSeconds = (System.nanoTime() - start) / 1e9;
        long first = jdbc.queryForObject("select min(id) from tm_unit where source_locale = ?", Long.class, SOURCE);
        System.out.printf("loaded %,d units in %.0f s%n", SIZE, loadSeconds);

        Random random = new Random(3);
        List<Query> queries = new ArrayList<>();
        for (int i = 0; i < QUERIES; i++) {
            TmWorkload.Sentence original = units.get(random.nextInt(SIZE));
            int kind = i % 5;
            TmWorkload.Sentence sentence = switch (kind) {
                case 0, 1 -> workload.variant(original, 1 + random.nextInt(3), random);
                case 2 -> original;
                case 3 -> workload.variant(original, 4 + random.nextInt(3), random);
                default -> workload.sentence(random);
            };
            queries.add(new Query(new String[] {"close variant", "close variant", "exact copy", "distant variant", "new sentence"}[kind],
                    sentence, workload.source(sentence)));
        }
        for (int i = 0; i < 20; i++) {
            memory.matches(InlineText.of(queries.get(i).text()), SOURCE, TARGET, 5);
        }

        // One at a time first: each query's answer (for the recall) and the latency of a lookup on idle cores.
        List<Double> alone = new ArrayList<>();
        List<List<TmMatch>> answers = new ArrayList<>();
        for (Query query : queries) {
            long begin = System.nanoTime();
            answers.add(memory.matches(InlineText.of(query.text()), SOURCE, TARGET, 5));
            alone.add((System.nanoTime() - begin) / 1e6);
        }
        // Then as the issue asks, 8 lookups at a time: the queries over and over (ROUNDS times each) by 8 threads, so
        // that the p99 rests on more than a couple of lookups.
        List<Double> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
        Map<String, List<Double>> byKind = new java.util.concurrent.ConcurrentHashMap<>();
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(CONCURRENT);
        CpuTime cpuBefore = CpuTime.now();
        long concurrentStart = System.nanoTime();
        List<java.util.concurrent.Future<?>> lookups = new ArrayList<>();
        for (int t = 0; t < CONCURRENT; t++) {
            // each thread signed in as the test's own thread is (the lookups check the user's permissions)
            lookups.add(pool.submit(() -> runAs.admin(() -> {
                for (int i = next.getAndIncrement(); i < ROUNDS * queries.size(); i = next.getAndIncrement()) {
                    Query query = queries.get(i % queries.size());
                    long begin = System.nanoTime();
                    memory.matches(InlineText.of(query.text()), SOURCE, TARGET, 5);
                    double millis = (System.nanoTime() - begin) / 1e6;
                    latencies.add(millis);
                    byKind.computeIfAbsent(query.kind(), k -> java.util.Collections.synchronizedList(new ArrayList<>())).add(millis);
                }
                return null;
            })));
        }
        for (java.util.concurrent.Future<?> lookup : lookups) {
            lookup.get();
        }
        pool.shutdown();
        double lookupsPerSecond = latencies.size() / ((System.nanoTime() - concurrentStart) / 1e9);
        // What a lookup costs the cores: with 8 lookups always waiting, the latency is 8 / throughput (Little's law),
        // and the throughput at most cores / (processor time a lookup).
        CpuTime cpu = CpuTime.now().since(cpuBefore);

        // Brute force: every unit scored against every query, offline.
        int[][] tokens = new int[SIZE][];
        for (int i = 0; i < SIZE; i++) {
            tokens[i] = tokens(units.get(i));
        }
        long bruteStart = System.nanoTime();
        int expected = 0;
        int found = 0;
        int mismatchedScores = 0;
        Map<String, Integer> misses = new java.util.TreeMap<>();
        List<List<int[]>> bests = new ArrayList<>();
        for (int q = 0; q < queries.size(); q++) {
            int[] query = tokens(queries.get(q).sentence());
            List<int[]> best = bruteForce(query, tokens);
            bests.add(best);
            List<TmMatch> ours = answers.get(q);
            for (int r = 0; r < best.size(); r++) {
                expected++;
                if (r < ours.size() && Math.min(100, ours.get(r).score()) >= best.get(r)[1]) {
                    found++;
                } else {
                    misses.merge(queries.get(q).kind() + " rank " + (r + 1) + " brute " + best.get(r)[1] + " ours "
                            + (r < ours.size() ? ours.get(r).score() : -1) + " len " + query.length + "/" + tokens[best.get(r)[0]].length, 1, Integer::sum);
                }
            }
            for (TmMatch match : ours) {
                int index = (int) (match.unitId() - first);
                if (index < 0 || index >= SIZE) {
                    continue; // not one of the generated units (another benchmark's document fed the pair)
                }
                int brute = FuzzyScore.tokenScore(longs(query), longs(tokens[index]));
                if (brute != Math.min(100, match.score())) {
                    mismatchedScores++;
                }
            }
        }
        double bruteSeconds = (System.nanoTime() - bruteStart) / 1e9;
        misses.forEach((miss, n) -> System.out.println("miss: " + miss + " ×" + n));
        double recall = expected == 0 ? 1 : (double) found / expected;
        System.out.printf("brute force over %,d units for %d queries: %.0f s; recall@5 %.4f (%d of %d), score mismatches %d%n",
                SIZE, queries.size(), bruteSeconds, recall, found, expected, mismatchedScores);

        List<Double> concordance = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String[] words = queries.get(i).text().replaceAll("[.,]", "").toLowerCase().split(" ");
            String phrase = words.length > 1 && i % 2 == 0 ? words[0] + " " + words[1] : words[words.length - 1];
            long begin = System.nanoTime();
            memory.concordance(phrase, SOURCE, TARGET, ConcordanceSide.BOTH, 0, 20);
            concordance.add((System.nanoTime() - begin) / 1e6);
        }

        List<Map<String, Object>> results = new ArrayList<>();
        if (!loadedBefore) {
            results.add(entry("tm_load_" + SIZE, "s", loadSeconds, null, "COPY of units and postings, VACUUM ANALYZE", true));
        }
        double p50 = percentile(latencies, 50);
        double p95 = percentile(latencies, 95);
        double p99 = percentile(latencies, 99);
        Map<String, Object> lookup = entry("tm_lookup_" + SIZE, "ms", p50, p95, "p50 ≤ 50 ms, p95 ≤ 150 ms, p99 ≤ 400 ms with "
                + CONCURRENT + " concurrent lookups", p50 <= 50 && p95 <= 150 && p99 <= 400);
        lookup.put("p99", p99);
        lookup.put("concurrent", CONCURRENT);
        lookup.put("lookups", latencies.size());
        lookup.put("lookups_per_s", lookupsPerSecond);
        lookup.put("jvm_cpu_ms_per_lookup", cpu.jvmMillis() / latencies.size());
        lookup.put("postgresql_cpu_ms_per_lookup", BenchResults.known(cpu.postgresMillis() / latencies.size()));
        lookup.put("baseline_name", "one_lookup_at_a_time");
        lookup.put("baseline_median", percentile(alone, 50));
        lookup.put("baseline_p95", percentile(alone, 95));
        results.add(lookup);
        new java.util.TreeMap<>(byKind).forEach((kind, values) -> results.add(entry("tm_lookup_" + kind.replace(' ', '_'), "ms",
                percentile(values, 50), percentile(values, 95), CONCURRENT + " concurrent", true)));
        Map<String, Object> recallEntry = entry("tm_recall_at_5", "ratio", recall, null, "≥ 0.98 against brute force", recall >= 0.98);
        recallEntry.put("expected", expected);
        recallEntry.put("found", found);
        recallEntry.put("score_mismatches", mismatchedScores);
        results.add(recallEntry);
        results.add(entry("tm_concordance_" + SIZE, "ms", percentile(concordance, 50), percentile(concordance, 95),
                "index-backed, first page of 20", true));
        write(results);
        if (Boolean.parseBoolean(System.getProperty("tm.trgm", "true"))) {
            comparePeersMethod(queries, bests, tokens, first, answers, alone);
        }
    }

    /**
     * Issue #24: the same queries answered by the method Weblate and Tolgee use ({@link TrigramLookup}). First a sweep
     * over {@code pg_trgm.similarity_threshold}s ({@code tm.trgm.thresholds}), one lookup at a time over the first
     * {@code tm.trgm.queries} queries (the five kinds take turns, so any prefix is a fair sample): latency and
     * recall@5, counted as ours is. Then, at the threshold with the best recall (the faster one on a tie), the
     * comparison: ours and the trigram method 8 at a time over the same queries, each trigram lookup once, their
     * answers giving its recall. Where a trigram lookup takes seconds, the compared queries are the first n that
     * fit {@code tm.trgm.budget} seconds of both cores (from the sweep's mean latency, at least 40).
     * Writes bench/results/<date>-tm-vs-trgm-<size>.json.
     */
    private void comparePeersMethod(List<Query> queries, List<List<int[]>> bests, int[][] tokens, long first,
                                    List<List<TmMatch>> answers, List<Double> ourAlone) throws Exception {
        // The defaults are those of the measured 1M run: a lookup at 0.3 took half a minute there, so the sweep is short.
        int sweepSize = Math.min(queries.size(), Integer.getInteger("tm.trgm.queries", 20));
        double budgetSeconds = Double.parseDouble(System.getProperty("tm.trgm.budget", "420"));
        List<Double> thresholds = Arrays.stream(System.getProperty("tm.trgm.thresholds", "0.3,0.4,0.5,0.7").split(","))
                .map(String::strip).map(Double::valueOf).toList();
        List<Query> sweep = queries.subList(0, sweepSize);
        BenchResults out = new BenchResults("tm-vs-trgm-" + SIZE).database(jdbc);
        out.machine("tm_units", SIZE).machine("queries", queries.size()).machine("sweep_queries", sweepSize)
                .machine("load_average_before", loadAverage());
        List<List<Integer>> ourScores = new ArrayList<>();
        for (List<TmMatch> answer : answers) {
            ourScores.add(answer.stream().map(match -> Math.min(100, match.score())).toList());
        }
        try (TrigramLookup trigrams = TrigramLookup.build(dataSource)) {
            System.out.printf("pg_trgm GIN index on tm_unit.source_text: built in %.1f s, %,d MB%n", trigrams.buildSeconds(),
                    trigrams.indexBytes() / (1024 * 1024));
            System.out.print(trigrams.plan(sweep.get(0).text(), SOURCE, TARGET, thresholds.get(0)));
            out.value("trgm_gin_index_build", "s", trigrams.buildSeconds(), "reported", null);
            out.value("trgm_gin_index_size", "MB", trigrams.indexBytes() / 1048576.0, "reported", null);
            double highest = thresholds.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
            for (int i = 0; i < Math.min(5, sweepSize); i++) {
                trigrams.lookup(sweep.get(i).text(), SOURCE, TARGET, highest, 5); // reads the index into the cache; not counted
            }

            int[] ourSweepRecall = recall(ourScores.subList(0, sweepSize), bests.subList(0, sweepSize));
            System.out.printf("ours on the sweep's %d queries: recall@5 %.4f (%d of %d)%n", sweepSize, ratio(ourSweepRecall),
                    ourSweepRecall[0], ourSweepRecall[1]);
            double bestThreshold = thresholds.get(0);
            double bestRecall = -1;
            double bestMean = Double.MAX_VALUE;
            for (double threshold : thresholds) {
                List<Double> latencies = new ArrayList<>();
                List<List<Integer>> scores = new ArrayList<>();
                for (Query query : sweep) {
                    long begin = System.nanoTime();
                    List<Long> ids = trigrams.lookup(query.text(), SOURCE, TARGET, threshold, 5);
                    latencies.add((System.nanoTime() - begin) / 1e6);
                    scores.add(scored(query, ids, tokens, first));
                }
                int[] recall = recall(scores, bests.subList(0, sweepSize));
                BenchResults.Sample alone = new BenchResults.Sample(latencies);
                double mean = latencies.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
                System.out.printf("pg_trgm threshold %.2f, one at a time: p50 %.1f ms, p95 %.1f ms; recall@5 %.4f (%d of %d)%n",
                        threshold, alone.median(), alone.percentile(95), ratio(recall), recall[0], recall[1]);
                Map<String, Object> entry = out.record("trgm_" + threshold + "_one_at_a_time", "ms", alone,
                        "sweep: one at a time, pg_trgm.similarity_threshold " + threshold, true);
                entry.put("p99", alone.percentile(99));
                entry.put("mean", mean);
                entry.put("recall_at_5", ratio(recall));
                entry.put("found", recall[0]);
                entry.put("expected", recall[1]);
                entry.put("tarjima_recall_at_5_same_queries", ratio(ourSweepRecall));
                if (ratio(recall) > bestRecall || (ratio(recall) == bestRecall && mean < bestMean)) {
                    bestThreshold = threshold;
                    bestRecall = ratio(recall);
                    bestMean = mean;
                }
            }
            int compared = (int) Math.min(queries.size(), Math.max(40,
                    budgetSeconds * 1000 * Runtime.getRuntime().availableProcessors() / bestMean));
            List<Query> set = queries.subList(0, compared);
            out.machine("trgm_thresholds", thresholds).machine("trgm_threshold_chosen", bestThreshold)
                    .machine("compared_queries", compared);
            System.out.printf("threshold %.2f chosen; comparing 8 at a time over the first %d queries%n", bestThreshold, compared);

            // 8 at a time over the same queries: ours first (a few rounds: it is quick), then the trigram method once each.
            double threshold = bestThreshold;
            Concurrent ours = concurrently(ROUNDS * compared, i -> memory.matches(InlineText.of(set.get(i % compared).text()),
                    SOURCE, TARGET, 5), true);
            List<List<Integer>> theirScores = new ArrayList<>(java.util.Collections.nCopies(compared, List.of()));
            Concurrent theirs = concurrently(compared, i -> {
                List<Long> ids = trigrams.lookup(set.get(i).text(), SOURCE, TARGET, threshold, 5);
                theirScores.set(i, scored(set.get(i), ids, tokens, first));
            }, false);
            out.machine("load_average_after", loadAverage());

            int[] ourRecall = recall(ourScores.subList(0, compared), bests.subList(0, compared));
            int[] theirRecall = recall(theirScores, bests.subList(0, compared));
            double p95Ratio = ours.sample().percentile(95) / theirs.sample().percentile(95);
            boolean met = p95Ratio <= 0.1 && ratio(ourRecall) >= ratio(theirRecall);
            Map<String, Object> ourEntry = out.record("tarjima_lookup_8_concurrent", "ms", ours.sample(),
                    "p95 ≤ 1/10 of the trigram method's, recall@5 at least as high", met);
            ours.describe(ourEntry, ourRecall);
            BenchResults.Sample ourAloneSample = new BenchResults.Sample(ourAlone.subList(0, compared));
            ourEntry.put("one_at_a_time_p50", ourAloneSample.median());
            ourEntry.put("one_at_a_time_p95", ourAloneSample.percentile(95));
            Map<String, Object> theirEntry = out.record("trgm_" + threshold + "_8_concurrent", "ms", theirs.sample(),
                    "the peers' method (Weblate, Tolgee) at its best threshold", true);
            theirs.describe(theirEntry, theirRecall);
            theirEntry.put("threshold", threshold);
            out.value("p95_ratio_tarjima_to_trgm", "ratio", p95Ratio, "≤ 0.10 with recall@5 at least as high", met);
            System.out.printf("8 at a time over %d queries: ours p95 %.1f ms, recall@5 %.4f; pg_trgm %.2f p95 %.1f ms, recall@5 %.4f%n",
                    compared, ours.sample().percentile(95), ratio(ourRecall), threshold, theirs.sample().percentile(95),
                    ratio(theirRecall));
            out.write();
        }
    }

    /**
     * The token scores of a trigram lookup's answers, best first: ranked by our score, as Weblate ranks the trigram
     * candidates with its own comparer. An answer that is not a generated unit cannot be scored here and is left out.
     */
    private static List<Integer> scored(Query query, List<Long> ids, int[][] tokens, long first) {
        long[] queryTokens = longs(tokens(query.sentence()));
        List<Integer> scores = new ArrayList<>();
        for (long id : ids) {
            int index = (int) (id - first);
            if (index >= 0 && index < tokens.length) {
                scores.add(FuzzyScore.tokenScore(queryTokens, longs(tokens[index])));
            }
        }
        scores.sort(Collections.reverseOrder());
        return scores;
    }

    private static double ratio(int[] foundOfExpected) {
        return foundOfExpected[1] == 0 ? 1 : (double) foundOfExpected[0] / foundOfExpected[1];
    }

    /** Found and expected over queries, counted as above: the r-th answer counts when it scores as high as the r-th best. */
    private static int[] recall(List<List<Integer>> answerScores, List<List<int[]>> bests) {
        int found = 0;
        int expected = 0;
        for (int q = 0; q < bests.size(); q++) {
            List<int[]> best = bests.get(q);
            List<Integer> answer = answerScores.get(q);
            for (int r = 0; r < best.size(); r++) {
                expected++;
                if (r < answer.size() && answer.get(r) >= best.get(r)[1]) {
                    found++;
                }
            }
        }
        return new int[] {found, expected};
    }

    private interface Lookup {
        void run(int index) throws Exception;
    }

    /** Lookups timed 8 at a time, and what they cost the cores. */
    private record Concurrent(BenchResults.Sample sample, double lookupsPerSecond, CpuTime cpu) {

        void describe(Map<String, Object> entry, int[] recall) {
            entry.put("recall_at_5", ratio(recall));
            entry.put("found", recall[0]);
            entry.put("expected", recall[1]);
            entry.put("p99", sample.percentile(99));
            entry.put("concurrent", CONCURRENT);
            entry.put("lookups", sample.values().size());
            entry.put("lookups_per_s", lookupsPerSecond);
            entry.put("jvm_cpu_ms_per_lookup", cpu.jvmMillis() / sample.values().size());
            entry.put("postgresql_cpu_ms_per_lookup", BenchResults.known(cpu.postgresMillis() / sample.values().size()));
        }
    }

    /** {@code count} lookups by {@value #CONCURRENT} threads, each taking the next index as it is free. */
    private Concurrent concurrently(int count, Lookup lookup, boolean signedIn) throws Exception {
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(CONCURRENT);
        CpuTime before = CpuTime.now();
        long start = System.nanoTime();
        List<java.util.concurrent.Future<?>> threads = new ArrayList<>();
        for (int t = 0; t < CONCURRENT; t++) {
            java.util.concurrent.Callable<Object> work = () -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    long begin = System.nanoTime();
                    lookup.run(i);
                    latencies.add((System.nanoTime() - begin) / 1e6);
                }
                return null;
            };
            // our lookups check the user's permissions, so they run signed in as the test's own thread is
            threads.add(pool.submit(signedIn ? () -> runAs.admin(() -> unchecked(work)) : work));
        }
        try {
            for (java.util.concurrent.Future<?> thread : threads) {
                thread.get();
            }
        } finally {
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Concurrent(new BenchResults.Sample(latencies), latencies.size() / seconds, CpuTime.now().since(before));
    }

    private static Object unchecked(java.util.concurrent.Callable<Object> work) {
        try {
            return work.call();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The one-minute load average of the machine (the other agents' work included). */
    private static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private record Query(String kind, TmWorkload.Sentence sentence, String text) {
    }

    /** The tokens the TM compares, as ids: each word of the made-up vocabulary, a comma, a full stop. */
    private static int[] tokens(TmWorkload.Sentence sentence) {
        int[] words = sentence.words();
        int[] tokens = new int[words.length + (words.length - 1) / 9 + 1];
        int t = 0;
        for (int i = 0; i < words.length; i++) {
            tokens[t++] = words[i];
            if (i + 1 < words.length && i % 9 == 8) {
                tokens[t++] = -1;
            }
        }
        tokens[t] = -2;
        return tokens;
    }

    private static long[] longs(int[] values) {
        return Arrays.stream(values).asLongStream().toArray();
    }

    /** The five best distinct sentences scoring at least the minimum, as {index, score}, best first. */
    private static List<int[]> bruteForce(int[] query, int[][] units) {
        // The query's tokens in a small open-addressing table: slot -> how many times the query has the token.
        int capacity = Integer.highestOneBit(query.length * 4) * 2;
        int[] keys = new int[capacity];
        int[] counts = new int[capacity];
        boolean[] occupied = new boolean[capacity];
        for (int token : query) {
            int slot = slot(keys, occupied, token);
            keys[slot] = token;
            occupied[slot] = true;
            counts[slot]++;
        }
        int[] used = new int[capacity];
        long[] queryLongs = longs(query);
        List<int[]> best = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        int floor = FuzzyScore.MIN_SCORE;
        for (int i = 0; i < units.length; i++) {
            int[] unit = units[i];
            int longer = Math.max(query.length, unit.length);
            if (100 * Math.min(query.length, unit.length) / longer < floor) {
                continue;
            }
            // An upper bound: the distance is at least the longer length minus the tokens both have.
            int common = 0;
            for (int token : unit) {
                int slot = slot(keys, occupied, token);
                if (occupied[slot] && used[slot] < counts[slot]) {
                    used[slot]++;
                    common++;
                }
            }
            for (int token : unit) {
                int slot = slot(keys, occupied, token);
                if (occupied[slot]) {
                    used[slot] = 0;
                }
            }
            if (100 * common / longer < floor) {
                continue;
            }
            int score = FuzzyScore.tokenScore(queryLongs, longs(unit));
            if (score < floor || !seen.add(Arrays.toString(unit))) {
                continue;
            }
            best.add(new int[] {i, score});
            best.sort((a, b) -> Integer.compare(b[1], a[1]));
            if (best.size() > 5) {
                best.remove(5);
            }
            if (best.size() == 5) {
                floor = Math.max(floor, best.get(4)[1]);
            }
        }
        return best;
    }

    private static int slot(int[] keys, boolean[] occupied, int token) {
        int slot = (token * 0x9E3779B9) >>> 1 & (keys.length - 1);
        while (occupied[slot] && keys[slot] != token) {
            slot = (slot + 1) & (keys.length - 1);
        }
        return slot;
    }

    private static Map<String, Object> entry(String name, String unit, double median, Double p95, String target, boolean met) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("name", name);
        result.put("unit", unit);
        result.put("median", median);
        if (p95 != null) {
            result.put("p95", p95);
        }
        result.put("target", target);
        result.put("met", met);
        return result;
    }

    private static double percentile(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private void write(List<Map<String, Object>> results) throws Exception {
        Map<String, Object> header = BenchResults.machineHeader();
        BenchResults.addDatabase(header, jdbc);
        header.put("tm_units", SIZE);
        header.put("queries", QUERIES);
        header.put("tm_posting_rows", jdbc.queryForObject("select reltuples::bigint from pg_class where relname = 'tm_posting'", Long.class));
        header.put("tm_size_mb", jdbc.queryForObject("select (pg_total_relation_size('tm_unit') + pg_total_relation_size('tm_posting')"
                + " + pg_total_relation_size('tm_term_df')) / 1048576", Long.class));
        List<Object> file = new ArrayList<>();
        file.add(Map.of("machine", header));
        file.addAll(results);
        Path directory = Files.createDirectories(Path.of("bench", "results"));
        Path out = directory.resolve(LocalDate.now() + "-tm-" + SIZE + ".json");
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.toFile(), file);
        System.out.printf("%n%-36s %10s %10s %10s %s%n", "measurement", "median", "p95", "p99", "met");
        for (Map<String, Object> r : results) {
            System.out.printf("%-36s %10.3f %10s %10s %s%n", r.get("name"), ((Number) r.get("median")).doubleValue(),
                    BenchResults.format(r.get("p95")), BenchResults.format(r.get("p99")), r.get("met"));
        }
        System.out.println(header);
        System.out.println("written to " + out.toAbsolutePath());
    }
}
