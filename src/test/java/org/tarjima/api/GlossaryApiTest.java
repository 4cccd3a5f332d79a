package org.tarjima.api;

import static org.tarjima.support.ApiCalls.upload;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.tarjima.security.ProjectRole;
import org.tarjima.security.RunAs;
import org.tarjima.security.UserService;
import org.tarjima.support.SignedIn;

/** The glossary over real HTTP: a script keeps a project's terms, asks for hits and moves the glossary as files. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class GlossaryApiTest {

    @Autowired
    TestRestTemplate anonymous;
    @Autowired
    RunAs runAs;
    @Autowired
    UserService users;
    private TestRestTemplate http;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void signIn() {
        http = anonymous.withBasicAuth("admin", SignedIn.ADMIN_PASSWORD);
    }

    private JsonNode body(ResponseEntity<String> response) throws Exception {
        return json.readTree(response.getBody());
    }

    private long aProject() throws Exception {
        return body(http.postForEntity("/api/projects", Map.of("name", "Glossary API " + UUID.randomUUID(),
                "sourceLocale", "en", "targetLocales", List.of("ru", "kk")), String.class)).get("id").asLong();
    }

    private static Map<String, Object> partner(Integer version, String kazakh) {
        return Map.of("term", "partner", "forms", List.of("partner*"), "notes", "UNESCO's partners",
                "translations", List.of(
                        Map.of("locale", "ru", "term", "партнёр", "forms", List.of("партнёр*")),
                        Map.of("locale", "ru", "term", "компаньон", "forbidden", true),
                        Map.of("locale", "kk", "term", kazakh, "forms", List.of(kazakh + "*"))),
                "version", version == null ? "" : version);
    }

    @Test
    void a_script_keeps_terms_asks_for_hits_and_moves_the_glossary_as_files() throws Exception {
        long project = aProject();
        ResponseEntity<String> created = http.postForEntity("/api/projects/{id}/glossary", partner(null, "серіктес"),
                String.class, project);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long entry = body(created).get("id").asLong();
        assertThat(body(created).get("version").asInt()).isEqualTo(1);
        assertThat(body(created).get("translations")).hasSize(3);

        ResponseEntity<String> hits = http.getForEntity("/api/projects/{id}/glossary/hits?text={text}&targetLocale=kk",
                String.class, project, "UNESCO thanked its partners and a partnership.");
        assertThat(hits.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode hit = body(hits).get(0);
        assertThat(hit.get("sourceTerm").asText()).isEqualTo("partner");
        assertThat(hit.get("start").asInt()).isEqualTo(19);
        assertThat(hit.get("end").asInt()).isEqualTo(27);
        assertThat(hit.get("occurrences")).hasSize(2);
        assertThat(hit.get("translations").get(0).get("term").asText()).isEqualTo("серіктес");

        ResponseEntity<String> updated = http.exchange("/api/projects/{id}/glossary/{e}", HttpMethod.PUT,
                json(partner(1, "әріптес")), String.class, project, entry);
        assertThat(updated.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(body(updated).get("version").asInt()).isEqualTo(2);
        ResponseEntity<String> stale = http.exchange("/api/projects/{id}/glossary/{e}", HttpMethod.PUT,
                json(partner(1, "серіктес")), String.class, project, entry);
        assertThat(stale.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(body(stale).get("currentVersion").asInt()).isEqualTo(2);

        ResponseEntity<byte[]> csv = http.getForEntity("/api/projects/{id}/glossary/export?format=csv", byte[].class, project);
        assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
        assertThat(csv.getHeaders().getContentDisposition().getFilename()).startsWith("glossary-Glossary-API-").endsWith(".csv");
        assertThat(new String(csv.getBody(), StandardCharsets.UTF_8)).contains("әріптес");
        ResponseEntity<byte[]> tbx = http.getForEntity("/api/projects/{id}/glossary/export?format=tbx", byte[].class, project);
        assertThat(new String(tbx.getBody(), StandardCharsets.UTF_8)).contains("<term>әріптес</term>");

        long copy = aProject();
        ResponseEntity<String> imported = http.postForEntity("/api/projects/{id}/glossary/import",
                upload("glossary.tbx", tbx.getBody()), String.class, copy);
        assertThat(imported.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(body(imported).get("created").asInt()).isEqualTo(1);
        JsonNode copied = body(http.getForEntity("/api/projects/{id}/glossary", String.class, copy)).get(0);
        assertThat(copied.get("term").asText()).isEqualTo("partner");
        assertThat(copied.get("translations")).hasSize(3);

        ResponseEntity<String> refused = http.postForEntity("/api/projects/{id}/glossary/import",
                upload("broken.csv", "en,ru\nagency,агентство\n\"country,страна\n".getBytes(StandardCharsets.UTF_8)),
                String.class, copy);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(body(refused).get("line").asInt()).isEqualTo(3);
        assertThat(body(refused).get("detail").asText()).startsWith("Line 3:");
        assertThat(body(http.getForEntity("/api/projects/{id}/glossary", String.class, copy))).hasSize(1);

        assertThat(http.exchange("/api/projects/{id}/glossary/{e}", HttpMethod.DELETE, null, String.class, project, entry)
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(body(http.getForEntity("/api/projects/{id}/glossary", String.class, project))).isEmpty();
    }

    @Test
    void a_translator_reads_hits_but_the_api_refuses_their_edits_and_the_global_glossary_is_for_admins() throws Exception {
        long project = aProject();
        http.postForEntity("/api/projects/{id}/glossary", partner(null, "серіктес"), String.class, project);
        runAs.admin(() -> users.grant("translator", new UserService.RoleRequest(project, "kk", ProjectRole.TRANSLATOR)));
        TestRestTemplate translator = anonymous.withBasicAuth("translator", SignedIn.DEMO_PASSWORD);

        ResponseEntity<String> hits = translator.getForEntity("/api/projects/{id}/glossary/hits?text=partners&targetLocale=kk",
                String.class, project);
        assertThat(hits.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(body(hits)).hasSize(1);
        assertThat(translator.getForEntity("/api/projects/{id}/glossary/hits?text=partners&targetLocale=ru",
                String.class, project).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> create = translator.postForEntity("/api/projects/{id}/glossary",
                Map.of("term", "agency"), String.class, project);
        assertThat(create.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(create.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(translator.postForEntity("/api/glossary", Map.of("term", "agency"), String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(translator.getForEntity("/api/glossary", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(http.postForEntity("/api/projects/{id}/glossary", Map.of("term", "a*b"), String.class, project)
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    private static HttpEntity<Map<String, Object>> json(Map<String, Object> body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}
