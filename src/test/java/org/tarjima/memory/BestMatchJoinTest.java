package org.tarjima.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.tarjima.base.text.InlineText;
import org.tarjima.support.TarjimaTest;
import org.tarjima.support.TmWorkload;

/**
 * The analysis's join finds, for every segment, the best score that scoring every unit of the pair the editor's way
 * finds, and never less than the editor's lookup.
 */
@TarjimaTest
class BestMatchJoinTest {

    private static final int UNITS = 20_000;

    @Autowired
    BestMatchJoin join;
    @Autowired
    TmLookup lookup;
    @Autowired
    TmUnitReads reads;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void every_segment_gets_the_best_score_that_scoring_every_unit_gives_and_never_less_than_the_lookup() {
        String en = TmFixture.freshSource();
        TmWorkload workload = new TmWorkload();
        List<TmWorkload.Sentence> sentences = workload.load(dataSource, en, "ru", UNITS, 23);
        Random random = new Random(3);
        List<BestMatchJoin.Query> queries = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            TmWorkload.Sentence original = sentences.get(random.nextInt(sentences.size()));
            TmWorkload.Sentence sentence = switch (i % 6) {
                case 0 -> original;
                case 1, 2 -> workload.variant(original, 1 + random.nextInt(3), random);
                case 3 -> workload.variant(original, 4 + random.nextInt(4), random);
                case 4 -> workload.sentence(random);
                // short ones: a word or two, where one edit is most of the sentence
                default -> workload.variant(new TmWorkload.Sentence(java.util.Arrays.copyOf(original.words(),
                        Math.min(2, original.words().length))), random.nextInt(2), random);
            };
            String text = workload.source(sentence);
            // a few in upper case: the same words, not the same text (99 %, not 100 %)
            queries.add(new BestMatchJoin.Query(-1 - i, InlineText.of(i % 25 == 0 ? text.toUpperCase() : text).normalized(),
                    null, null));
        }

        int[] joined = transactions.execute(status -> join.bestScores(queries, en, "ru", read -> { }));

        int[] everyUnit = scoreEveryUnit(queries, en);
        assertThat(joined).containsExactly(everyUnit);
        long matched = java.util.Arrays.stream(joined).filter(score -> score > 0).count();
        assertThat(matched).as("most segments have a match of 70 % or more").isGreaterThan(150);
        assertThat(java.util.Arrays.stream(joined).filter(score -> score == 100).count()).isGreaterThan(30);
        assertThat(java.util.Arrays.stream(joined).filter(score -> score > FuzzyScore.MIN_SCORE && score < 100).count())
                .isGreaterThan(60);

        int same = 0;
        for (int q = 0; q < queries.size(); q++) {
            List<TmLookup.Scored> best = lookup.lookup(queries.get(q).source(), en, "ru", TmLookup.Context.UNKNOWN, 1);
            int looked = best.isEmpty() ? 0 : best.get(0).score();
            assertThat(joined[q]).as(queries.get(q).source().plainText()).isGreaterThanOrEqualTo(looked);
            same += joined[q] == looked ? 1 : 0;
        }
        assertThat(same).as("the lookup's recall is 0.98 or more").isGreaterThanOrEqualTo(294);
    }

    @Test
    void the_segment_s_own_unit_is_no_match_and_the_same_neighbours_make_a_context_match() {
        String en = TmFixture.freshSource();
        TmWorkload workload = new TmWorkload();
        List<TmWorkload.Sentence> sentences = workload.load(dataSource, en, "ru", 2_000, 29);
        String text = workload.source(sentences.get(100));
        long unit = jdbc.queryForObject("select id from tm_unit where source_locale = ? and source_text = ? limit 1",
                Long.class, en, text);
        // the unit as a segment's own: it holds that segment's target, and had these neighbours
        long segment = jdbc.queryForObject("select min(id) from segment", Long.class);
        jdbc.update("update tm_unit set segment_id = ?, previous_hash = ?, next_hash = ? where id = ?", segment,
                TmText.contextHash("Before."), TmText.contextHash("After."), unit);
        InlineText source = InlineText.of(text).normalized();
        List<BestMatchJoin.Query> queries = List.of(
                new BestMatchJoin.Query(segment, source, TmText.contextHash("Before."), TmText.contextHash("After.")),
                new BestMatchJoin.Query(-1, source, TmText.contextHash("Before."), TmText.contextHash("After.")),
                new BestMatchJoin.Query(-2, source, TmText.contextHash("Elsewhere."), null));

        int[] scores = transactions.execute(status -> join.bestScores(queries, en, "ru", read -> { }));

        int asOwn = scores[0];
        assertThat(asOwn).as("its own unit left out; another unit of the same text only if there is one")
                .isEqualTo(jdbc.queryForObject("select count(*) from tm_unit where source_locale = ? and source_text = ?",
                        Integer.class, en, text) > 1 ? 100 : 0);
        assertThat(scores[1]).isEqualTo(101);
        assertThat(scores[2]).isEqualTo(100);
    }

    /** The best score of each query over every unit of the pair, scored as the editor scores: the brute force. */
    private int[] scoreEveryUnit(List<BestMatchJoin.Query> queries, String en) {
        List<Long> ids = jdbc.queryForList("select id from tm_unit where source_locale = ? order by id", Long.class, en);
        List<StoredUnit> units = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += 2_000) {
            units.addAll(reads.units(en, "ru", ids.subList(from, Math.min(ids.size(), from + 2_000))));
        }
        List<long[]> unitHashes = units.stream().map(u -> TmText.hashes(TmText.plain(u.source()))).toList();
        int[] best = new int[queries.size()];
        for (int q = 0; q < queries.size(); q++) {
            BestMatchJoin.Query query = queries.get(q);
            long[] hashes = TmText.hashes(TmText.plain(query.source()));
            String markers = org.tarjima.base.text.InlineMarkers.write(query.source());
            TmLookup.Context context = new TmLookup.Context(query.previousHash(), query.nextHash(), query.segmentId());
            for (int u = 0; u < units.size(); u++) {
                // the words' score is a ceiling of the final one (an exact source is 100 by words too)
                if (FuzzyScore.tokenScore(hashes, unitHashes.get(u)) < FuzzyScore.MIN_SCORE || context.isAsking(units.get(u))) {
                    continue;
                }
                int score = TmLookup.score(query.source(), markers, hashes, context, units.get(u)).score();
                if (score >= FuzzyScore.MIN_SCORE) {
                    best[q] = Math.max(best[q], score);
                }
            }
        }
        return best;
    }
}
