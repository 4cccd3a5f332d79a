package org.tarjima.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tarjima.base.text.InlineText;
import org.tarjima.document.DocumentService;
import org.tarjima.document.DocumentSummary;
import org.tarjima.intake.IncomingFiles;
import org.tarjima.support.TarjimaTest;
import org.tarjima.support.TestProjects;
import org.tarjima.translation.Origin;
import org.tarjima.translation.SegmentRow;
import org.tarjima.translation.TargetEdit;
import org.tarjima.translation.TranslationService;

/**
 * A large import's confirmed targets reach the TM after the import commits (tm_backlog): all of them, once each,
 * whatever people change meanwhile, and what a stopped node left is taken up again.
 */
@TarjimaTest
class TmBacklogTest {

    /** More confirmed targets than an import indexes in its own transaction, and more than one batch. */
    private static final int UNITS = 1_300;

    @Autowired
    IncomingFiles incoming;
    @Autowired
    TestProjects projects;
    @Autowired
    TmBacklog backlog;
    @Autowired
    TranslationMemory memory;
    @Autowired
    TranslationService translations;
    @Autowired
    DocumentService documents;
    @Autowired
    JdbcClient jdbc;

    @Test
    void a_large_imports_confirmed_targets_enter_the_memory_after_the_commit_once_each_and_drafts_do_not() {
        String en = TmFixture.freshSource();
        var project = projects.aProject().withSource(en).withTargets("ru").create();

        DocumentSummary document = incoming.importFile(project.id(), "large.xlf", xliff(en));

        awaitEmptyBacklog(document.id());
        Map<Long, Long> unitsPerSegment = unitsPerSegment(document.id(), "ru");
        assertThat(unitsPerSegment).hasSize(confirmedUnits()).allSatisfy((segment, count) -> assertThat(count).isEqualTo(1));
        assertThat(memory.matches(InlineText.of(source(7)), en, "ru", 5)).extracting(m -> m.target().plainText())
                .first().isEqualTo(translation(7));
        assertThat(memory.matches(InlineText.of(source(10)), en, "ru", 5))
                .noneMatch(m -> m.target().plainText().equals(translation(10)));
    }

    @Test
    void what_people_changed_before_the_backlog_came_to_it_stays_as_they_left_it() {
        String en = TmFixture.freshSource();
        var project = projects.aProject().withSource(en).withTargets("ru").create();
        DocumentSummary document = incoming.importFile(project.id(), "large.xlf", xliff(en));
        awaitEmptyBacklog(document.id());
        // As if the node had stopped right after the import's commit: nothing indexed yet, the row still waiting.
        jdbc.sql("delete from tm_unit where document_id = ?").param(document.id()).update();
        SegmentRow edited = projects.segment(document.id(), "ru", 7);
        translations.confirm(new TargetEdit(edited.segmentId(), "ru", InlineText.of("Исправленный перевод."),
                edited.version(), Origin.EDITOR));
        SegmentRow unconfirmed = projects.segment(document.id(), "ru", 8);
        translations.saveDraft(new TargetEdit(unconfirmed.segmentId(), "ru", InlineText.of("Черновик."),
                unconfirmed.version(), Origin.EDITOR));
        jdbc.sql("insert into tm_backlog (document_id, target_locale, created_at) values (?, 'ru', now())")
                .param(document.id()).update();

        backlog.drain();
        awaitEmptyBacklog(document.id()); // in case the node's own backlog thread had taken the row first

        Map<Long, Long> unitsPerSegment = unitsPerSegment(document.id(), "ru");
        assertThat(unitsPerSegment).hasSize(confirmedUnits() - 1).allSatisfy((segment, count) -> assertThat(count).isEqualTo(1));
        assertThat(unitsPerSegment).doesNotContainKey(unconfirmed.segmentId());
        assertThat(jdbc.sql("select target_text from tm_unit where segment_id = ? and target_locale = 'ru'")
                .param(edited.segmentId()).query(String.class).single()).isEqualTo("Исправленный перевод.");
    }

    @Test
    void a_deleted_document_leaves_nothing_waiting() {
        String en = TmFixture.freshSource();
        var project = projects.aProject().withSource(en).withTargets("ru").create();
        DocumentSummary document = incoming.importFile(project.id(), "large.xlf", xliff(en));
        jdbc.sql("insert into tm_backlog (document_id, target_locale, created_at) values (?, 'ru', now())")
                .param(document.id()).update();

        documents.delete(document.id());

        assertThat(jdbc.sql("select count(*) from tm_backlog where document_id = ?").param(document.id())
                .query(Integer.class).single()).isZero();
    }

    private void awaitEmptyBacklog(long documentId) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (jdbc.sql("select count(*) from tm_backlog where document_id = ?").param(documentId)
                .query(Integer.class).single() > 0) {
            assertThat(Instant.now()).as("backlog worked off within a minute").isBefore(deadline);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private Map<Long, Long> unitsPerSegment(long documentId, String locale) {
        List<Long> segments = jdbc.sql("select segment_id from tm_unit where document_id = ? and target_locale = ?")
                .params(documentId, locale).query(Long.class).list();
        return segments.stream().collect(Collectors.groupingBy(id -> id, Collectors.counting()));
    }

    /** Every fifth unit arrives as a draft, the others translated. */
    private static boolean confirmed(int n) {
        return n % 5 != 0;
    }

    private static int confirmedUnits() {
        int count = 0;
        for (int n = 1; n <= UNITS; n++) {
            count += confirmed(n) ? 1 : 0;
        }
        return count;
    }

    private static String source(int n) {
        return "Report number " + n + " describes the rangers' work in valley " + (n * 7 % 101) + ".";
    }

    private static String translation(int n) {
        return "Отчёт номер " + n + " описывает работу рейнджеров в долине " + (n * 7 % 101) + ".";
    }

    private static byte[] xliff(String sourceLocale) {
        StringBuilder units = new StringBuilder();
        for (int n = 1; n <= UNITS; n++) {
            units.append("<trans-unit id=\"").append(n).append("\"><source>").append(source(n))
                    .append("</source><target state=\"").append(confirmed(n) ? "translated" : "needs-review-translation")
                    .append("\">").append(translation(n)).append("</target></trans-unit>\n");
        }
        return ("""
                <?xml version="1.0" encoding="UTF-8"?>
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
                 <file original="large.txt" source-language="%s" target-language="ru" datatype="plaintext"><body>
                %s </body></file>
                </xliff>""".formatted(sourceLocale, units)).getBytes(StandardCharsets.UTF_8);
    }
}
