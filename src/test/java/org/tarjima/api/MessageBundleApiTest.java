package org.tarjima.api;

import static org.tarjima.support.ApiCalls.upload;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.tarjima.support.SignedIn;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MessageBundleApiTest {

    @Autowired
    TestRestTemplate anonymous;
    private TestRestTemplate http;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void signIn() {
        http = anonymous.withBasicAuth("admin", SignedIn.ADMIN_PASSWORD);
    }

    @Test
    void a_script_imports_the_bundles_and_downloads_the_translated_file() throws Exception {
        byte[] en = Files.readAllBytes(Path.of("translations/messages_en.properties"));
        byte[] ru = Files.readAllBytes(Path.of("translations/messages_ru.properties"));
        long project = json.readTree(http.postForEntity("/api/projects", Map.of("name", "Bundles " + UUID.randomUUID(),
                "sourceLocale", "en", "targetLocales", List.of("ru", "kk")), String.class).getBody()).get("id").asLong();
        ResponseEntity<String> imported = http.postForEntity("/api/projects/{id}/documents",
                upload("messages_en.properties", en), String.class, project);
        assertThat(imported.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long document = json.readTree(imported.getBody()).get("id").asLong();

        ResponseEntity<byte[]> untranslated = http.getForEntity("/api/documents/{d}/locales/{l}/file", byte[].class,
                document, "kk");
        assertThat(untranslated.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(untranslated.getBody()).isEqualTo(en);
        assertThat(untranslated.getHeaders().getFirst(MessageBundleController.TRANSLATED_KEYS)).isEqualTo("0");
        assertThat(untranslated.getHeaders().getContentDisposition().getFilename()).isEqualTo("messages_kk.properties");

        ResponseEntity<String> report = http.postForEntity("/api/documents/{d}/locales/{l}/file",
                upload("messages_ru.properties", ru), String.class, document, "ru");
        assertThat(report.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode body = json.readTree(report.getBody());
        assertThat(body.get("state").asText()).isEqualTo("TRANSLATED");
        assertThat(body.get("filled").asInt()).isPositive();
        assertThat(body.get("missingKeys")).isEmpty();

        ResponseEntity<byte[]> translated = http.getForEntity("/api/documents/{d}/locales/{l}/file", byte[].class,
                document, "ru");
        String file = new String(translated.getBody(), StandardCharsets.UTF_8);
        assertThat(file).contains("nav.projects=Проекты\n").doesNotContain("nav.projects=Projects");
        assertThat(translated.getHeaders().getFirst(MessageBundleController.TRANSLATED_KEYS))
                .isEqualTo(body.get("filled").asText());

        ResponseEntity<String> malformed = http.postForEntity("/api/documents/{d}/locales/{l}/file",
                upload("messages_kk.properties", "nav.projects=Жобалар\nnav.projects=Екі рет\n".getBytes(StandardCharsets.UTF_8)),
                String.class, document, "kk");
        assertThat(malformed.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(json.readTree(malformed.getBody()).get("detail").asText()).contains("'nav.projects' is given twice");
        assertThat(http.getForEntity("/api/documents/{d}/locales/{l}/file", byte[].class, document, "kk").getBody())
                .isEqualTo(en);
    }
}
