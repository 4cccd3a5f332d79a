package org.tarjima.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarjima.api.Caller.json;
import static org.tarjima.support.TestUsers.manager;
import static org.tarjima.support.TestUsers.translator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import org.tarjima.support.SignedIn;
import org.tarjima.support.TestProjects;
import org.tarjima.support.TestUsers;

/** The pivot beside the segments, the pivot setting and linked script variants over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@WithUserDetails(value = "admin", setupBefore = TestExecutionEvent.TEST_METHOD)
class PivotAndLinkedApiTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    TestProjects projects;
    @Autowired
    TestUsers users;

    private Caller admin() {
        return Caller.basic(http, "admin", SignedIn.ADMIN_PASSWORD);
    }

    @Test
    void segments_carry_the_pivot_text_and_state_only_when_asked() {
        TestProjects.Created created = projects.aProject().withTargets("ru", "kk").withDocument(TestProjects.seedArticle());
        long document = created.document().id();
        projects.confirmedBy(created, "admin", "ru", "Работая вместе ради будущего в гармонии с природой");
        Caller kkTranslator = Caller.bearer(http, users.token(users.create("kk-translator",
                translator(created.project().id(), "kk"))));

        JsonNode plain = json(kkTranslator.get("/api/documents/{d}/segments?locale=kk&limit=2", document));
        assertThat(plain.get(0).has("pivotText")).as("unchanged without pivot").isFalse();
        assertThat(plain.get(0).has("pivotState")).isFalse();

        ResponseEntity<String> response = kkTranslator.get("/api/documents/{d}/segments?locale=kk&limit=2&pivot=ru", document);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode withPivot = json(response);
        assertThat(withPivot.get(0).get("pivotLocale").asText()).isEqualTo("ru");
        assertThat(withPivot.get(0).get("pivotText").asText()).isEqualTo("Работая вместе ради будущего в гармонии с природой");
        assertThat(withPivot.get(0).get("pivotState").asText()).isEqualTo("TRANSLATED");
        assertThat(withPivot.get(0).get("state").asText()).isEqualTo("NEW");
        assertThat(withPivot.get(1).get("pivotText").isNull()).isTrue();
        assertThat(withPivot.get(1).get("pivotState").asText()).isEqualTo("NEW");

        assertThat(admin().get("/api/documents/{d}/segments?locale=kk&pivot=kk", document).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void a_manager_sets_the_pivot_and_the_links_and_a_translator_may_not() {
        TestProjects.Created created = projects.aProject().withTargets("ru", "uz", "uz-Cyrl").withDocument(TestProjects.seedArticle());
        long project = created.project().id();
        Caller projectManager = Caller.bearer(http, users.token(users.create("manager", manager(project))));
        Caller uzTranslator = Caller.bearer(http, users.token(users.create("uz-translator", translator(project, "uz"))));

        JsonNode pivot = json(uzTranslator.get("/api/projects/{p}/pivot", project));
        assertThat(pivot.get("pivot").asText()).isEqualTo("default");
        assertThat(pivot.get("locale").asText()).isEqualTo("ru");
        assertThat(uzTranslator.put("/api/projects/{p}/pivot", Map.of("pivot", "none"), project).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        JsonNode none = json(projectManager.put("/api/projects/{p}/pivot", Map.of("pivot", "none"), project));
        assertThat(none.get("pivot").asText()).isEqualTo("none");
        assertThat(none.get("locale").isNull()).isTrue();

        List<Map<String, String>> link = List.of(Map.of("locale", "uz-Cyrl", "baseLocale", "uz"));
        assertThat(uzTranslator.put("/api/projects/{p}/linked-locales", link, project).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(projectManager.put("/api/projects/{p}/linked-locales", List.of(Map.of("locale", "uz", "baseLocale", "ru")),
                project).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        ResponseEntity<String> linked = projectManager.put("/api/projects/{p}/linked-locales", link, project);
        assertThat(linked.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json(linked).get(0).get("locale").asText()).isEqualTo("uz-Cyrl");
        assertThat(json(uzTranslator.get("/api/projects/{p}/linked-locales", project)).get(0).get("baseLocale").asText())
                .isEqualTo("uz");
    }

    @Test
    void a_base_confirmed_through_the_api_derives_and_an_edited_derivation_is_taken_with_a_version_check() {
        TestProjects.Created created = projects.aProject().withTargets("uz", "uz-Cyrl").withDocument(TestProjects.seedArticle());
        long project = created.project().id();
        long document = created.document().id();
        admin().put("/api/projects/{p}/linked-locales", List.of(Map.of("locale", "uz-Cyrl", "baseLocale", "uz")), project);
        long segment = projects.segment(document, "uz", 1).segmentId();
        String url = "/api/documents/{d}/segments/{s}/targets/{l}";

        admin().put(url, Map.of("text", "Tabiat", "state", "TRANSLATED", "version", 0), document, segment, "uz");
        assertThat(projects.segment(document, "uz-Cyrl", 1).target().plainText()).isEqualTo("Табиат");
        admin().put(url, Map.of("text", "Табиат ва инсон", "state", "DRAFT", "version", 1), document, segment, "uz-Cyrl");
        admin().put(url, Map.of("text", "Tabiat bilan", "state", "TRANSLATED", "version", 1), document, segment, "uz");
        assertThat(projects.segment(document, "uz-Cyrl", 1).target().plainText()).isEqualTo("Табиат ва инсон");

        JsonNode mark = json(admin().get(url + "/derivation", document, segment, "uz-Cyrl"));
        assertThat(mark.get("baseLocale").asText()).isEqualTo("uz");
        assertThat(mark.get("derivation").asText()).isEqualTo("Табиат билан");

        ResponseEntity<String> stale = admin().post(url + "/derivation?version=1", null, document, segment, "uz-Cyrl");
        assertThat(stale.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        ResponseEntity<String> taken = admin().post(url + "/derivation?version=2", null, document, segment, "uz-Cyrl");
        assertThat(taken.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json(taken).get("text").asText()).isEqualTo("Табиат билан");
        assertThat(json(taken).get("state").asText()).isEqualTo("TRANSLATED");
        assertThat(admin().get(url + "/derivation", document, segment, "uz-Cyrl").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }
}
