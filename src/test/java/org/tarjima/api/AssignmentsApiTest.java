package org.tarjima.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarjima.api.Caller.json;
import static org.tarjima.support.TestUsers.manager;
import static org.tarjima.support.TestUsers.translator;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.tarjima.support.TestUsers;

/**
 * Assignments and <em>My work</em> over real HTTP: a manager of a project with ru and kk, a translator of ru, and a
 * three-segment document of 7 words.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AssignmentsApiTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Autowired
    TestRestTemplate http;
    @Autowired
    TestUsers users;

    private Caller manager;
    private Caller translator;
    private String translatorName;
    private long project;
    private long document;
    private List<Long> segments;

    @BeforeEach
    void aProjectWithAManagerAndATranslator() {
        Caller admin = Caller.bearer(http, users.token("admin"));
        project = json(admin.post("/api/projects", Map.of("name", "Assign " + UUID.randomUUID(), "sourceLocale", "en",
                "targetLocales", List.of("ru", "kk")))).get("id").asLong();
        document = json(admin.upload("/api/projects/{id}/documents", "short.md",
                "Harmony\n\nPeople met in **Almaty**. They talked.".getBytes(StandardCharsets.UTF_8), project))
                .get("id").asLong();
        segments = json(admin.get("/api/documents/{d}/segments?locale=ru", document)).findValues("id").stream()
                .map(JsonNode::asLong).toList();
        manager = Caller.bearer(http, users.token(users.create("manager", manager(project))));
        translatorName = users.create("ru-translator", translator(project, "ru"));
        translator = Caller.bearer(http, users.token(translatorName));
    }

    private ResponseEntity<String> assign(Caller caller, Map<String, Object> fields) {
        Map<String, Object> body = new HashMap<>(Map.of("locale", "ru", "step", "TRANSLATE", "username", translatorName));
        body.putAll(fields);
        return caller.post("/api/assignments", body);
    }

    @Test
    void a_manager_assigns_a_document_locale_and_the_translator_sees_it_with_progress() {
        ResponseEntity<String> created = assign(manager, Map.of("documentId", document, "due", TODAY.plusDays(3).toString()));
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(json(created).get("projectId").asLong()).isEqualTo(project);
        assertThat(json(created).get("grantedRole").isNull()).isTrue();

        translator.put("/api/documents/{d}/segments/{s}/targets/{l}",
                Map.of("text", "Гармония", "state", "TRANSLATED", "version", 0), document, segments.get(0), "ru");

        JsonNode mine = json(translator.get("/api/me/assignments"));
        assertThat(mine).hasSize(1);
        JsonNode only = mine.get(0);
        assertThat(only.get("documentId").asLong()).isEqualTo(document);
        assertThat(only.get("step").asText()).isEqualTo("TRANSLATE");
        assertThat(only.get("due").asText()).isEqualTo(TODAY.plusDays(3).toString());
        assertThat(only.get("overdue").asBoolean()).isFalse();
        assertThat(only.get("wordsDone").asInt()).isEqualTo(1);
        assertThat(only.get("wordsTotal").asInt()).isEqualTo(7);
    }

    @Test
    void my_work_lists_overdue_assignments_first_and_marks_them() {
        assign(manager, Map.of("documentId", document, "due", TODAY.plusDays(10).toString()));
        assign(manager, Map.of("projectId", project, "due", TODAY.minusDays(2).toString()));
        assign(manager, Map.of("documentId", document, "step", "TRANSLATE", "locale", "kk", "grantRole", true));

        JsonNode mine = json(translator.get("/api/me/assignments"));

        assertThat(mine).hasSize(3);
        assertThat(mine.get(0).get("documentId").isNull()).isTrue();
        assertThat(mine.get(0).get("overdue").asBoolean()).isTrue();
        assertThat(mine.get(0).get("wordsTotal").asInt()).isEqualTo(7);
        assertThat(mine.get(1).get("due").asText()).isEqualTo(TODAY.plusDays(10).toString());
        assertThat(mine.get(1).get("overdue").asBoolean()).isFalse();
        assertThat(mine.get(2).get("due").isNull()).isTrue();
    }

    @Test
    void a_manager_moves_the_due_date_and_takes_the_assignment_back() {
        long id = json(assign(manager, Map.of("documentId", document, "due", TODAY.minusDays(1).toString())))
                .get("id").asLong();

        ResponseEntity<String> moved = manager.patch("/api/assignments/{id}", Map.of("due", TODAY.plusDays(5).toString()), id);
        assertThat(moved.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json(moved).get("due").asText()).isEqualTo(TODAY.plusDays(5).toString());
        assertThat(json(moved).get("overdue").asBoolean()).isFalse();

        assertThat(manager.delete("/api/assignments/{id}", id).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(json(translator.get("/api/me/assignments"))).isEmpty();
        assertThat(manager.delete("/api/assignments/{id}", id).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void only_a_manager_of_the_project_assigns_changes_and_deletes() {
        assertThat(assign(translator, Map.of("documentId", document)).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        long id = json(assign(manager, Map.of("documentId", document))).get("id").asLong();

        assertThat(translator.patch("/api/assignments/{id}", Map.of("due", TODAY.toString()), id).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(translator.delete("/api/assignments/{id}", id).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(json(translator.get("/api/me/assignments"))).hasSize(1);
    }

    @Test
    void a_manager_of_another_project_may_neither_assign_here_nor_list_its_assignments() {
        Caller admin = Caller.bearer(http, users.token("admin"));
        long other = json(admin.post("/api/projects", Map.of("name", "Other " + UUID.randomUUID(), "sourceLocale", "en",
                "targetLocales", List.of("ru")))).get("id").asLong();
        Caller outsider = Caller.bearer(http, users.token(users.create("other-manager", manager(other))));

        assertThat(assign(outsider, Map.of("documentId", document)).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(assign(outsider, Map.of("projectId", project)).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(outsider.get("/api/projects/{id}/assignments", project).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(json(manager.get("/api/projects/{id}/assignments", project))).isEmpty();
    }

    @Test
    void an_assignee_without_the_role_is_refused_unless_the_manager_grants_it() {
        assertThat(assign(manager, Map.of("documentId", document, "locale", "kk")).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(assign(manager, Map.of("documentId", document, "step", "REVIEW")).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(translator.get("/api/documents/{d}/segments?locale=kk", document).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        ResponseEntity<String> granted = assign(manager, Map.of("documentId", document, "locale", "kk", "grantRole", true));

        assertThat(granted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(json(granted).get("grantedRole").asText()).isEqualTo("TRANSLATOR");
        assertThat(translator.get("/api/documents/{d}/segments?locale=kk", document).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void bad_input_is_a_400() {
        assertThat(assign(manager, Map.of("documentId", document, "step", "PROOFREAD")).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(assign(manager, Map.of("documentId", document, "locale", "tg")).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(assign(manager, Map.of("documentId", document, "username", "nobody-" + UUID.randomUUID()))
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(assign(manager, Map.of("documentId", document, "due", "tomorrow")).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(assign(manager, Map.of("locale", "ru")).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assign(manager, Map.of("documentId", document));
        assertThat(assign(manager, Map.of("documentId", document)).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }
}
