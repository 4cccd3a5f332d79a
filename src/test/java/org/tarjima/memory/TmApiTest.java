package org.tarjima.memory;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.tarjima.security.ProjectRole;
import org.tarjima.security.RunAs;
import org.tarjima.support.SignedIn;
import org.tarjima.support.TestProjects;
import org.tarjima.translation.HistoryEntry;
import org.tarjima.translation.Origin;
import org.tarjima.translation.TargetState;
import org.tarjima.translation.TranslationService;

/** The TM's REST API over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TmApiTest {

    private static final String WINTER = "Rangers count snow leopards in the mountains every winter.";

    @Autowired
    TestRestTemplate anonymous;
    @Autowired
    TmFixture fixture;
    @Autowired
    RunAs runAs;
    @Autowired
    TranslationService translations;

    private final ObjectMapper json = new ObjectMapper();

    private TestRestTemplate admin() {
        return anonymous.withBasicAuth("admin", SignedIn.ADMIN_PASSWORD);
    }

    private JsonNode body(ResponseEntity<String> response) throws Exception {
        return json.readTree(response.getBody());
    }

    @Test
    void matches_and_concordance_answer_with_scores_kinds_both_sides_and_the_changed_words() throws Exception {
        String en = TmFixture.freshSource();
        TestProjects.Created created = runAs.admin(() -> {
            TestProjects.Created c = fixture.document(en, "/memory/protected-areas.txt", "ru");
            fixture.confirm(c, "ru", 3, "Егеря каждую зиму считают снежных барсов в горах.");
            return c;
        });

        JsonNode matches = body(admin().getForEntity("/api/tm/matches?source={s}&sourceLocale={en}&targetLocale=ru&limit=5",
                String.class, "Rangers count snow leopards in the <1>mountains</1> every summer.", en));
        assertThat(matches).hasSize(1);
        JsonNode match = matches.get(0);
        assertThat(match.get("kind").asText()).isEqualTo("FUZZY");
        assertThat(match.get("score").asInt()).isBetween(80, 95);
        assertThat(match.get("source").asText()).isEqualTo(WINTER);
        assertThat(match.get("target").asText()).isEqualTo("Егеря каждую зиму считают снежных барсов в горах.");
        assertThat(match.get("state").asText()).isEqualTo("TRANSLATED");
        assertThat(match.get("document").asText()).isEqualTo("protected-areas.txt");
        assertThat(match.get("project").asText()).isEqualTo(created.project().name());
        assertThat(match.get("updatedBy").asText()).isEqualTo("admin");
        assertThat(match.get("diff").findValues("changed")).extracting(JsonNode::asBoolean).contains(true, false);

        JsonNode exact = body(admin().getForEntity("/api/tm/matches?source={s}&sourceLocale={en}&targetLocale=ru",
                String.class, WINTER, en)).get(0);
        assertThat(exact.get("kind").asText()).isEqualTo("EXACT");
        assertThat(exact.get("score").asInt()).isEqualTo(100);

        JsonNode page = body(admin().getForEntity("/api/tm/concordance?q={q}&sourceLocale={en}&targetLocale=ru&limit=5",
                String.class, "снежных барсов", en));
        assertThat(page.get("hits")).hasSize(1);
        assertThat(page.get("hits").get(0).get("source").asText()).isEqualTo(WINTER);
        assertThat(page.get("more").asBoolean()).isFalse();

        ResponseEntity<String> bad = admin().getForEntity("/api/tm/concordance?q=...&sourceLocale={en}&targetLocale=ru",
                String.class, en);
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void a_user_without_a_role_for_the_target_locale_gets_403_and_only_curators_move_tmx() throws Exception {
        String en = TmFixture.freshSource();
        String kyrgyz = runAs.admin(() -> {
            TestProjects.Created c = fixture.document(en, "/memory/rangers-alone.txt", "ky", "ru");
            return fixture.userWithRole(c.project().id(), "ky", ProjectRole.TRANSLATOR);
        });
        TestRestTemplate user = anonymous.withBasicAuth(kyrgyz, TmFixture.PASSWORD);

        assertThat(user.getForEntity("/api/tm/matches?source=x&sourceLocale={en}&targetLocale=ky", String.class, en)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<String> refused = user.getForEntity("/api/tm/matches?source=x&sourceLocale={en}&targetLocale=ru",
                String.class, en);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(user.getForEntity("/api/tm/concordance?q=snow&sourceLocale={en}&targetLocale=ru", String.class, en)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(user.getForEntity("/api/tm/tmx?sourceLocale={en}&targetLocale=ky", String.class, en).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void tmx_downloads_and_uploads_and_pretranslation_fills_new_targets_from_exact_matches() throws Exception {
        String en = TmFixture.freshSource();
        TestProjects.Created translated = runAs.admin(() -> {
            TestProjects.Created c = fixture.document(en, "/memory/protected-areas.txt", "uz");
            fixture.approved(c, "uz", 3, "Qoʻriqchilar har qishda togʻlardagi qor qoplonlarini sanaydi.");
            fixture.confirm(c, "uz", 4, "Yangi tashrif markazi may oyida ochiladi.");
            return c;
        });

        ResponseEntity<byte[]> download = admin().getForEntity("/api/tm/tmx?sourceLocale={en}&targetLocale=uz&approvedOnly=true",
                byte[].class, en);
        assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(download.getHeaders().getContentDisposition().getFilename()).isEqualTo("tm-" + en + "-uz-approved.tmx");
        String file = new String(download.getBody(), StandardCharsets.UTF_8);
        assertThat(file).contains("Qoʻriqchilar").doesNotContain("tashrif");

        String other = TmFixture.freshSource();
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new ByteArrayResource(download.getBody()) {
            @Override
            public String getFilename() {
                return "tm.tmx";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        JsonNode report = body(admin().postForEntity("/api/tm/tmx?sourceLocale={s}&targetLocale=uz",
                new HttpEntity<>(form, headers), String.class, other));
        assertThat(report.get("imported").asInt()).isEqualTo(1);
        assertThat(report.get("sourceLocale").asText()).isEqualTo(other);

        TestProjects.Created fresh = runAs.admin(() -> fixture.document(en, "/memory/protected-areas.txt", "uz"));
        JsonNode filled = body(admin().postForEntity("/api/documents/{d}/locales/uz/pretranslate?state=TRANSLATED", null,
                String.class, fresh.document().id()));
        assertThat(filled.get("filled").asInt()).isEqualTo(2);
        assertThat(filled.get("fromContext").asInt()).isEqualTo(2);
        assertThat(filled.get("withoutMatch").asInt()).isEqualTo(4);

        runAs.admin(() -> {
            var row = fixture.segment(fresh, "uz", 3);
            assertThat(row.target().plainText()).isEqualTo("Qoʻriqchilar har qishda togʻlardagi qor qoplonlarini sanaydi.");
            assertThat(row.state()).isEqualTo(TargetState.TRANSLATED);
            HistoryEntry entry = translations.history(row.segmentId(), "uz").get(0);
            assertThat(entry.origin()).isEqualTo(Origin.TM);
            assertThat(fixture.segment(fresh, "uz", 1).state()).isEqualTo(TargetState.NEW);
            return null;
        });
    }
}
