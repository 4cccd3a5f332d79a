package org.tarjima.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.tarjima.security.UserService;
import org.tarjima.support.ApiCalls;
import org.tarjima.support.SignedIn;
import org.tarjima.support.TestProjects;
import org.tarjima.support.TestUsers;

/** POST /api/locale/spellcheck, the word lists and the QA report's spelling findings over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SpellingApiTest {

    @Autowired
    TestRestTemplate anonymous;
    @Autowired
    TestUsers users;
    private TestRestTemplate http;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void signIn() {
        http = anonymous.withBasicAuth("admin", SignedIn.ADMIN_PASSWORD);
    }

    @Test
    void the_spellcheck_answers_utf16_offsets_and_suggestions() throws Exception {
        // "𝐀" is two UTF-16 units: the offsets after it count both.
        String text = "𝐀 Все люди рождаются свабодными.";
        JsonNode found = body(http.postForEntity("/api/locale/spellcheck", Map.of("text", text, "locale", "ru"),
                String.class));
        assertThat(found).hasSize(1);
        JsonNode word = found.get(0);
        assertThat(word.get("word").asText()).isEqualTo("свабодными");
        assertThat(text.substring(word.get("start").asInt(), word.get("end").asInt())).isEqualTo("свабодными");
        assertThat(word.get("suggestions").toString()).contains("свободными");

        JsonNode uz = body(http.postForEntity("/api/locale/spellcheck",
                Map.of("text", "Barcha odamlar erkin tugʻiladilr.", "locale", "uz"), String.class));
        assertThat(uz.findValuesAsText("word")).containsExactly("tugʻiladilr");

        assertThat(body(http.getForEntity("/api/locale/spelling?locale=ky", String.class)).get("kind").asText())
                .isEqualTo("LEARNED");
        assertThat(http.postForEntity("/api/locale/spellcheck", Map.of("text", "x"), String.class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void a_translator_adds_a_word_for_the_project_and_the_qa_report_stops_reporting_it() throws Exception {
        long project = body(http.postForEntity("/api/projects", Map.of("name", "Spelling API " + UUID.randomUUID(),
                "sourceLocale", "en", "targetLocales", List.of("ru")), String.class)).get("id").asLong();
        long document = body(http.postForEntity("/api/projects/{id}/documents",
                ApiCalls.upload("press-release.md", TestProjects.resource("/document/press-release.md")), String.class,
                project)).get("id").asLong();
        JsonNode segment = body(http.getForEntity("/api/documents/{d}/segments?locale=ru&offset=3&limit=1",
                String.class, document)).get(0);
        assertThat(http.exchange("/api/documents/{d}/segments/{s}/targets/ru", HttpMethod.PUT,
                new HttpEntity<>(Map.of("text", "Итоги Жасыла.", "state", "TRANSLATED",
                        "version", segment.get("version").asInt())), String.class, document,
                segment.get("id").asLong()).getStatusCode()).isEqualTo(HttpStatus.OK);

        assertThat(spellingFindings(document)).containsExactly("Жасыла");

        String translator = users.create("speller", new UserService.RoleRequest(project, "ru",
                org.tarjima.security.ProjectRole.TRANSLATOR));
        TestRestTemplate asTranslator = anonymous.withBasicAuth(translator, TestUsers.PASSWORD);
        ResponseEntity<String> added = asTranslator.postForEntity("/api/projects/{p}/dictionary",
                Map.of("locale", "ru", "word", "Жасыла"), String.class, project);
        assertThat(added.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(asTranslator.postForEntity("/api/projects/{p}/dictionary",
                Map.of("locale", "ru", "word", "Жасыла"), String.class, project).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(asTranslator.postForEntity("/api/projects/{p}/dictionary",
                Map.of("locale", "ru", "word", "Жасыла", "global", true), String.class, project).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        JsonNode listed = body(asTranslator.getForEntity("/api/projects/{p}/dictionary?locale=ru", String.class, project));
        List<String> projectWords = new java.util.ArrayList<>();
        listed.forEach(w -> {
            if (!w.get("global").asBoolean()) {
                projectWords.add(w.get("word").asText());
            }
        });
        assertThat(projectWords).containsExactly("Жасыла");

        assertThat(spellingFindings(document)).isEmpty();

        assertThat(http.exchange("/api/projects/{p}/dictionary?locale=ru&word=Жасыла", HttpMethod.DELETE, null,
                String.class, project).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(spellingFindings(document)).containsExactly("Жасыла");
    }

    private List<String> spellingFindings(long document) throws Exception {
        JsonNode report = body(http.getForEntity("/api/documents/{d}/qa?locale=ru", String.class, document));
        List<String> words = new java.util.ArrayList<>();
        report.get("findings").forEach(f -> {
            if (f.get("checkId").asText().equals("spelling")) {
                words.add(f.get("arguments").get(0).asText());
            }
        });
        return words;
    }

    private JsonNode body(ResponseEntity<String> response) throws Exception {
        assertThat(response.getStatusCode().is2xxSuccessful()).as(response.getBody()).isTrue();
        return json.readTree(response.getBody());
    }
}
