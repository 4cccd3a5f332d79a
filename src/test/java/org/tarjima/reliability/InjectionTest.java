package org.tarjima.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
import org.tarjima.base.text.InlineMarkers;
import org.tarjima.base.text.InlineText;
import org.tarjima.reliability.ApiClient.Answer;
import org.tarjima.support.TestProjects;
import org.tarjima.support.TestUsers;
import org.tarjima.translation.Origin;
import org.tarjima.translation.SegmentRow;
import org.tarjima.translation.TargetEdit;
import org.tarjima.translation.TranslationService;

/**
 * SQL injection strings in every parameter and field of the API that reaches a query (filters, locales, paging,
 * names, comments, user names), and text no database or XML file can hold. No answer is a 500, none is slowed by an
 * injected pg_sleep, none carries another project's data; text fields store the string literally; every table is
 * still there with the rows it had.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@WithUserDetails(value = "admin", setupBefore = TestExecutionEvent.TEST_METHOD)
class InjectionTest {

    static final List<String> PAYLOADS = List.of(
            "' OR '1'='1",
            "'; DROP TABLE target; --",
            "ru' UNION SELECT id, ordinal, source, word_count, notes, source, 'NEW', 0 FROM segment --",
            "1 OR 1=1",
            "ru'; SELECT pg_sleep(3); --",
            "ru' || pg_sleep(3) || '",
            "$$; DROP TABLE project; $$",
            "\\'; DROP TABLE app_user; --",
            "%' OR 1=1 --",
            "ru') OR ('1'='1",
            "ru/**/OR/**/1=1",
            "ALL; DROP TABLE segment",
            "ru\u0000' OR 1=1 --");

    private static final ReliabilityReport report = new ReliabilityReport("injection");

    @LocalServerPort
    int port;
    @Autowired
    TestProjects projects;
    @Autowired
    TestUsers users;
    @Autowired
    TranslationService translations;
    @Autowired
    JdbcClient jdbc;

    @AfterAll
    static void writeResults() {
        report.figure("payloads", PAYLOADS);
        report.write();
    }

    @Test
    void injection_strings_in_every_field_find_nothing_break_nothing_and_are_stored_literally() throws IOException {
        String secret = "OTHER-PROJECT-" + UUID.randomUUID();
        TestProjects.Created mine = projects.aProject().withTargets("ru").withDocument(TestProjects.seedArticle());
        TestProjects.Created other = projects.aProject().withTargets("ru").withDocument(new TestProjects.Article(
                "other.txt", ("Other " + secret + ".\n").getBytes(StandardCharsets.UTF_8)));
        SegmentRow otherRow = projects.segment(other.document().id(), "ru", 1);
        translations.saveDraft(new TargetEdit(otherRow.segmentId(), "ru", InlineText.of("Чужой " + secret), 0, Origin.API));
        long document = mine.document().id();
        long project = mine.project().id();
        SegmentRow row = projects.segment(document, "ru", 2);
        String translator = users.create("inject-translator", TestUsers.translator(project, "ru"),
                TestUsers.manager(project));
        ApiClient api = ApiClient.bearer(port, users.token(translator));
        ApiClient admin = ApiClient.bearer(port, users.token("admin"));
        Map<String, Long> before = tableCounts();

        SoftAssertions softly = new SoftAssertions();
        int calls = 0;
        for (String payload : PAYLOADS) {
            String q = query(payload);
            String p = path(payload);
            String target = "/api/documents/" + document + "/segments/" + row.segmentId() + "/targets/";
            Map<String, Answer> answers = new LinkedHashMap<>();
            answers.put("segments?locale=", api.get("/api/documents/" + document + "/segments?locale=" + q));
            answers.put("segments?locale= (administrator)", admin.get("/api/documents/" + document + "/segments?locale=" + q));
            answers.put("segments?q=", api.get("/api/documents/" + document + "/segments?locale=ru&q=" + q));
            answers.put("segments?filter=", api.get("/api/documents/" + document + "/segments?locale=ru&filter=" + q));
            answers.put("segments?offset=&limit=", api.get("/api/documents/" + document + "/segments?locale=ru&offset="
                    + q + "&limit=" + q));
            answers.put("PUT …/targets/{locale}", api.put(target + p, Map.of("text", "x", "version", 0)));
            answers.put("GET …/targets/{locale}/history", api.get(target + p + "/history"));
            answers.put("GET …/targets/{locale}/comments", api.get(target + p + "/comments"));
            answers.put("GET /api/documents/{id}/xliff?locale=&states=", api.get("/api/documents/" + document + "/xliff?locale="
                    + q + "&version=" + q + "&states=" + q));
            answers.put("GET /api/projects/{id}/xliff?locales=", api.get("/api/projects/" + project + "/xliff?locales=" + q
                    + "&documents=" + q));
            answers.put("GET /api/admin/users/{name}", admin.get("/api/admin/users/" + p));
            answers.put("POST /api/locale/localize", api.post("/api/locale/localize", Map.of("text", payload,
                    "sourceLocale", payload, "targetLocale", payload)));
            answers.put("POST /api/locale/transliterate", api.post("/api/locale/transliterate", Map.of("text", payload,
                    "from", payload, "to", payload)));
            answers.put("POST /api/projects (locales)", admin.post("/api/projects", Map.of("name", "P " + UUID.randomUUID(),
                    "sourceLocale", payload, "targetLocales", List.of(payload))));
            answers.put("GET /api/tm/concordance?q=", api.get("/api/tm/concordance?q=" + q + "&sourceLocale=en&targetLocale=ru"));
            answers.put("GET /api/tm/concordance?locales=&side=", api.get("/api/tm/concordance?q=" + q + "&sourceLocale=" + q
                    + "&targetLocale=" + q + "&side=" + q));
            answers.put("GET /api/tm/matches?source=", api.get("/api/tm/matches?source=" + q + "&sourceLocale=en&targetLocale=ru"));
            answers.put("GET /api/tm/matches?targetLocale=&limit=", api.get("/api/tm/matches?source=Harmony&sourceLocale=" + q
                    + "&targetLocale=" + q + "&limit=" + q));
            answers.put("GET /api/documents/{id}/qa?locale=", api.get("/api/documents/" + document + "/qa?locale=" + q));
            answers.put("GET /api/projects/{id}/glossary/hits?text=", api.get("/api/projects/" + project
                    + "/glossary/hits?text=" + q + "&targetLocale=ru"));
            answers.put("GET /api/projects/{id}/glossary/hits?targetLocale=", api.get("/api/projects/" + project
                    + "/glossary/hits?text=Harmony&targetLocale=" + q + "&sourceLocale=" + q));
            for (Map.Entry<String, Answer> call : answers.entrySet()) {
                calls++;
                check(softly, call.getKey(), payload, call.getValue(), secret);
            }

            // Fields that are text: stored exactly as sent, or (a NUL) refused with a reason.
            String name = payload + " " + UUID.randomUUID();
            Answer created = admin.post("/api/projects", Map.of("name", name, "sourceLocale", "en", "targetLocales", List.of("ru")));
            Answer comment = api.post(target + "ru/comments", Map.of("text", payload));
            Answer token = api.post("/api/me/tokens", Map.of("name", payload));
            Answer saved = api.put(target + "ru", Map.of("text", payload, "version",
                    projects.segment(document, "ru", 2).version()));
            calls += 4;
            for (Answer answer : List.of(created, comment, token, saved)) {
                check(softly, "text field", payload, answer, secret);
            }
            if (payload.indexOf('\u0000') < 0) {
                softly.assertThat(created.json().path("name").asText()).isEqualTo(name);
                softly.assertThat(comment.json().path("text").asText()).isEqualTo(payload);
                softly.assertThat(token.json().path("name").asText()).isEqualTo(payload);
                // The API's markers treat a backslash as an escape (\< is a literal <): what is stored is what they say.
                softly.assertThat(saved.json().path("text").asText())
                        .isEqualTo(InlineMarkers.write(InlineMarkers.read(payload)));
            } else {
                for (Answer answer : List.of(created, comment, token, saved)) {
                    softly.assertThat(answer.status()).as("a NUL is refused with a reason: " + answer).isEqualTo(422);
                }
            }
        }
        Map<String, Long> after = tableCounts();
        softly.assertThat(after.keySet()).as("every table is still there").isEqualTo(before.keySet());
        softly.assertThat(after.get("segment")).as("no segment appeared or vanished").isEqualTo(before.get("segment"));
        softly.assertThat(after.get("app_user")).isEqualTo(before.get("app_user"));
        softly.assertThat(translations.target(otherRow.segmentId(), "ru").content().plainText()).isEqualTo("Чужой " + secret);
        softly.assertAll();
        report.figure("calls", calls);
    }

    private static void check(SoftAssertions softly, String call, String payload, Answer answer, String secret) {
        String what = call + " with " + payload.replace("\u0000", "\\0") + ": " + answer;
        softly.assertThat(answer.status()).as(what).isLessThan(500).isNotEqualTo(302);
        softly.assertThat(answer.millis()).as("no injected pg_sleep ran: " + what).isLessThan(2_500);
        long leaked = answer.body() != null && answer.body().contains(secret) ? 1 : 0;
        softly.assertThat(leaked).as(what).isZero();
        report.addCase(call + " ← " + payload.replace("\u0000", "\\0"), String.valueOf(answer.status()), 0, leaked);
    }

    /** Row counts of every table of the schema (a dropped table would be missing). */
    private Map<String, Long> tableCounts() {
        Map<String, Long> counts = new java.util.TreeMap<>();
        for (String table : jdbc.sql("select tablename from pg_tables where schemaname = 'public'").query(String.class).list()) {
            counts.put(table, jdbc.sql("select count(*) from \"" + table + "\"").query(Long.class).single());
        }
        return counts;
    }

    private static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String path(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

}
