package org.tarjima.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tarjima.base.text.InlineText;
import org.tarjima.interchange.xliff.ExportOptions;
import org.tarjima.interchange.xliff.XliffExportService;
import org.tarjima.jobs.JobService;
import org.tarjima.jobs.JobSnapshot;
import org.tarjima.jobs.Progress;
import org.tarjima.locale.WordCounter;
import org.tarjima.memory.TmMatch;
import org.tarjima.memory.TranslationMemory;
import org.tarjima.security.NotPermittedException;
import org.tarjima.security.RunAs;
import org.tarjima.support.TarjimaTest;
import org.tarjima.support.TestProjects;
import org.tarjima.support.TestUsers;

/** The match analysis of a document built for it against a TM loaded from TMX, its rate card, and who sees costs. */
@TarjimaTest
class AnalysisServiceTest {

    @Autowired
    AnalysisFixture fixture;
    @Autowired
    AnalysisService analyses;
    @Autowired
    RateCardService cards;
    @Autowired
    AnalysisReports reports;
    @Autowired
    TranslationMemory memory;
    @Autowired
    TestProjects projects;
    @Autowired
    TestUsers users;
    @Autowired
    RunAs runAs;
    @Autowired
    XliffExportService exports;
    @Autowired
    JobService jobs;

    /** What our fuzzy score makes of the 20-word sentence with one word changed: one substitution in 21 tokens. */
    static final MatchBand FUZZY_BAND = MatchBand.FUZZY_95_99;

    @Test
    void every_band_counts_its_segments_and_words_exactly_repetitions_once_and_work_done_apart() {
        AnalysisFixture.Built built = fixture.build();
        String source = built.sourceLocale();
        assertThat(words(AnalysisFixture.F_CHANGED, source)).isEqualTo(20);
        // The fuzzy band follows from the score the editor's TM panel shows for that sentence.
        List<TmMatch> fuzzy = memory.matches(InlineText.of(AnalysisFixture.F_CHANGED), source, "ru", 1);
        assertThat(fuzzy).hasSize(1);
        assertThat(MatchBand.of(fuzzy.get(0).score())).isEqualTo(FUZZY_BAND);

        Analysis analysis = analyses.analyzeDocument(built.documentId(), List.of("ru", "kk"), Progress.NONE);

        LocaleAnalysis ru = analysis.locales().get(0);
        assertThat(ru.locale()).isEqualTo("ru");
        Map<MatchBand, Counts> expected = zeroBands();
        expected.put(MatchBand.CONTEXT, new Counts(1, words(AnalysisFixture.C, source)));
        expected.put(MatchBand.EXACT, new Counts(1, words(AnalysisFixture.E, source)));
        expected.put(FUZZY_BAND, new Counts(1, 20));
        expected.put(MatchBand.NONE, new Counts(3, words(AnalysisFixture.P, source) + words(AnalysisFixture.N, source)
                + words(AnalysisFixture.U, source)));
        assertThat(ru.bands()).isEqualTo(expected);
        assertThat(ru.repetitions()).isEqualTo(new Counts(2, words(AnalysisFixture.E, source) + words(AnalysisFixture.U, source)));
        assertThat(ru.alreadyDone()).isEqualTo(new Counts(2, words(AnalysisFixture.D, source) + words(AnalysisFixture.A, source)));
        assertThat(ru.totalSegments()).isEqualTo(10);
        assertThat(ru.totalWords()).isEqualTo(built.created().document().wordCount());

        // kk has no TM and no work done: every first occurrence is new, the copies are still repetitions.
        LocaleAnalysis kk = analysis.locales().get(1);
        assertThat(kk.bands().get(MatchBand.NONE).segments()).isEqualTo(8);
        assertThat(kk.bands().entrySet()).filteredOn(e -> e.getKey() != MatchBand.NONE)
                .allSatisfy(e -> assertThat(e.getValue()).isEqualTo(Counts.ZERO));
        assertThat(kk.repetitions().segments()).isEqualTo(2);
        assertThat(kk.alreadyDone()).isEqualTo(Counts.ZERO);
    }

