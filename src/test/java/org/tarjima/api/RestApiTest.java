package org.tarjima.api;

import static org.tarjima.support.ApiCalls.upload;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
import org.tarjima.support.TestProjects;

/** The REST API over real HTTP, against the running application and PostgreSQL. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RestApiTest {

    @Autowired
    TestRestTemplate anonymous;
    private TestRestTemplate http;

    @org.junit.jupiter.api.BeforeEach
    void signIn() {
        http = anonymous.withBasicAuth("admin", org.tarjima.support.SignedIn.ADMIN_PASSWORD);
    }
    private final ObjectMapper json = new ObjectMapper();

    private JsonNode body(ResponseEntity<String> response) throws Exception {
        return json.readTree(response.getBody());
    }

    private ResponseEntity<String> putTarget(long document, long segment, String locale, String text, String state, int version) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange("/api/documents/{d}/segments/{s}/targets/{l}", HttpMethod.PUT,
                new HttpEntity<>(Map.of("text", text, "state", state, "version", version), headers), String.class,
                document, segment, locale);
    }

    @Test
    void a_script_creates_a_project_imports_an_article_translates_and_round_trips_xliff() throws Exception {
        ResponseEntity<String> created = http.postForEntity("/api/projects",
                Map.of("name", "API " + UUID.randomUUID(), "sourceLocale", "en", "targetLocales", List.of("ru", "uz-cyrl")),
                String.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long project = body(created).get("id").asLong();
        assertThat(body(created).get("targetLocales")).extracting(JsonNode::asText).containsExactly("ru", "uz-Cyrl");

        ResponseEntity<String> imported = http.postForEntity("/api/projects/{id}/documents",
                upload("press-release.md", TestProjects.resource("/document/press-release.md")), String.class, project);
        assertThat(imported.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long document = body(imported).get("id").asLong();
        assertThat(body(imported).get("segmentCount").asInt()).isEqualTo(7);

        JsonNode segments = body(http.getForEntity("/api/documents/{d}/segments?locale=ru&offset=0&limit=3", String.class, document));
        assertThat(segments).hasSize(3);
        assertThat(segments.get(0).get("source").asText()).isEqualTo("UNESCO and partners meet in <1>Almaty</1>");
        assertThat(segments.get(0).get("version").asInt()).isZero();
        long heading = segments.get(0).get("id").asLong();

        ResponseEntity<String> saved = putTarget(document, heading, "ru", "ЮНЕСКО и партнёры встречаются в <1>Алматы</1>", "TRANSLATED", 0);
        assertThat(saved.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(body(saved).get("version").asInt()).isEqualTo(1);
        assertThat(body(saved).get("state").asText()).isEqualTo("TRANSLATED");

        ResponseEntity<String> stale = putTarget(document, heading, "ru", "Другой текст <1>Алматы</1>", "DRAFT", 0);
        assertThat(stale.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(stale.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(body(stale).get("current").get("text").asText()).isEqualTo("ЮНЕСКО и партнёры встречаются в <1>Алматы</1>");
        assertThat(body(stale).get("current").get("version").asInt()).isEqualTo(1);

        ResponseEntity<String> lostCodes = putTarget(document, heading, "ru", "ЮНЕСКО в Алматы", "DRAFT", 1);
        assertThat(lostCodes.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(body(lostCodes).get("detail").asText()).contains("<1></1>");

        ResponseEntity<byte[]> xliff = http.getForEntity("/api/documents/{d}/xliff?locale=ru&version=1.2", byte[].class, document);
        assertThat(xliff.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(xliff.getHeaders().getContentDisposition().getFilename()).isEqualTo("press-release.ru.xlf");
        String file = new String(xliff.getBody(), StandardCharsets.UTF_8).replace("Алматы</ept></target>", "Алмате</ept></target>")
                .replace("Алматы<ept", "Алмате<ept");

        ResponseEntity<String> preview = http.postForEntity("/api/documents/{d}/xliff?mode=preview",
                upload("press-release.ru.xlf", file.getBytes(StandardCharsets.UTF_8)), String.class, document);
        assertThat(preview.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(body(preview).get("changed").asInt()).isEqualTo(1);
        assertThat(body(preview).get("applied").asBoolean()).isFalse();

        ResponseEntity<String> applied = http.postForEntity("/api/documents/{d}/xliff?mode=apply",
                upload("press-release.ru.xlf", file.getBytes(StandardCharsets.UTF_8)), String.class, document);
        assertThat(body(applied).get("applied").asBoolean()).isTrue();
        JsonNode after = body(http.getForEntity("/api/documents/{d}/segments?locale=ru&limit=1", String.class, document));
        assertThat(after.get(0).get("target").asText()).isEqualTo("ЮНЕСКО и партнёры встречаются в <1>Алмате</1>");
        // Search: the source or the target contains the text, case-insensitive in any script.
        JsonNode found = body(http.getForEntity("/api/documents/{d}/segments?locale=ru&q={q}", String.class, document, "алмате"));
        assertThat(found).hasSize(1);
        assertThat(found.get(0).get("id").asLong()).isEqualTo(heading);
        JsonNode almaty = body(http.getForEntity("/api/documents/{d}/segments?locale=ru&q=ALMATY&limit=100", String.class, document));
        assertThat(almaty.size()).isGreaterThanOrEqualTo(1);
        almaty.forEach(segment -> assertThat(segment.get("source").asText() + segment.path("target").asText())
                .containsIgnoringCase("almaty"));

        ResponseEntity<byte[]> xliff21 = http.getForEntity("/api/documents/{d}/xliff?locale=ru&version=2.1", byte[].class, document);
        assertThat(new String(xliff21.getBody(), StandardCharsets.UTF_8)).contains("version=\"2.1\"", "trgLang=\"ru\"");

        ResponseEntity<byte[]> zip = http.getForEntity("/api/projects/{id}/xliff?locales=ru,uz-Cyrl&states=NEW,TRANSLATED",
                byte[].class, project);
        assertThat(zip.getHeaders().getContentType().toString()).isEqualTo("application/zip");
        List<String> entries = new java.util.ArrayList<>();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip.getBody()))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.add(entry.getName());
            }
        }
        assertThat(entries).containsExactly("ru/press-release.ru.xlf", "uz-Cyrl/press-release.uz-Cyrl.xlf", "analysis.html",
                "analysis.csv");

        JsonNode detail = body(http.getForEntity("/api/projects/{id}", String.class, project));
        assertThat(detail.get("documents").get(0).get("locales").get("ru").get("segments").get("TRANSLATED").asInt()).isEqualTo(1);
    }

    @Test
    void refusals_are_problem_details_with_a_reason() throws Exception {
        ResponseEntity<String> missing = http.getForEntity("/api/projects/999999999", String.class);
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(missing.getHeaders().getContentType().toString()).startsWith("application/problem+json");

        ResponseEntity<String> badLocale = http.postForEntity("/api/projects",
                Map.of("name", "Bad " + UUID.randomUUID(), "sourceLocale", "en", "targetLocales", List.of("not a tag!")), String.class);
        assertThat(badLocale.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(body(badLocale).get("detail").asText()).contains("not a tag!");

        long project = body(http.postForEntity("/api/projects",
                Map.of("name", "Refusals " + UUID.randomUUID(), "sourceLocale", "en", "targetLocales", List.of("kk")), String.class))
                .get("id").asLong();
        ResponseEntity<String> notAnArticle = http.postForEntity("/api/projects/{id}/documents",
                upload("empty.txt", new byte[0]), String.class, project);
        assertThat(notAnArticle.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);

        long document = body(http.postForEntity("/api/projects/{id}/documents",
                upload("a.txt", "Title\n\nOne sentence. Another one.".getBytes(StandardCharsets.UTF_8)), String.class, project))
                .get("id").asLong();
        ResponseEntity<String> notXml = http.postForEntity("/api/documents/{d}/xliff?mode=apply",
                upload("x.xlf", TestProjects.resource("/interchange/invalid-symfony-not-well-formed.xlf")), String.class, document);
        assertThat(notXml.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(body(notXml).get("detail").asText()).contains("not well-formed");
    }

    @Test
    void text_is_converted_between_scripts() throws Exception {
        ResponseEntity<String> cyrillic = http.postForEntity("/api/locale/transliterate",
                Map.of("text", "Oʻzbekiston Respublikasi", "from", "uz-Latn", "to", "uz-Cyrl"), String.class);
        assertThat(body(cyrillic).get("text").asText()).isEqualTo("Ўзбекистон Республикаси");
        ResponseEntity<String> kazakh = http.postForEntity("/api/locale/transliterate",
                Map.of("text", "Қазақстан", "from", "kk", "to", "kk-Latn"), String.class);
        assertThat(body(kazakh).get("text").asText()).isEqualTo("Qazaqstan");
        ResponseEntity<String> unsupported = http.postForEntity("/api/locale/transliterate",
                Map.of("text", "x", "from", "ru", "to", "ru-Latn"), String.class);
        assertThat(unsupported.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void dates_and_numbers_are_offered_in_the_target_locale() throws Exception {
        JsonNode found = body(http.postForEntity("/api/locale/localize", Map.of("text",
                "On 26 November 2020, more than 60 of 1,500 members met.", "sourceLocale", "en", "targetLocale", "kk"), String.class));
        // 60 reads the same in Kazakh, so it is not offered; 1,500 gets Kazakh grouping.
        assertThat(found).hasSize(2);
        assertThat(found.get(0).get("kind").asText()).isEqualTo("DATE");
        assertThat(found.get(0).get("value").asText()).isEqualTo("2020-11-26");
        assertThat(found.get(0).get("rendering").asText()).isEqualTo("2020\u202Fж. 26 қараша");
        assertThat(found.get(1).get("source").asText()).isEqualTo("1,500");
        assertThat(found.get(1).get("rendering").asText()).isEqualTo("1" + com.ibm.icu.text.DecimalFormatSymbols
                .getInstance(com.ibm.icu.util.ULocale.forLanguageTag("kk")).getGroupingSeparator() + "500");
    }

    @Test
    void the_api_is_documented_with_openapi() throws Exception {
        JsonNode docs = body(http.getForEntity("/api/docs", String.class));
        assertThat(docs.get("openapi").asText()).startsWith("3.");
        assertThat(docs.get("paths").fieldNames()).toIterable().contains("/api/projects", "/api/projects/{id}/documents",
                "/api/documents/{documentId}/segments", "/api/documents/{documentId}/segments/{segmentId}/targets/{locale}",
                "/api/documents/{documentId}/xliff", "/api/documents/{documentId}/replace");
    }
}
