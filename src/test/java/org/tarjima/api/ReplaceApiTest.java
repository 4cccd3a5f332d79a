package org.tarjima.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.tarjima.base.text.InlineMarkers;
import org.tarjima.support.SignedIn;
import org.tarjima.support.TestProjects;
import org.tarjima.translation.Origin;
import org.tarjima.translation.SegmentRow;
import org.tarjima.translation.TargetEdit;
import org.tarjima.translation.TranslationService;

/** POST /api/documents/{id}/replace over real HTTP: preview, apply, and a bad expression. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@WithUserDetails(value = "admin", setupBefore = TestExecutionEvent.TEST_METHOD)
class ReplaceApiTest {

    @Autowired
    TestRestTemplate anonymous;
    @Autowired
    TestProjects projects;
    @Autowired
    TranslationService translations;
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void a_preview_changes_nothing_then_the_replacement_applies_with_codes_kept() throws Exception {
        TestProjects.Created created = projects.aProject().withTargets("ru")
                .withDocument(TestProjects.article("/document/press-release.md"));
        long document = created.document().id();
        SegmentRow first = projects.segment(document, "ru", 1);
        translations.confirm(new TargetEdit(first.segmentId(), "ru", InlineMarkers.read("ЮНЕСКО встречается в <1>Алма-Ате</1>"),
                first.version(), Origin.API));
        TestRestTemplate http = anonymous.withBasicAuth("admin", SignedIn.ADMIN_PASSWORD);

        Map<String, Object> request = Map.of("find", "алма-ате", "replace", "Алматы", "preview", true);
        JsonNode preview = json.readTree(http.postForEntity("/api/documents/{d}/replace?locale=ru", request, String.class,
                document).getBody());
        assertThat(preview.get("preview").asBoolean()).isTrue();
        assertThat(preview.get("changes")).hasSize(1);
        assertThat(preview.get("changes").get(0).get("before").asText()).isEqualTo("ЮНЕСКО встречается в <1>Алма-Ате</1>");
        assertThat(preview.get("changes").get(0).get("after").asText()).isEqualTo("ЮНЕСКО встречается в <1>Алматы</1>");
        assertThat(InlineMarkers.write(projects.segment(document, "ru", 1).target())).contains("Алма-Ате");

        JsonNode applied = json.readTree(http.postForEntity("/api/documents/{d}/replace?locale=ru",
                Map.of("find", "алма-ате", "replace", "Алматы"), String.class, document).getBody());
        assertThat(applied.get("preview").asBoolean()).isFalse();
        assertThat(applied.get("changes")).hasSize(1);
        assertThat(applied.get("refused")).isEmpty();
        assertThat(InlineMarkers.write(projects.segment(document, "ru", 1).target())).isEqualTo("ЮНЕСКО встречается в <1>Алматы</1>");

        ResponseEntity<String> bad = http.postForEntity("/api/documents/{d}/replace?locale=ru",
                Map.of("find", "(unclosed", "replace", "x", "regex", true), String.class, document);
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(bad.getBody()).contains("regular expression");
    }
}
