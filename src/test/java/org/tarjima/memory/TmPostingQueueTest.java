package org.tarjima.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tarjima.base.text.InlineText;
import org.tarjima.support.TarjimaTest;
import org.tarjima.support.TestProjects;

/**
 * A saved unit's fuzzy-search postings are written after the save commits: the unit is found at once all the same,
 * and once the queue has run its postings are exactly those of its current text, however it changed meanwhile.
 */
@TarjimaTest
class TmPostingQueueTest {

    private static final String ARTICLE = "/memory/protected-areas.txt";
    private static final String WINTER = "Rangers count snow leopards in the mountains every winter.";

    @Autowired
    TranslationMemory memory;
    @Autowired
    TmFixture fixture;
    @Autowired
    TmRepository repository;
    @Autowired
    TmPostingQueue queue;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_confirmed_unit_is_a_fuzzy_match_before_and_after_its_postings_are_written() {
        String en = TmFixture.freshSource();
        TestProjects.Created created = fixture.document(en, ARTICLE, "ru");
        fixture.confirm(created, "ru", 3, "Егеря каждую зиму считают снежных барсов в горах.");
        String summer = WINTER.replace("winter", "summer");

        // whether or not the queue has run yet
        assertThat(memory.matches(InlineText.of(summer), en, "ru", 5)).extracting(TmMatch::kind).containsExactly(MatchKind.FUZZY);

        queue.awaitIdle();
        TmRepository.IndexedUnit unit = repository.unitOfSegment(fixture.segment(created, "ru", 3).segmentId(), "ru").orElseThrow();
        assertThat(unit.posted()).isTrue();
        assertThat(postedTerms(unit)).isEqualTo(unit.terms());
        assertThat(memory.matches(InlineText.of(summer), en, "ru", 5)).extracting(TmMatch::kind).containsExactly(MatchKind.FUZZY);
        assertThat(memory.concordance("снежных барсов", en, "ru", ConcordanceSide.TARGET, 0, 10).hits()).hasSize(1);
    }

    @Test
    void the_queue_finds_waiting_units_through_their_partial_index_not_by_walking_the_posted_ones() {
        // statistics taken while many units waited (a burst of saves), and all of them posted since
        String en = TmFixture.freshSource();
        jdbc.update("""
                insert into tm_unit (source_locale, target_locale, source, target, source_text, target_text, source_key,
                                     target_key, source_hash, state, origin, created_at, created_by, updated_at, updated_by,
                                     posted)
                select ?, 'ru', '[]'::jsonb, '[]'::jsonb, 'x', 'y', ' x ', ' y ', g, 'TRANSLATED', 'TMX', now(), 'test', now(), 'test',
                       false
                from generate_series(1, 20000) g""", en);
        jdbc.execute("analyze tm_unit");
        jdbc.update("update tm_unit set posted = true where source_locale = ?", en);
        try {
            String plan = String.join("\n", jdbc.queryForList("explain " + TmRepository.LOCK_UNPOSTED_SQL, String.class, 500));

            assertThat(plan).contains("tm_unit_unposted").doesNotContain("tm_unit_pkey").doesNotContain("Seq Scan");
        } finally {
            jdbc.update("delete from tm_unit where source_locale = ?", en);
            jdbc.execute("analyze tm_unit");
        }
    }

    @Test
    void a_unit_edited_before_or_after_its_postings_were_written_ends_with_the_postings_of_its_last_text() {
        String en = TmFixture.freshSource();
        TestProjects.Created created = fixture.document(en, ARTICLE, "kk");
        fixture.confirm(created, "kk", 3, "Қарауылшылар әр қыста таудағы ілбістерді санайды.");
        fixture.confirm(created, "kk", 3, "Қарауылшылар қыс сайын ілбістерді санайды.");
        queue.awaitIdle();
        fixture.confirm(created, "kk", 3, "Қарауылшылар жыл сайын таудағы ілбістерді санайды.");
        queue.awaitIdle();

        TmRepository.IndexedUnit unit = repository.unitOfSegment(fixture.segment(created, "kk", 3).segmentId(), "kk").orElseThrow();
        assertThat(unit.posted()).isTrue();
        assertThat(postedTerms(unit)).isEqualTo(unit.terms());
        assertThat(memory.concordance("жыл сайын", en, "kk", ConcordanceSide.TARGET, 0, 10).hits()).hasSize(1);
        assertThat(memory.concordance("қыс сайын", en, "kk", ConcordanceSide.TARGET, 0, 10).hits()).isEmpty();
    }

    @Test
    void units_left_waiting_by_a_node_that_stopped_are_posted_by_the_next_sweep() {
        String en = TmFixture.freshSource();
        TestProjects.Created created = fixture.document(en, ARTICLE, "uz");
        fixture.confirm(created, "uz", 3, "Qo'riqchilar har qishda tog'dagi qor qoplonlarini sanashadi.");
        queue.awaitIdle();
        TmRepository.IndexedUnit unit = repository.unitOfSegment(fixture.segment(created, "uz", 3).segmentId(), "uz").orElseThrow();
        // as a crash between the commit and the queue would leave it
        jdbc.update("delete from tm_posting where length_unit = ?", unit.posting());
        jdbc.update("update tm_unit set posted = false where id = ?", unit.id());

        queue.sweep();
        queue.awaitIdle();

        assertThat(postedTerms(unit)).isEqualTo(unit.terms());
        assertThat(repository.unitOfSegment(fixture.segment(created, "uz", 3).segmentId(), "uz").orElseThrow().posted()).isTrue();
    }

    private Set<Long> postedTerms(TmRepository.IndexedUnit unit) {
        List<Long> terms = jdbc.queryForList("select term from tm_posting where length_unit = ?", Long.class, unit.posting());
        assertThat(terms).doesNotHaveDuplicates();
        return new HashSet<>(terms);
    }
}
