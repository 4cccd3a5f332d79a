package org.tarjima.translation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.tarjima.base.text.InlineText;
import org.tarjima.document.DocumentService;
import org.tarjima.support.TarjimaTest;
import org.tarjima.support.TestProjects;

/**
 * A bulk arrival copies targets without checking each one's segment key as it goes (see
 * {@code CopyRows.intoNewRowsOfThisTransaction}); it checks them once at the end, and a target of a segment that is not
 * the document's, or of none, rolls the whole arrival back.
 */
@TarjimaTest
class TargetArrivalTest {

    @Autowired
    TranslationService translations;
    @Autowired
    DocumentService documents;
    @Autowired
    TestProjects projects;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;

    private static final byte[] ARTICLE = "Rivers feed the valleys.\n\nThe mountains keep the snow.".getBytes(StandardCharsets.UTF_8);

    @Test
    void targets_of_the_documents_own_segments_arrive_with_one_history_row_each() {
        long project = projects.aProject().withTargets("kk").create().id();
        long document = documents.importSource(project, "own.txt", ARTICLE).id();
        List<Long> segments = segmentIds(document);

        int stored = transactions.execute(status -> translations.arriveInNewDocument(document, "kk", List.of(
                arriving(segments.get(0), "Өзендер аңғарларды қоректендіреді."),
                arriving(segments.get(1), "Таулар қарды сақтайды.")), Origin.IMPORT));

        assertThat(stored).isEqualTo(2);
        assertThat(jdbc.queryForObject("""
                select count(*) from target_history h join target t on t.id = h.target_id
                where t.segment_id = any(?) and t.locale = 'kk' and h.origin = 'IMPORT' and h.version = 1""",
                Integer.class, (Object) segments.toArray(Long[]::new))).isEqualTo(2);
    }

    @Test
    void a_target_of_a_segment_that_does_not_exist_rolls_the_arrival_back() {
        long project = projects.aProject().withTargets("kk").create().id();
        long document = documents.importSource(project, "missing.txt", ARTICLE).id();
        List<Long> segments = segmentIds(document);
        long missing = jdbc.queryForObject("select coalesce(max(id), 0) + 1000000 from segment", Long.class);

        assertThatThrownBy(() -> transactions.execute(status -> translations.arriveInNewDocument(document, "kk", List.of(
                arriving(segments.get(0), "Өзендер аңғарларды қоректендіреді."),
                arriving(missing, "Жоқ сегмент.")), Origin.IMPORT)))
                // the check at the end where the keys were copied unchecked; the key itself where the user may not skip it
                .isInstanceOfAny(IllegalArgumentException.class, org.springframework.dao.DataIntegrityViolationException.class);

        assertThat(targetsOf(document)).isZero();
    }

    @Test
    void a_target_of_another_documents_segment_rolls_the_arrival_back() {
        long project = projects.aProject().withTargets("kk").create().id();
        long document = documents.importSource(project, "mine.txt", ARTICLE).id();
        long other = documents.importSource(project, "other.txt", ARTICLE).id();

        assertThatThrownBy(() -> transactions.execute(status -> translations.arriveInNewDocument(document, "kk", List.of(
                arriving(segmentIds(other).get(0), "Басқа құжат.")), Origin.IMPORT)))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(targetsOf(document) + targetsOf(other)).isZero();
    }

    private TranslationService.ArrivingTarget arriving(long segmentId, String text) {
        return new TranslationService.ArrivingTarget(segmentId, InlineText.of("x"), InlineText.of(text), TargetState.TRANSLATED);
    }

    private List<Long> segmentIds(long document) {
        return jdbc.queryForList("select id from segment where document_id = ? order by ordinal", Long.class, document);
    }

    private int targetsOf(long document) {
        return jdbc.queryForObject("select count(*) from target where document_id = ?", Integer.class, document);
    }
}
