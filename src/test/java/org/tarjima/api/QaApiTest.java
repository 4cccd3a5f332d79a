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
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.tarjima.support.SignedIn;
import org.tarjima.support.TestProjects;

/** The QA report and ignoring a warning over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class QaApiTest {

    @Autowired
    TestRestTemplate anonymous;
    private TestRestTemplate http;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void signIn() {
        http = anonymous.withBasicAuth("admin", SignedIn.ADMIN_PASSWORD);
    }

    private JsonNode body(ResponseEntity<String> response) throws Exception {
        return json.readTree(response.getBody());
    }

    private static HttpHeaders jsonHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return headers;
    }

    /** The project of the latest {@link #pressRelease()}. */
    private long project;

    private long pressRelease() throws Exception {
        project = body(http.postForEntity("/api/projects",
                Map.of("name", "QA API " + UUID.randomUUID(), "sourceLocale", "en", "targetLocales", List.of("ru")),
                String.class)).get("id").asLong();
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new ByteArrayResource(TestProjects.resource("/document/press-release.md")) {
            @Override
            public String getFilename() {
                return "press-release.md";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return body(http.postForEntity("/api/projects/{id}/documents", new HttpEntity<>(form, headers), String.class, project))
                .get("id").asLong();
    }

    private long confirm(long document, int ordinal, String text) throws Exception {
        JsonNode segment = body(http.getForEntity("/api/documents/{d}/segments?locale=ru&offset={o}&limit=1", String.class,
                document, ordinal - 1)).get(0);
        ResponseEntity<String> saved = http.exchange("/api/documents/{d}/segments/{s}/targets/ru", HttpMethod.PUT,
                new HttpEntity<>(Map.of("text", text, "state", "TRANSLATED", "version", segment.get("version").asInt()),
                        jsonHeaders()), String.class, document, segment.get("id").asLong());
        assertThat(saved.getStatusCode()).isEqualTo(HttpStatus.OK);
        return segment.get("id").asLong();
    }

    private JsonNode report(long document, String language) throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
        ResponseEntity<String> response = http.exchange("/api/documents/{d}/qa?locale=ru", HttpMethod.GET,
                new HttpEntity<>(headers), String.class, document);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return body(response);
    }

    private ResponseEntity<String> ignore(long document, long segment, String check, String reason) {
        return http.postForEntity("/api/documents/{d}/segments/{s}/targets/ru/qa/{c}/ignore",
                new HttpEntity<>(Map.of("reason", reason), jsonHeaders()), String.class, document, segment, check);
    }

    @Test
    void a_script_reads_the_findings_in_its_language_and_ignores_a_warning_but_not_an_error() throws Exception {
        long document = pressRelease();
        long heading = confirm(document, 4, "Итоги.");
        long participants = confirm(document, 5, "В работе приняли участие более <1>70</1> участников.");

        JsonNode report = report(document, "ru-RU,ru;q=0.9");
        assertThat(report.get("errors").asInt()).isEqualTo(1);
        assertThat(report.get("warnings").asInt()).isEqualTo(2);
        // In document order: the heading (4), then the participants (5), errors first within a segment.
        JsonNode numbers = report.get("findings").get(1);
        assertThat(numbers.get("ordinal").asInt()).isEqualTo(5);
        assertThat(numbers.get("checkId").asText()).isEqualTo("numbers");
        assertThat(numbers.get("severity").asText()).isEqualTo("ERROR");
        assertThat(numbers.get("message").asText()).isEqualTo("Нет числа 60 из оригинала (на этом языке: 60)");
        JsonNode punctuation = report.get("findings").get(0);
        assertThat(punctuation.get("segmentId").asLong()).isEqualTo(heading);
        assertThat(punctuation.get("checkId").asText()).isEqualTo("punctuation");
        assertThat(punctuation.get("start").asInt()).isEqualTo(5);
        assertThat(punctuation.get("end").asInt()).isEqualTo(6);
        assertThat(punctuation.get("ignored").asBoolean()).isFalse();
        assertThat(report(document, "").get("findings").get(0).get("message").asText())
                .isEqualTo("The translation ends with “.”, the source does not");

        ResponseEntity<String> ignored = ignore(document, heading, "punctuation", "Заголовки в этом издании с точкой");
        assertThat(ignored.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(body(ignored).get("ignoredBy").asText()).isEqualTo("admin");
        JsonNode after = report(document, "en").get("findings").get(0);
        assertThat(after.get("ignored").asBoolean()).isTrue();
        assertThat(after.get("ignoredReason").asText()).isEqualTo("Заголовки в этом издании с точкой");

        ResponseEntity<String> refused = ignore(document, participants, "numbers", "Так надо");
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(ignore(document, heading, "punctuation", "").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(ignore(document + 1_000_000, heading, "punctuation", "x").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void a_manager_sets_the_length_limit_and_the_texts_that_may_stay_untranslated() throws Exception {
        long document = pressRelease();
        confirm(document, 4, "Outcomes");
        assertThat(report(document, "en").get("findings").get(0).get("checkId").asText()).isEqualTo("identical");

        ResponseEntity<String> limited = http.exchange("/api/documents/{d}/qa/settings", HttpMethod.PUT,
                new HttpEntity<>(Map.of("lengthLimit", 6), jsonHeaders()), String.class, document);
        assertThat(limited.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(body(limited).get("lengthLimit").asInt()).isEqualTo(6);
        assertThat(http.postForEntity("/api/projects/{p}/qa/identical-allowed",
                new HttpEntity<>(Map.of("text", "Outcomes"), jsonHeaders()), String.class, project).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        JsonNode findings = report(document, "en").get("findings");
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.get("checkId").asText()).isEqualTo("length");
            assertThat(f.get("message").asText()).isEqualTo("8 characters, over the document's limit of 6");
        });
        assertThat(body(http.getForEntity("/api/documents/{d}/qa/settings", String.class, document))
                .get("identicalAllowed").get(0).asText()).isEqualTo("Outcomes");
    }
}