    @Test
    void an_analysis_run_as_a_job_reports_its_progress_and_gives_the_same_counts() {
        AnalysisFixture.Built built = fixture.build();
        Analysis direct = analyses.analyzeDocument(built.documentId(), List.of("ru"), Progress.NONE);
        JobService.JobHandle<Analysis> job = analyses.submit(built.projectId(), built.documentId(), List.of("ru"),
                org.tarjima.base.i18n.Message.of("analysis.job", "t"), analysis -> org.tarjima.base.i18n.Message.of("analysis.jobDone", "t"));
        Analysis fromJob = job.await(java.time.Duration.ofSeconds(60)).orElseThrow();
        assertThat(fromJob.locales()).isEqualTo(direct.locales());
        JobSnapshot snapshot = jobs.job(job.id()).orElseThrow();
        assertThat(snapshot.state()).isEqualTo(JobSnapshot.State.DONE);
        assertThat(snapshot.total()).isEqualTo(10);
        assertThat(snapshot.done()).isEqualTo(10);
    }

    @Test
    void a_segment_is_never_matched_by_the_unit_its_own_target_feeds() {
        AnalysisFixture.Built built = fixture.build();
        long confirmed = projects.segment(built.documentId(), "ru", 9).segmentId();
        // Its own unit has the same text and the same neighbours: it would be a 101 % match of itself.
        Map<Long, Integer> scores = memory.bestScores(built.documentId(), "ru", id -> id == confirmed, () -> { });
        assertThat(scores).containsExactly(Map.entry(confirmed, 0));
    }

    @Test
    void the_rate_card_weighs_the_bands_and_prices_the_weighted_words_in_its_currency() {
        AnalysisFixture.Built built = fixture.build();
        Map<MatchBand, Integer> percent = new EnumMap<>(RateCard.defaults(null).percent());
        cards.setProjectCard(built.projectId(), new RateCard(null, new BigDecimal("0.08"), "eur", percent, 30));

        LocaleAnalysis ru = analyses.analyzeDocument(built.documentId(), List.of("ru"), Progress.NONE).locales().get(0);

        // 101: 10 × 10 %, 100: 10 × 30 %, 95–99: 20 × 60 %, none: 28 × 100 %, repetitions: 19 × 30 %
        assertThat(ru.weightedWords()).isEqualByComparingTo("49.70");
        assertThat(ru.cost()).isEqualTo(new LocaleAnalysis.Cost(new BigDecimal("3.98"), "EUR"));
        assertThat(AnalysisReports.money(ru.cost(), Locale.forLanguageTag("ru"))).isEqualTo("3,98\u00a0€");
        assertThat(AnalysisReports.money(ru.cost(), Locale.ENGLISH)).isEqualTo("€3.98");
        assertThat(cards.projectCard(built.projectId()).currency()).isEqualTo("EUR");

        assertThatThrownBy(() -> new RateCard(null, BigDecimal.ONE, "XYZ", percent, 30))
                .isInstanceOf(IllegalArgumentException.class);
        Map<MatchBand, Integer> tooMuch = new EnumMap<>(percent);
        tooMuch.put(MatchBand.EXACT, 120);
        assertThatThrownBy(() -> new RateCard(null, BigDecimal.ONE, "USD", tooMuch, 30))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateCard(null, new BigDecimal("-1"), "USD", percent, 30))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_project_without_a_card_is_priced_with_the_global_default() {
        AnalysisFixture.Built built = fixture.build();
        RateCard before = cards.globalCard();
        try {
            Map<MatchBand, Integer> free = new EnumMap<>(MatchBand.class);
            for (MatchBand band : MatchBand.values()) {
                free.put(band, 50);
            }
            cards.setGlobalCard(new RateCard(null, new BigDecimal("1"), "KZT", free, 0));
            RateCard effective = cards.projectCard(built.projectId());
            assertThat(effective.projectId()).isNull();
            assertThat(effective.currency()).isEqualTo("KZT");
            LocaleAnalysis ru = analyses.analyzeDocument(built.documentId(), List.of("ru"), Progress.NONE).locales().get(0);
            // 68 words in the bands at 50 %, repetitions free; tenge has two decimals
            assertThat(ru.weightedWords()).isEqualByComparingTo("34.00");
            assertThat(ru.cost()).isEqualTo(new LocaleAnalysis.Cost(new BigDecimal("34.00"), "KZT"));
        } finally {
            cards.setGlobalCard(before);
        }
    }

