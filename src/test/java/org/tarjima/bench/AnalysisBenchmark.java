package org.tarjima.bench;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tarjima.analysis.Analysis;
import org.tarjima.analysis.AnalysisService;
import org.tarjima.analysis.LocaleAnalysis;
import org.tarjima.base.text.InlineMarkers;
import org.tarjima.base.text.InlineText;
import org.tarjima.document.DocumentSummary;
import org.tarjima.intake.IncomingFiles;
import org.tarjima.interchange.xliff.XliffHeader;
import org.tarjima.interchange.xliff.XliffUnit;
import org.tarjima.interchange.xliff.XliffWriter;
import org.tarjima.jobs.Progress;
import org.tarjima.memory.TranslationMemory;
import org.tarjima.project.NewProject;
import org.tarjima.project.ProjectService;
import org.tarjima.project.ProjectSummary;
import org.tarjima.support.TarjimaTest;
import org.tarjima.support.TmWorkload;
import org.tarjima.translation.SegmentListing;
import org.tarjima.translation.SegmentRow;
import org.tarjima.translation.StateFilter;
import org.tarjima.translation.TargetState;

/**
 * The match analysis of a document of {@code bench.size} segments (default 100,000) against a TM ten times its size
 * (the 100k against 1M; {@code -Dbench.size=2000} for a run of a few minutes), generated like
 * {@link TmBenchmark}'s: close and distant variants of stored sentences, exact copies, new sentences, and one segment
 * in ten a repetition of an earlier one. Times the analysis ({@link AnalysisService#analyzeDocument}), and in the same
 * run the TM lookups alone for the same segments (the first occurrence of each source, as the analysis looks them up),
 * one by one as the editor asks for them ({@link TranslationMemory#matchesForSegment}, one match); twice each,
 * alternating, after a warm-up. Target: the analysis takes at most twice the lookups alone. Writes
 * bench/results/&lt;date&gt;-analysis-&lt;size&gt;.json.
 */
@TarjimaTest
@Tag("bench")
class AnalysisBenchmark {

    private static final int SIZE = Integer.getInteger("bench.size", 100_000);
    private static final int TM_SIZE = 10 * SIZE;
    private static final String SOURCE = "en-x-analysis";
    private static final String TARGET = "ru";
    private static final int ROUNDS = 2;
    /**
     * The editor's lookups are timed on at most this many of the looked-up segments, spread evenly, and scaled to all
     * of them: at the size all of them would take 20–35 minutes a round.
     */
    private static final int LOOKUP_SAMPLE = Integer.getInteger("bench.lookupSample", 3_000);

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProjectService projects;
    @Autowired
    IncomingFiles incoming;
    @Autowired
    List<XliffWriter> writers;
    @Autowired
    SegmentListing listing;
    @Autowired
    AnalysisService analyses;
    @Autowired
    TranslationMemory memory;

    @Test
    void measure() throws Exception {
        TmWorkload workload = new TmWorkload();
        long start = System.nanoTime();
        List<TmWorkload.Sentence> units = workload.loadOnce(dataSource, SOURCE, TARGET, TM_SIZE, 42);
        System.out.printf("TM of %,d units ready in %.0f s%n", TM_SIZE, (System.nanoTime() - start) / 1e9);
        ProjectSummary project = projects.create(new NewProject("Analysis " + UUID.randomUUID(), SOURCE, List.of(TARGET)));
        start = System.nanoTime();
        DocumentSummary document = incoming.importFile(project.id(), "analysis.xlf", document(workload, units));
        System.out.printf("document of %,d segments imported in %.0f s%n", SIZE, (System.nanoTime() - start) / 1e9);
        jdbc.execute("analyze");

        // The segments the analysis looks up: the first occurrence of each source (all are NEW).
        List<Long> looked = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int offset = 0; offset < SIZE; offset += 1000) {
            for (SegmentRow row : listing.page(document.id(), TARGET, StateFilter.ALL, offset, 1000)) {
                if (seen.add(InlineMarkers.write(row.source().normalized()))) {
                    looked.add(row.segmentId());
                }
            }
        }

