package org.tarjima.memory;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tarjima.base.text.InlineText;
import org.tarjima.support.TarjimaTest;
import org.tarjima.support.TmWorkload;

/** A lookup in a 100,000-unit TM reads a bounded number of postings and units by index, never the whole TM. */
@TarjimaTest
class TmScaleTest {

    private static final int UNITS = 100_000;

    @Autowired
    TranslationMemory memory;
    @Autowired
    TmLookup lookup;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_fuzzy_lookup_in_a_100k_unit_memory_reads_by_index_only_a_bounded_candidate_set() throws Exception {
        String en = TmFixture.freshSource();
        TmWorkload workload = new TmWorkload();
        long start = System.nanoTime();
        List<TmWorkload.Sentence> sentences = workload.load(dataSource, en, "ru", UNITS, 11);
        System.out.printf("loaded %,d units in %.1f s%n", UNITS, (System.nanoTime() - start) / 1e9);

        Random random = new Random(5);
        TmWorkload.Sentence original = sentences.get(UNITS / 2);
        while (original.words().length < 8) {
            original = sentences.get(random.nextInt(UNITS));
        }
        String query = workload.source(workload.variant(original, 2, random));

        long lookupStart = System.nanoTime();
        List<TmMatch> matches = memory.matches(InlineText.of(query), en, "ru", 5);
        double millis = (System.nanoTime() - lookupStart) / 1e6;
        System.out.printf("fuzzy lookup: %.1f ms, best %d%%%n", millis, matches.isEmpty() ? 0 : matches.get(0).score());
        assertThat(matches).isNotEmpty();
        assertThat(matches.get(0).source().plainText()).isEqualTo(workload.source(original));

        TmLookup.Selection selection = lookup.select(TmText.key(TmText.tokens(query)), en, "ru");
        int words = TmTerms.length(TmText.key(TmText.tokens(query)));
        Object[] params = TmUnitReads.candidatesParameters(selection, words, TmText.tokens(query).size(),
                TmLookup.minWords(words), TmLookup.maxWords(words), TmLookup.POSTING_BUDGET, TmLookup.CANDIDATES);
        JsonNode candidatesPlan = explain(TmUnitReads.CANDIDATES_SQL, params);
        List<Long> candidates = jdbc.queryForList(TmUnitReads.CANDIDATES_SQL, Long.class, params);
        JsonNode sourceTextsPlan = explain(TmUnitReads.SOURCE_TEXTS_SQL, TmRepository.array(candidates), en, "ru");
        JsonNode unitsPlan = explain(TmUnitReads.UNITS_SQL, TmRepository.array(candidates), en, "ru");

        for (JsonNode plan : List.of(candidatesPlan, sourceTextsPlan, unitsPlan)) {
            List<JsonNode> scans = new ArrayList<>();
            collect(plan.get(0).get("Plan"), scans);
            assertThat(scans).as("no table is read whole").noneMatch(node -> node.get("Node Type").asText().equals("Seq Scan")
                    && List.of("tm_posting", "tm_unit").contains(node.get("Relation Name").asText()));
        }
        List<JsonNode> postingScans = new ArrayList<>();
        collect(candidatesPlan.get(0).get("Plan"), postingScans);
        long postingsRead = postingScans.stream().filter(node -> "tm_posting".equals(node.path("Relation Name").asText()))
                .peek(node -> assertThat(node.get("Node Type").asText()).isEqualTo("Index Only Scan"))
                .mapToLong(node -> node.get("Actual Rows").asLong() * node.get("Actual Loops").asLong()).sum();
        assertThat(postingsRead).as("postings read").isPositive().isLessThanOrEqualTo(2L * TmLookup.POSTING_BUDGET);
        assertThat(candidates).hasSizeLessThanOrEqualTo(TmLookup.CANDIDATES);
    }

    @Test
    void reading_whole_only_the_candidates_that_can_still_win_gives_the_answer_of_reading_them_all() {
        String en = TmFixture.freshSource();
        TmWorkload workload = new TmWorkload();
        List<TmWorkload.Sentence> sentences = workload.load(dataSource, en, "ru", 20_000, 13);
        Random random = new Random(7);
        int answered = 0;
        for (int i = 0; i < 60; i++) {
            TmWorkload.Sentence original = sentences.get(random.nextInt(sentences.size()));
            String query = workload.source(i % 3 == 0 ? original : workload.variant(original, 1 + random.nextInt(4), random));
            List<TmLookup.Scored> five = lookup.lookup(InlineText.of(query), en, "ru", TmLookup.Context.UNKNOWN, 5);
            // with room for every candidate, every one of them is read whole and scored
            List<TmLookup.Scored> all = lookup.lookup(InlineText.of(query), en, "ru", TmLookup.Context.UNKNOWN, 10_000);
            answered += five.isEmpty() ? 0 : 1;
            assertThat(five).as(query).extracting(scored -> scored.unit().id() + ":" + scored.score())
                    .containsExactlyElementsOf(all.subList(0, Math.min(5, all.size())).stream()
                            .map(scored -> scored.unit().id() + ":" + scored.score()).toList());
        }
        // a distant variant may have no match of 70 % or more; most queries do
        assertThat(answered).isGreaterThanOrEqualTo(40);
    }

    @Test
    void the_lookup_finds_what_scoring_every_unit_finds() {
        String en = TmFixture.freshSource();
        TmWorkload workload = new TmWorkload();
        List<TmWorkload.Sentence> sentences = workload.load(dataSource, en, "ru", 20_000, 17);
        List<long[]> every = jdbc.queryForList("select distinct source_text from tm_unit where source_locale = ?", String.class, en)
                .stream().map(text -> TmText.hashes(TmText.nfc(text))).toList();
        Random random = new Random(9);
        int expected = 0;
        int found = 0;
        for (int i = 0; i < 60; i++) {
            TmWorkload.Sentence original = sentences.get(random.nextInt(sentences.size()));
            String query = workload.source(workload.variant(original, 1 + random.nextInt(6), random));
            long[] queryHashes = TmText.hashes(TmText.nfc(query));
            // the brute force's best five distinct sources at the minimum or above, by the words' score
            List<Integer> best = every.stream().mapToInt(hashes -> FuzzyScore.tokenScore(queryHashes, hashes))
                    .filter(score -> score >= FuzzyScore.MIN_SCORE).boxed().sorted(java.util.Comparator.reverseOrder())
                    .limit(5).toList();
            List<Integer> ours = lookup.lookup(InlineText.of(query), en, "ru", TmLookup.Context.UNKNOWN, 5).stream()
                    .map(scored -> FuzzyScore.tokenScore(queryHashes, TmText.hashes(TmText.plain(scored.unit().source()))))
                    .toList();
            for (int rank = 0; rank < best.size(); rank++) {
                expected++;
                // a tie between equally good units is no miss
                found += rank < ours.size() && ours.get(rank) >= best.get(rank) ? 1 : 0;
            }
        }
        assertThat(expected).isGreaterThan(40);
        assertThat((double) found / expected).as(found + " of " + expected).isGreaterThanOrEqualTo(0.98);
    }

    private JsonNode explain(String sql, Object... params) throws Exception {
        String json = jdbc.queryForObject("explain (analyze, format json) " + sql, String.class, params);
        return new ObjectMapper().readTree(json);
    }

    private static void collect(JsonNode node, List<JsonNode> into) {
        if (node.has("Relation Name")) {
            into.add(node);
        }
        for (JsonNode child : node.path("Plans")) {
            collect(child, into);
        }
    }
}