    @Test
    void a_translator_sees_word_counts_but_costs_only_when_the_manager_shares_them() {
        AnalysisFixture.Built built = fixture.build();
        long project = built.projectId();
        String translator = users.create("analysis-translator", TestUsers.translator(project, "ru"));
        String manager = users.create("analysis-manager", TestUsers.manager(project));

        Analysis seen = runAs.user(translator, () -> analyses.analyzeDocument(built.documentId(), List.of("ru"), Progress.NONE));
        assertThat(seen.locales().get(0).cost()).isNull();
        assertThat(seen.card()).isNull();
        assertThat(seen.locales().get(0).bands().get(MatchBand.EXACT).segments()).isEqualTo(1);
        assertThat(new String(reports.html(seen, Locale.ENGLISH), StandardCharsets.UTF_8)).doesNotContain("$");
        assertThatThrownBy(() -> runAs.user(translator, () -> cards.projectCard(project)))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> runAs.user(translator, () -> {
            cards.shareCosts(project, true);
            return null;
        })).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> runAs.user(translator, () -> cards.setProjectCard(project, RateCard.defaults(null))))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> runAs.user(manager, () -> cards.globalCard())).isInstanceOf(NotPermittedException.class);
        // kk is not the translator's locale
        assertThatThrownBy(() -> runAs.user(translator, () -> analyses.analyzeDocument(built.documentId(), List.of("kk"),
                Progress.NONE))).isInstanceOf(NotPermittedException.class);

        assertThat(runAs.user(manager, () -> analyses.analyzeDocument(built.documentId(), List.of("ru"), Progress.NONE))
                .locales().get(0).cost()).isNotNull();
        runAs.user(manager, () -> {
            cards.shareCosts(project, true);
            return null;
        });
        LocaleAnalysis shared = runAs.user(translator, () -> analyses.analyzeDocument(built.documentId(), List.of("ru"),
                Progress.NONE)).locales().get(0);
        assertThat(shared.cost()).isEqualTo(new LocaleAnalysis.Cost(new BigDecimal("4.97"), "USD"));
        assertThat(runAs.user(translator, () -> cards.projectCard(project)).currency()).isEqualTo("USD");
    }

    @Test
    void the_xliff_zip_of_several_locales_carries_the_analysis_as_html_and_csv() throws IOException {
        AnalysisFixture.Built built = fixture.build();
        byte[] zip = exports.exportZip(built.projectId(), List.of(), List.of("ru", "kk"), "1.2",
                new ExportOptions(null)).content();

        Map<String, String> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertThat(entries.keySet()).contains("analysis.html", "analysis.csv", "ru/analysed.ru.xlf", "kk/analysed.kk.xlf");
        String csv = entries.get("analysis.csv");
        assertThat(csv).startsWith("locale,band,segments,words,percent,weighted_words,cost,currency\r\n")
                .contains("ru,101,1,10,10,1.00,,\r\n", "ru,repetitions,2,19,30,5.70,,\r\n", "ru,alreadyDone,2,18,0,0,,\r\n",
                        "ru,total,10,105,,49.70,4.97,USD\r\n", "kk,none,8,86,100,86.00,,\r\n");
        String html = entries.get("analysis.html");
        // Left for a look in a browser: it must render with nothing else beside it.
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "analysis-report.html"), html);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<style>", "<table>", "$4.97")
                .doesNotContain("<script", "<link", "src=", "href=", "http");
    }

    @Test
    void the_html_report_escapes_every_text() {
        LocaleAnalysis locale = new LocaleAnalysis("ru", zeroBands(), Counts.ZERO, Counts.ZERO, BigDecimal.ZERO, null);
        Analysis analysis = new Analysis(1, null, "<script>alert('x')</script> & \"co\"", "en", List.of(locale), null,
                Instant.parse("2026-12-06T10:00:00Z"));
        String html = new String(reports.html(analysis, Locale.ENGLISH), StandardCharsets.UTF_8);
        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;co&quot;");
    }

    private static Map<MatchBand, Counts> zeroBands() {
        Map<MatchBand, Counts> bands = new EnumMap<>(MatchBand.class);
        for (MatchBand band : MatchBand.values()) {
            bands.put(band, Counts.ZERO);
        }
        return bands;
    }

    private static int words(String text, String locale) {
        return WordCounter.count(text, locale);
    }
}