        List<Long> sample = new ArrayList<>();
        for (int k = 0; k < Math.min(LOOKUP_SAMPLE, looked.size()); k++) {
            sample.add(looked.get((int) ((long) k * looked.size() / Math.min(LOOKUP_SAMPLE, looked.size()))));
        }
        double scale = (double) looked.size() / sample.size();
        // Warm-up: the JIT and PostgreSQL's caches, on a part of the document.
        lookups(looked.subList(0, Math.min(500, looked.size())));
        analyses.analyzeDocument(document.id(), List.of(TARGET), Progress.NONE);
        List<Double> analysisSeconds = new ArrayList<>();
        List<Double> lookupSeconds = new ArrayList<>();
        LocaleAnalysis last = null;
        for (int round = 0; round < ROUNDS; round++) {
            lookupSeconds.add(lookups(sample) * scale);
            long began = System.nanoTime();
            Analysis analysis = analyses.analyzeDocument(document.id(), List.of(TARGET), Progress.NONE);
            analysisSeconds.add((System.nanoTime() - began) / 1e9);
            last = analysis.locales().get(0);
        }
        System.out.printf("bands %s, repetitions %s, weighted %s%n", last.bands(), last.repetitions(), last.weightedWords());

        BenchResults results = new BenchResults("analysis-" + SIZE).database(jdbc)
                .machine("tm_units", TM_SIZE)
                .machine("document_segments", SIZE)
                .machine("segments_looked_up", looked.size())
                .machine("lookups_timed", sample.size());
        BenchResults.Sample analysis = new BenchResults.Sample(analysisSeconds);
        BenchResults.Sample lookups = new BenchResults.Sample(lookupSeconds);
        results.record("analysis_of_the_document", "s", analysis, "tm_lookups_alone", lookups,
                "≤ 2× the lookups alone", analysis.median() <= 2 * lookups.median());
        results.value("analysis_of_the_document_at_most_60_s", "s", analysis.median(), "≤ 60 s at 100k segments and 1M units",
                SIZE >= 100_000 ? analysis.median() <= 60 : null);
        results.value("analysis_per_segment", "ms", analysis.median() * 1000 / SIZE, "", null);
        results.value("lookup_per_segment", "ms", lookups.median() * 1000 / looked.size(), "", null);
        // The UI's rule (AnalysisService.JOB_ABOVE_SEGMENTS): how many segments one second of analysis covers here.
        results.value("segments_per_second", "1/s", SIZE / analysis.median(), "", null);
        results.write();
    }

    private double lookups(List<Long> segments) {
        long began = System.nanoTime();
        for (long segment : segments) {
            memory.matchesForSegment(segment, TARGET, 1);
        }
        return (System.nanoTime() - began) / 1e9;
    }

    private byte[] document(TmWorkload workload, List<TmWorkload.Sentence> units) throws Exception {
        Random random = new Random(11);
        List<TmWorkload.Sentence> sentences = new ArrayList<>();
        for (int i = 0; i < SIZE; i++) {
            TmWorkload.Sentence original = units.get(random.nextInt(units.size()));
            sentences.add(i % 10 == 9 && i > 0 ? sentences.get(random.nextInt(i)) : switch (i % 5) {
                case 0, 1 -> workload.variant(original, 1 + random.nextInt(3), random);
                case 2 -> original;
                case 3 -> workload.variant(original, 4 + random.nextInt(3), random);
                default -> workload.sentence(random);
            });
        }
        List<XliffUnit> xliff = new ArrayList<>();
        for (int i = 0; i < SIZE; i++) {
            xliff.add(new XliffUnit(String.valueOf(i + 1), InlineText.of(workload.source(sentences.get(i))), InlineText.of(""),
                    TargetState.NEW, List.of()));
        }
        XliffWriter writer = writers.stream().filter(w -> w.version().equals("1.2")).findFirst().orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(new XliffHeader("1.2", "analysis.xlf", SOURCE, TARGET, null), xliff.iterator(), out);
        return out.toByteArray();
    }
}
