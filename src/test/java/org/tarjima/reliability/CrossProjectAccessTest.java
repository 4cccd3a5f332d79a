package org.tarjima.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import org.tarjima.base.text.InlineText;
import org.tarjima.review.ReviewService;
import org.tarjima.security.RunAs;
import org.tarjima.reliability.ApiClient.Answer;
import org.tarjima.support.TestProjects;
import org.tarjima.support.TestUsers;
import org.tarjima.translation.Origin;
import org.tarjima.translation.SegmentRow;
import org.tarjima.translation.TargetEdit;
import org.tarjima.translation.TranslationService;

/**
 * Someone with every role in project A reaches for project B by id through every call of the API: each answer is
 * 403 or 404 and carries none of B's text, and B is exactly as it was. Within A, a translator of one locale cannot
 * write another.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@WithUserDetails(value = "admin", setupBefore = TestExecutionEvent.TEST_METHOD)
class CrossProjectAccessTest {

    private static final ReliabilityReport report = new ReliabilityReport("cross-project-access");

    @LocalServerPort
    int port;
    @Autowired
    TestProjects projects;
    @Autowired
    TestUsers users;
    @Autowired
    TranslationService translations;
    @Autowired
    ReviewService reviews;
    @Autowired
    RunAs runAs;
    @Autowired
    JdbcClient jdbc;

    @AfterAll
    static void writeResults() {
        report.write();
    }

    @Test
    void every_call_on_another_projects_segment_is_403_or_404_without_its_data_and_changes_nothing() throws IOException {
        String secret = "B-SECRET-" + UUID.randomUUID();
        TestProjects.Created a = projects.aProject().withTargets("ru", "kk").withDocument(TestProjects.seedArticle());
        TestProjects.Created b = projects.aProject().withTargets("ru").withDocument(new TestProjects.Article(
                secret + ".txt", ("Title " + secret + "\n\nThe first sentence of B mentions " + secret + ". Another one.\n")
                .getBytes(StandardCharsets.UTF_8)));
        long docA = a.document().id();
        long docB = b.document().id();
        long projectB = b.project().id();
        SegmentRow segA = projects.segment(docA, "ru", 1);
        SegmentRow segB = projects.segment(docB, "ru", 2);
        String bTranslator = users.create("b-translator", TestUsers.translator(projectB, "ru"));
        runAs.user(bTranslator, () -> translations.confirm(new TargetEdit(segB.segmentId(), "ru",
                InlineText.of("Перевод " + secret), 0, Origin.API)));
        reviews.addComment(segB.segmentId(), "ru", "Comment " + secret);
        long projectA = a.project().id();
        String outsider = users.create("a-everything", TestUsers.manager(projectA), TestUsers.translator(projectA, "ru"),
                TestUsers.reviewer(projectA, "ru"));
        ApiClient api = ApiClient.bearer(port, users.token(outsider));
        String bSnapshot = snapshot(docB);

        String target = "/api/documents/" + docB + "/segments/" + segB.segmentId() + "/targets/ru";
        String mixed = "/api/documents/" + docA + "/segments/" + segB.segmentId() + "/targets/ru";
        Map<String, Answer> answers = new LinkedHashMap<>();
        answers.put("GET project B", api.get("/api/projects/" + projectB));
        answers.put("GET B's segments", api.get("/api/documents/" + docB + "/segments?locale=ru"));
        answers.put("PUT B's target", api.put(target, Map.of("text", "pwned", "version", 1, "state", "TRANSLATED")));
        answers.put("PUT B's segment through A's document", api.put(mixed, Map.of("text", "pwned", "version", 1)));
        answers.put("approve B's target", api.post(target + "/approve", Map.of("version", 1)));
        answers.put("reject B's target", api.post(target + "/reject", Map.of("version", 1, "comment", "no")));
        answers.put("approve B's target through A's document", api.post(mixed + "/approve", Map.of("version", 1)));
        answers.put("GET B's history", api.get(target + "/history"));
        answers.put("GET B's history through A's document", api.get(mixed + "/history"));
        answers.put("GET B's comments", api.get(target + "/comments"));
        answers.put("GET B's comments through A's document", api.get(mixed + "/comments"));
        answers.put("POST a comment on B", api.post(target + "/comments", Map.of("text", "hello")));
        answers.put("GET B's locales", api.get("/api/documents/" + docB + "/locales"));
        answers.put("sign off B", api.post("/api/documents/" + docB + "/locales/ru/sign-off", Map.of()));
        answers.put("withdraw B's sign-off", api.delete("/api/documents/" + docB + "/locales/ru/sign-off"));
        answers.put("export B as XLIFF", api.get("/api/documents/" + docB + "/xliff?locale=ru"));
        answers.put("export project B as a zip", api.get("/api/projects/" + projectB + "/xliff"));
        answers.put("import a returned XLIFF into B", api.upload("/api/documents/" + docB + "/xliff?mode=apply&conflicts=take",
                "b.xlf", returnedFile(segB.segmentId())));
        answers.put("preview a returned XLIFF for B", api.upload("/api/documents/" + docB + "/xliff?mode=preview",
                "b.xlf", returnedFile(segB.segmentId())));
        answers.put("import a document into B", api.upload("/api/projects/" + projectB + "/documents", "new.txt",
                "A new article.".getBytes(StandardCharsets.UTF_8)));
        answers.put("give oneself a role in B", api.put("/api/admin/users/" + outsider + "/roles",
                List.of(Map.of("projectId", projectB, "role", "MANAGER"))));
        answers.put("PUT A's kk target as a translator of ru only", api.put("/api/documents/" + docA + "/segments/"
                + segA.segmentId() + "/targets/kk", Map.of("text", "pwned", "version", 0)));

        SoftAssertions softly = new SoftAssertions();
        for (Map.Entry<String, Answer> call : answers.entrySet()) {
            Answer answer = call.getValue();
            long leaked = answer.body() != null && answer.body().contains(secret) ? 1 : 0;
            softly.assertThat(answer.status()).as(call.getKey() + ": " + answer).isIn(403, 404);
            softly.assertThat(leaked).as(call.getKey() + " leaked B's text: " + answer).isZero();
            report.addCase(call.getKey(), String.valueOf(answer.status()), 0, leaked);
        }
        Answer listed = api.get("/api/projects");
        softly.assertThat(listed.status()).isEqualTo(200);
        softly.assertThat(listed.json().findValuesAsText("id")).doesNotContain(String.valueOf(projectB));
        softly.assertThat(listed.body()).doesNotContain(secret);
        report.addCase("GET the project list", "200 without project B", 0, listed.body().contains(secret) ? 1 : 0);
        softly.assertThat(snapshot(docB)).as("project B is exactly as it was").isEqualTo(bSnapshot);
        softly.assertThat(jdbc.sql("select count(*) from target where document_id = ? and locale = 'kk'").param(docA)
                .query(Long.class).single()).as("A's kk untouched").isZero();
        softly.assertAll();
        report.figure("calls", answers.size() + 1);
    }

    /** Everything of B a stray write could change, as one comparable string. */
    private String snapshot(long document) {
        List<String> rows = new ArrayList<>();
        rows.addAll(jdbc.sql("select segment_id || ':' || locale || ':' || version || ':' || state || ':' || text from target "
                + "where document_id = ? order by segment_id, locale").param(document).query(String.class).list());
        rows.addAll(jdbc.sql("select count(*)::text from target_history h join target t on t.id = h.target_id "
                + "where t.document_id = ?").param(document).query(String.class).list());
        rows.addAll(jdbc.sql("select count(*)::text from target_comment c join segment s on s.id = c.segment_id "
                + "where s.document_id = ?").param(document).query(String.class).list());
        rows.addAll(jdbc.sql("select count(*)::text from locale_sign_off where document_id = ?").param(document)
                .query(String.class).list());
        rows.addAll(jdbc.sql("select count(*)::text from document d where d.project_id = (select project_id from document "
                + "where id = ?)").param(document).query(String.class).list());
        return String.join("\n", rows);
    }

    private static byte[] returnedFile(long segmentId) {
        return ("""
                <?xml version="1.0" encoding="UTF-8"?>
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
                 <file original="b.txt" source-language="en" target-language="ru" datatype="plaintext">
                  <body>
                   <trans-unit id="%d"><source>x</source><target state="translated">pwned</target></trans-unit>
                  </body>
                 </file>
                </xliff>
                """.formatted(segmentId)).getBytes(StandardCharsets.UTF_8);
    }
}
