package org.tarjima.memory;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.tarjima.security.ProjectRole;
import org.tarjima.security.RunAs;
import org.tarjima.support.SignedIn;
import org.tarjima.support.TestProjects;

/** The project's pre-translation setting over REST, the import that uses it, and the TM screen's calls. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PretranslateApiTest {

    @Autowired
    TestRestTemplate anonymous;
    @Autowired
    TmFixture fixture;
    @Autowired
    RunAs runAs;

    private final ObjectMapper json = new ObjectMapper();

    private TestRestTemplate admin() {
        return anonymous.withBasicAuth("admin", SignedIn.ADMIN_PASSWORD);
    }

    private JsonNode body(ResponseEntity<String> response) throws Exception {
        return json.readTree(response.getBody());
    }

    private static ResponseEntity<String> put(TestRestTemplate http, String url, Object body, Object... variables) {
        return http.exchange(url, HttpMethod.PUT, new HttpEntity<>(body), String.class, variables);
    }

    @Test
    void the_setting_is_given_at_creation_changed_by_managers_only_and_an_import_reports_the_filled_targets() throws Exception {
        String en = TmFixture.freshSource();
        runAs.admin(() -> {
            TestProjects.Created earlier = fixture.document(en, "/memory/protected-areas.txt", "ru");
            return fixture.confirm(earlier, "ru", 3, "Егеря каждую зиму считают снежных барсов в горах.");
        });

        ResponseEntity<String> created = admin().postForEntity("/api/projects", Map.of("name", "Api prefill " + UUID.randomUUID(),
                "sourceLocale", en, "targetLocales", List.of("ru"), "pretranslate", "draft"), String.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long id = body(created).get("id").asLong();
        assertThat(body(created).get("pretranslate").asText()).isEqualTo("DRAFT");
        assertThat(body(admin().getForEntity("/api/projects/{id}", String.class, id)).get("pretranslate").asText())
                .isEqualTo("DRAFT");

        String translator = runAs.admin(() -> fixture.userWithRole(id, "ru", ProjectRole.TRANSLATOR));
        ResponseEntity<String> refused = put(anonymous.withBasicAuth(translator, TmFixture.PASSWORD),
                "/api/projects/{id}/pretranslate", Map.of("pretranslate", "OFF"), id);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> bad = put(admin(), "/api/projects/{id}/pretranslate", Map.of("pretranslate", "ALWAYS"), id);
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(bad.getBody()).contains("OFF, DRAFT or TRANSLATED");
        ResponseEntity<String> changed = put(admin(), "/api/projects/{id}/pretranslate", Map.of("pretranslate", "TRANSLATED"), id);
        assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(body(changed).get("pretranslate").asText()).isEqualTo("TRANSLATED");

        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new ByteArrayResource(TestProjects.resource("/memory/protected-areas.txt")) {
            @Override
            public String getFilename() {
                return "protected-areas.txt";
            }
        });
        ResponseEntity<String> imported = admin().postForEntity("/api/projects/{id}/documents", form, String.class, id);
        assertThat(imported.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode document = body(imported);
        assertThat(document.get("pretranslated").get("ru").asInt()).isEqualTo(1);
        assertThat(document.get("locales").get("ru").get("segments").get("TRANSLATED").asInt()).isEqualTo(1);
    }

    @Test
    void pairs_list_counts_and_a_unit_is_deleted_by_an_admin_but_not_by_a_translator() throws Exception {
        String en = TmFixture.freshSource();
        String translator = runAs.admin(() -> {
            TestProjects.Created c = fixture.document(en, "/memory/protected-areas.txt", "ru");
            fixture.confirm(c, "ru", 3, "Егеря каждую зиму считают снежных барсов в горах.");
            return fixture.userWithRole(c.project().id(), "ru", ProjectRole.TRANSLATOR);
        });
        JsonNode pairs = body(admin().getForEntity("/api/tm/pairs", String.class));
        JsonNode pair = null;
        for (JsonNode candidate : pairs) {
            if (candidate.get("sourceLocale").asText().equals(en)) {
                pair = candidate;
            }
        }
        assertThat(pair).isNotNull();
        assertThat(pair.get("targetLocale").asText()).isEqualTo("ru");
        assertThat(pair.get("units").asInt()).isEqualTo(1);
        assertThat(pair.get("approved").asInt()).isZero();

        long unit = body(admin().getForEntity("/api/tm/concordance?q=winter&sourceLocale={en}&targetLocale=ru", String.class, en))
                .get("hits").get(0).get("id").asLong();
        TestRestTemplate asTranslator = anonymous.withBasicAuth(translator, TmFixture.PASSWORD);
        assertThat(asTranslator.exchange("/api/tm/units/{id}", HttpMethod.DELETE, null, String.class, unit).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(admin().exchange("/api/tm/units/{id}", HttpMethod.DELETE, null, String.class, unit).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(admin().exchange("/api/tm/units/{id}", HttpMethod.DELETE, null, String.class, unit).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(body(admin().getForEntity("/api/tm/concordance?q=winter&sourceLocale={en}&targetLocale=ru", String.class, en))
                .get("hits")).isEmpty();
    }

    @Test
    void repetitions_are_set_by_managers_and_a_project_is_deleted_by_them_only() throws Exception {
        ResponseEntity<String> created = admin().postForEntity("/api/projects", Map.of("name", "Api settings " + UUID.randomUUID(),
                "sourceLocale", "en", "targetLocales", List.of("ru")), String.class);
        long id = body(created).get("id").asLong();
        assertThat(body(created).get("repetitions").asText()).isEqualTo("OFFER");
        String translator = runAs.admin(() -> fixture.userWithRole(id, "ru", ProjectRole.TRANSLATOR));
        TestRestTemplate asTranslator = anonymous.withBasicAuth(translator, TmFixture.PASSWORD);

        assertThat(put(asTranslator, "/api/projects/{id}/repetitions", Map.of("repetitions", "APPLY"), id).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(put(admin(), "/api/projects/{id}/repetitions", Map.of("repetitions", "SOMETIMES"), id).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        ResponseEntity<String> changed = put(admin(), "/api/projects/{id}/repetitions", Map.of("repetitions", "apply"), id);
        assertThat(body(changed).get("repetitions").asText()).isEqualTo("APPLY");

        assertThat(asTranslator.exchange("/api/projects/{id}", HttpMethod.DELETE, null, String.class, id).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(admin().exchange("/api/projects/{id}?keepTranslationMemory=false", HttpMethod.DELETE, null, String.class, id)
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(admin().getForEntity("/api/projects/{id}", String.class, id).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(admin().exchange("/api/projects/{id}", HttpMethod.DELETE, null, String.class, id).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

}
