package org.tarjima.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import org.tarjima.reliability.ApiClient.Answer;
import org.tarjima.support.TestProjects;
import org.tarjima.support.TestUsers;
import org.tarjima.translation.SegmentRow;

/**
 * The disk fills up (or any database error strikes) on the very last row of an import: a test-only trigger makes
 * PostgreSQL answer exactly as it does when its disk is full (SQLSTATE 53100) for a row carrying a marker, which the
 * file puts in its last unit. The import is rolled back whole, the answer says what happened, the document is as it
 * was, and the next import goes through.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@WithUserDetails(value = "admin", setupBefore = TestExecutionEvent.TEST_METHOD)
class DatabaseErrorDuringImportTest {

    private static final ReliabilityReport report = new ReliabilityReport("database-error-during-import");
    private static final String MARKER = "DISK-FULL-" + UUID.randomUUID();

    @LocalServerPort
    int port;
    @Autowired
    TestProjects projects;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeTheTriggers() {
        jdbc.sql("drop trigger if exists reliability_disk_full on segment").update();
        jdbc.sql("drop trigger if exists reliability_disk_full on target_history").update();
        jdbc.sql("drop function if exists reliability_disk_full()").update();
    }

    @AfterAll
    static void writeResults() {
        report.write();
    }

    /** Rows of {@code table} whose {@code column} holds the marker fail as on a full disk; all others pass. */
    private void diskFullFor(String table, String column) {
        jdbc.sql("""
                create or replace function reliability_disk_full() returns trigger language plpgsql as $$
                begin
                  raise exception 'could not extend file "base/16384/16385": No space left on device'
                    using errcode = 'disk_full', hint = 'Check free disk space.';
                end $$""").update();
        jdbc.sql("create trigger reliability_disk_full before insert on " + table + " for each row when (strpos(new."
                + column + ", '" + MARKER + "') > 0) execute function reliability_disk_full()").update();
    }

    @Test
    void a_full_disk_on_the_last_segment_of_a_new_document_leaves_no_document_and_says_why() throws IOException {
        long project = projects.aProject().withTargets("ru").create().id();
        ApiClient manager = ApiClient.bearer(port, users.token(users.create("disk-manager", TestUsers.manager(project))));
        StringBuilder article = new StringBuilder();
        for (int i = 1; i < 2000; i++) {
            article.append("Sentence ").append(i).append(" of a long article.\n\n");
        }
        article.append("The last sentence ").append(MARKER).append(".\n");
        diskFullFor("segment", "source_text");

        Answer refused = manager.upload("/api/projects/" + project + "/documents", "long.txt",
                article.toString().getBytes(StandardCharsets.UTF_8));

        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.json().get("detail").asText()).contains("disk is full", "nothing of it was kept");
        assertThat(count("select count(*) from document where project_id = ?", project)).isZero();
        assertThat(count("select count(*) from segment s join document d on d.id = s.document_id where d.project_id = ?",
                project)).isZero();
        removeTheTriggers();
        Answer retried = manager.upload("/api/projects/" + project + "/documents", "long.txt",
                article.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(retried.status()).isEqualTo(201);
        assertThat(retried.json().get("segmentCount").asInt()).isEqualTo(2000);
        report.addCase("disk full on the last of 2,000 segments of a new article", "503 '" + refused.json().get("detail")
                .asText() + "'; no document; the retry imports all 2,000", 0, 0);
    }

    @Test
    void a_full_disk_on_the_last_unit_of_a_returned_xliff_changes_no_target_and_says_why() throws IOException {
        TestProjects.Created created = projects.aProject().withTargets("ru").withDocument(TestProjects.seedArticle());
        long document = created.document().id();
        ApiClient manager = ApiClient.bearer(port, users.token(users.create("disk-manager",
                TestUsers.manager(created.project().id()))));
        int segments = created.document().segmentCount();
        StringBuilder units = new StringBuilder();
        for (int ordinal = 1; ordinal <= segments; ordinal++) {
            SegmentRow row = projects.segment(document, "ru", ordinal);
            String text = ordinal == segments ? "Последний " + MARKER : "Перевод " + ordinal;
            units.append("<trans-unit id=\"").append(row.segmentId()).append("\"><source>x</source><target state=\"translated\">")
                    .append(text).append("</target></trans-unit>\n");
        }
        byte[] file = ("""
                <?xml version="1.0" encoding="UTF-8"?>
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
                 <file original="a.txt" source-language="en" target-language="ru" datatype="plaintext"><body>
                %s</body></file>
                </xliff>
                """.formatted(units)).getBytes(StandardCharsets.UTF_8);
        String before = targets(document);
        diskFullFor("target_history", "new_text");

        Answer refused = manager.upload("/api/documents/" + document + "/xliff?mode=apply", "returned.xlf", file);

        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.json().get("detail").asText()).contains("disk is full");
        assertThat(targets(document)).as("no target changed").isEqualTo(before);
        removeTheTriggers();
        Answer applied = manager.upload("/api/documents/" + document + "/xliff?mode=apply", "returned.xlf", file);
        assertThat(applied.status()).isEqualTo(200);
        assertThat(applied.json().get("changed").asInt()).isEqualTo(segments);
        report.addCase("disk full on the history row of the last of " + segments + " units of a returned XLIFF",
                "503; no target changed; the retry applies all " + segments, 0, 0);
    }

    @Test
    void a_full_disk_on_the_last_target_of_an_imported_bilingual_file_leaves_no_document() throws IOException {
        long project = projects.aProject().withTargets("ru").create().id();
        ApiClient manager = ApiClient.bearer(port, users.token(users.create("disk-manager", TestUsers.manager(project))));
        StringBuilder units = new StringBuilder();
        for (int i = 1; i <= 3000; i++) {
            units.append("<trans-unit id=\"u").append(i).append("\"><source>Sentence ").append(i)
                    .append(".</source><target state=\"translated\">Предложение ").append(i)
                    .append(i == 3000 ? " " + MARKER : "").append(".</target></trans-unit>\n");
        }
        byte[] file = ("""
                <?xml version="1.0" encoding="UTF-8"?>
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
                 <file original="b.txt" source-language="en" target-language="ru" datatype="plaintext"><body>
                %s</body></file>
                </xliff>
                """.formatted(units)).getBytes(StandardCharsets.UTF_8);
        diskFullFor("target_history", "new_text");

        Answer refused = manager.upload("/api/projects/" + project + "/documents", "bilingual.xlf", file);

        assertThat(refused.status()).isEqualTo(503);
        assertThat(count("select count(*) from document where project_id = ?", project)).isZero();
        report.addCase("disk full on the history of the last of 3,000 targets of a new bilingual XLIFF",
                "503; no document, no segment, no target", 0, 0);
    }

    private long count(String sql, long id) {
        return jdbc.sql(sql).param(id).query(Long.class).single();
    }

    private String targets(long document) {
        List<String> rows = jdbc.sql("select segment_id || '/' || version || '/' || state || '/' || text from target "
                + "where document_id = ? order by segment_id").param(document).query(String.class).list();
        return String.join("\n", rows) + "\nhistory " + count("select count(*) from target_history h join target t "
                + "on t.id = h.target_id where t.document_id = ?", document);
    }
}
