package org.tarjima.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarjima.api.Caller.json;
import static org.tarjima.support.TestUsers.reviewer;
import static org.tarjima.support.TestUsers.translator;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.tarjima.support.TestUsers;

/**
 * The review workflow over real HTTP: a translator of ru and a reviewer of ru (and of nothing else) on a
 * three-segment document in a project with ru and kk.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReviewApiTest {

    private static final List<String> RUSSIAN = List.of("Гармония", "Люди встретились в <1>Алматы</1>.", "Они поговорили.");
    private static final String TARGET = "/api/documents/{d}/segments/{s}/targets/{l}";

    @Autowired
    TestRestTemplate http;
    @Autowired
    TestUsers users;

    private Caller admin;
    private Caller translator;
    private Caller reviewer;
    private String reviewerName;
    private long project;
    private long document;
    private List<Long> segments;

    @BeforeEach
    void aDocumentWithATranslatorAndAReviewer() {
        admin = Caller.bearer(http, users.token("admin"));
        project = json(admin.post("/api/projects", Map.of("name", "Review " + UUID.randomUUID(), "sourceLocale", "en",
                "targetLocales", List.of("ru", "kk")))).get("id").asLong();
        document = json(admin.upload("/api/projects/{id}/documents", "short.md",
                "Harmony\n\nPeople met in **Almaty**. They talked.".getBytes(StandardCharsets.UTF_8), project))
                .get("id").asLong();
        segments = json(admin.get("/api/documents/{d}/segments?locale=ru", document)).findValues("id").stream()
                .map(JsonNode::asLong).toList();
        assertThat(segments).hasSize(RUSSIAN.size());
        String translatorName = users.create("ru-translator", translator(project, "ru"));
        reviewerName = users.create("ru-reviewer", reviewer(project, "ru"));
        translator = Caller.bearer(http, users.token(translatorName));
        reviewer = Caller.bearer(http, users.token(reviewerName));
    }

    private ResponseEntity<String> save(Caller caller, int ordinal, String text, String state, int version) {
        return caller.put(TARGET, Map.of("text", text, "state", state, "version", version), document,
                segments.get(ordinal - 1), "ru");
    }

    private void confirmAll() {
        for (int ordinal = 1; ordinal <= RUSSIAN.size(); ordinal++) {
            assertThat(save(translator, ordinal, RUSSIAN.get(ordinal - 1), "TRANSLATED", 0).getStatusCode())
                    .isEqualTo(HttpStatus.OK);
        }
    }

    private ResponseEntity<String> approve(Caller caller, int ordinal, int version) {
        return caller.post(TARGET + "/approve", Map.of("version", version), document, segments.get(ordinal - 1), "ru");
    }

    private ResponseEntity<String> reject(Caller caller, int ordinal, int version, String comment) {
        Map<String, Object> body = comment == null ? Map.of("version", version) : Map.of("version", version, "comment", comment);
        return caller.post(TARGET + "/reject", body, document, segments.get(ordinal - 1), "ru");
    }

    private JsonNode locale(String locale) {
        JsonNode locales = json(admin.get("/api/documents/{d}/locales", document));
        for (JsonNode status : locales) {
            if (status.get("locale").asText().equals(locale)) {
                return status;
            }
        }
        throw new AssertionError("no locale " + locale + " in " + locales);
    }

    private static void assertProblem(ResponseEntity<String> response, HttpStatus status) {
        assertThat(response.getStatusCode()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).matches(MediaType.APPLICATION_PROBLEM_JSON::isCompatibleWith);
    }

    @Test
    void the_review_queue_lists_the_reviewers_waiting_work_and_nothing_for_a_translator() {
        confirmAll();
        JsonNode queue = json(reviewer.get("/api/me/review-queue"));
        JsonNode item = null;
        for (JsonNode candidate : queue) {
            if (candidate.get("documentId").asLong() == document) {
                item = candidate;
            }
        }
        assertThat(item).as("the document is in " + queue).isNotNull();
        assertThat(item.get("locale").asText()).isEqualTo("ru");
        assertThat(item.get("awaiting").asInt()).isEqualTo(RUSSIAN.size());
        assertThat(json(translator.get("/api/me/review-queue"))).isEmpty();
    }

    @Test
    void a_translator_may_not_approve_or_reject_and_gets_403() {
        confirmAll();

        assertProblem(approve(translator, 1, 1), HttpStatus.FORBIDDEN);
        assertProblem(reject(translator, 1, 1, "Looks wrong"), HttpStatus.FORBIDDEN);
        assertProblem(reject(translator, 1, 1, null), HttpStatus.FORBIDDEN);
        assertProblem(translator.post("/api/documents/{d}/locales/{l}/sign-off", null, document, "ru"), HttpStatus.FORBIDDEN);
        assertThat(json(translator.get("/api/documents/{d}/segments?locale=ru&limit=1", document)).get(0).get("state").asText())
                .isEqualTo("TRANSLATED");
    }

    @Test
    void a_reviewer_of_ru_gets_403_for_kk_and_for_their_own_text() {
        confirmAll();
        admin.put(TARGET, Map.of("text", "Үйлесім", "state", "TRANSLATED", "version", 0), document, segments.get(0), "kk");

        assertProblem(reviewer.post(TARGET + "/approve", Map.of("version", 1), document, segments.get(0), "kk"),
                HttpStatus.FORBIDDEN);
        JsonNode rewritten = json(save(reviewer, 1, "Согласие", "TRANSLATED", 1));
        ResponseEntity<String> own = approve(reviewer, 1, rewritten.get("version").asInt());
        assertProblem(own, HttpStatus.FORBIDDEN);
        assertThat(json(own).get("detail").asText()).contains("wrote this text");
    }

    @Test
    void an_approval_of_a_stale_version_is_409_with_the_current_target() {
        confirmAll();
        save(translator, 2, "Люди встретились в <1>Алма-Ате</1>.", "TRANSLATED", 1);

        ResponseEntity<String> stale = approve(reviewer, 2, 1);

        assertProblem(stale, HttpStatus.CONFLICT);
        JsonNode current = json(stale).get("current");
        assertThat(current.get("version").asInt()).isEqualTo(2);
        assertThat(current.get("text").asText()).isEqualTo("Люди встретились в <1>Алма-Ате</1>.");
        assertThat(current.get("state").asText()).isEqualTo("TRANSLATED");
        assertProblem(reject(reviewer, 2, 1, "Old spelling"), HttpStatus.CONFLICT);
        assertThat(json(approve(reviewer, 2, 2)).get("state").asText()).isEqualTo("APPROVED");
    }

    @Test
    void a_rejection_without_a_comment_and_an_approval_of_an_unconfirmed_target_are_422() {
        save(translator, 1, "Гармо", "DRAFT", 0);
        save(translator, 2, RUSSIAN.get(1), "TRANSLATED", 0);

        assertProblem(approve(reviewer, 1, 1), HttpStatus.UNPROCESSABLE_ENTITY);
        assertProblem(approve(reviewer, 3, 0), HttpStatus.UNPROCESSABLE_ENTITY);
        assertProblem(reject(reviewer, 2, 1, null), HttpStatus.UNPROCESSABLE_ENTITY);
        ResponseEntity<String> blank = reject(reviewer, 2, 1, "  ");
        assertProblem(blank, HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(json(blank).get("detail").asText()).contains("reason");
        assertThat(json(translator.get("/api/documents/{d}/segments?locale=ru&offset=1&limit=1", document)).get(0)
                .get("state").asText()).isEqualTo("TRANSLATED");
    }

    @Test
    void a_missing_or_malformed_version_is_400_and_a_segment_of_another_document_is_404() {
        confirmAll();
        long other = json(admin.upload("/api/projects/{id}/documents", "other.txt",
                "Another text.".getBytes(StandardCharsets.UTF_8), project)).get("id").asLong();

        assertProblem(reviewer.post(TARGET + "/approve", Map.of(), document, segments.get(0), "ru"), HttpStatus.BAD_REQUEST);
        assertProblem(reviewer.post(TARGET + "/approve", "{\"version\": \"one\"}", document, segments.get(0), "ru"),
                HttpStatus.BAD_REQUEST);
        assertProblem(reviewer.post(TARGET + "/approve", Map.of("version", 1), other, segments.get(0), "ru"),
                HttpStatus.NOT_FOUND);
        assertProblem(reviewer.get(TARGET + "/history", other, segments.get(0), "ru"), HttpStatus.NOT_FOUND);
        assertProblem(reviewer.get(TARGET + "/comments", other, segments.get(0), "ru"), HttpStatus.NOT_FOUND);
        assertProblem(reviewer.get("/api/documents/{d}/locales", 999_999_999L), HttpStatus.NOT_FOUND);
        assertThat(json(reviewer.get("/api/documents/{d}/segments?locale=ru&limit=1", document)).get(0).get("state").asText())
                .isEqualTo("TRANSLATED");
    }

    @Test
    void a_sign_off_before_every_segment_is_approved_is_409_with_how_many_are_left() {
        confirmAll();
        approve(reviewer, 1, 1);

        ResponseEntity<String> early = reviewer.post("/api/documents/{d}/locales/{l}/sign-off", null, document, "ru");

        assertProblem(early, HttpStatus.CONFLICT);
        assertThat(json(early).get("notApproved").asInt()).isEqualTo(2);
        assertThat(locale("ru").get("signOff").isNull()).isTrue();
    }

    @Test
    void a_reviewer_approves_rejects_with_a_reason_signs_off_and_an_edit_takes_the_sign_off_away() {
        confirmAll();

        // The reviewer goes through the document: two are fine, the third goes back with a reason.
        JsonNode page = json(reviewer.get("/api/documents/{d}/segments?locale=ru", document));
        assertThat(page.findValuesAsText("state")).containsOnly("TRANSLATED");
        ResponseEntity<String> approved = approve(reviewer, 1, page.get(0).get("version").asInt());
        assertThat(approved.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json(approved).get("state").asText()).isEqualTo("APPROVED");
        assertThat(json(approved).get("version").asInt()).isEqualTo(2);
        assertThat(json(approved).get("updatedBy").asText()).isEqualTo(reviewerName);
        approve(reviewer, 2, 1);
        ResponseEntity<String> rejected = reject(reviewer, 3, 1, "Say who talked");
        assertThat(json(rejected).get("state").asText()).isEqualTo("REJECTED");

        // The translator reads the reason, answers, fixes the text and confirms it again.
        String comments = TARGET + "/comments";
        JsonNode reason = json(translator.get(comments, document, segments.get(2), "ru"));
        assertThat(reason).singleElement().satisfies(c -> {
            assertThat(c.get("text").asText()).isEqualTo("Say who talked");
            assertThat(c.get("rejection").asBoolean()).isTrue();
            assertThat(c.get("author").asText()).isEqualTo(reviewerName);
            assertThat(c.get("createdAt").isNull()).isFalse();
        });
        ResponseEntity<String> answer = translator.post(comments, Map.of("text", "The partners did"), document,
                segments.get(2), "ru");
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(json(answer).get("rejection").asBoolean()).isFalse();
        assertProblem(translator.post(comments, Map.of("text", ""), document, segments.get(2), "ru"), HttpStatus.UNPROCESSABLE_ENTITY);
        assertProblem(admin.post(comments, Map.of("text", "Hallo"), document, segments.get(2), "de"), HttpStatus.BAD_REQUEST);
        assertThat(save(translator, 3, "Партнёры поговорили.", "TRANSLATED", 2).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json(reviewer.get(comments, document, segments.get(2), "ru")).findValuesAsText("text"))
                .containsExactly("Say who talked", "The partners did");

        // Every segment approved: the reviewer signs the locale off.
        approve(reviewer, 3, 3);
        ResponseEntity<String> signed = reviewer.post("/api/documents/{d}/locales/{l}/sign-off", null, document, "ru");
        assertThat(signed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json(signed).get("signedBy").asText()).isEqualTo(reviewerName);
        assertThat(json(signed).get("signedAt").isNull()).isFalse();
        JsonNode ru = locale("ru");
        assertThat(ru.get("signOff").get("signedBy").asText()).isEqualTo(reviewerName);
        assertThat(ru.get("progress").get("segments").get("APPROVED").asInt()).isEqualTo(3);
        assertThat(ru.get("progress").get("words").get("APPROVED").asInt()).isPositive();
        assertThat(locale("kk").get("signOff").isNull()).isTrue();
        assertThat(locale("kk").get("progress").get("segments").get("NEW").asInt()).isEqualTo(3);
        assertThat(json(reviewer.get("/api/documents/{d}/locales", document)).findValuesAsText("locale"))
                .containsExactly("ru");

        // The translator changes an approved text: it needs review again, and the sign-off is gone.
        ResponseEntity<String> edited = save(translator, 2, "Люди встретились в <1>Алма-Ате</1>.", "DRAFT", 2);
        assertThat(json(edited).get("state").asText()).isEqualTo("TRANSLATED");
        assertThat(locale("ru").get("signOff").isNull()).isTrue();
        JsonNode history = json(reviewer.get(TARGET + "/history", document, segments.get(1), "ru"));
        assertThat(history.findValuesAsText("version")).containsExactly("1", "2", "3");
        assertThat(history.findValuesAsText("newState")).containsExactly("TRANSLATED", "APPROVED", "TRANSLATED");
        assertThat(history.findValuesAsText("revokedSignOff")).containsExactly("false", "false", "true");
        JsonNode last = history.get(2);
        assertThat(last.get("oldText").asText()).isEqualTo("Люди встретились в <1>Алматы</1>.");
        assertThat(last.get("newText").asText()).isEqualTo("Люди встретились в <1>Алма-Ате</1>.");
        assertThat(last.get("oldState").asText()).isEqualTo("APPROVED");
        assertThat(last.get("origin").asText()).isEqualTo("API");
        assertThat(last.get("changedAt").isNull()).isFalse();
        assertThat(history.get(0).get("oldText").asText()).isEmpty();
        assertThat(history.get(1).get("changedBy").asText()).isEqualTo(reviewerName);

        // Approved again and signed off, then the reviewer withdraws the sign-off.
        approve(reviewer, 2, 3);
        assertThat(reviewer.post("/api/documents/{d}/locales/{l}/sign-off", null, document, "ru").getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(reviewer.delete("/api/documents/{d}/locales/{l}/sign-off", document, "ru").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(locale("ru").get("signOff").isNull()).isTrue();
        assertProblem(translator.delete("/api/documents/{d}/locales/{l}/sign-off", document, "ru"), HttpStatus.FORBIDDEN);
    }

    @Test
    void the_review_and_account_calls_are_documented() {
        JsonNode paths = json(admin.get("/api/docs")).get("paths");

        assertThat(paths.fieldNames()).toIterable().contains(
                "/api/documents/{documentId}/segments/{segmentId}/targets/{locale}/approve",
                "/api/documents/{documentId}/segments/{segmentId}/targets/{locale}/reject",
                "/api/documents/{documentId}/segments/{segmentId}/targets/{locale}/history",
                "/api/documents/{documentId}/segments/{segmentId}/targets/{locale}/comments",
                "/api/documents/{documentId}/locales", "/api/documents/{documentId}/locales/{locale}/sign-off",
                "/api/admin/users", "/api/admin/users/{username}/roles", "/api/me", "/api/me/tokens",
                "/api/me/tokens/{id}");
    }
}
