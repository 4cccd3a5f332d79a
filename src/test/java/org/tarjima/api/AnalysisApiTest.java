package org.tarjima.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarjima.api.Caller.json;
import static org.tarjima.support.TestUsers.manager;
import static org.tarjima.support.TestUsers.translator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import org.tarjima.analysis.AnalysisFixture;
import org.tarjima.support.SignedIn;
import org.tarjima.support.TestUsers;

/** The analysis and rate card endpoints over real HTTP, with who sees costs. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@WithUserDetails(value = "admin", setupBefore = TestExecutionEvent.TEST_METHOD)
class AnalysisApiTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    AnalysisFixture fixture;
    @Autowired
    TestUsers users;

    private Caller admin() {
        return Caller.basic(http, "admin", SignedIn.ADMIN_PASSWORD);
    }

    private static Map<String, Object> card(String price, String currency, int exact) {
        Map<String, Integer> percent = new LinkedHashMap<>();
        percent.put("101", 0);
        percent.put("100", exact);
        percent.put("95-99", 50);
        percent.put("85-94", 60);
        percent.put("75-84", 100);
        percent.put("50-74", 100);
        percent.put("none", 100);
        Map<String, Object> card = new LinkedHashMap<>();
        card.put("pricePerWord", new java.math.BigDecimal(price));
        card.put("currency", currency);
        card.put("percent", percent);
        card.put("repetitions", 25);
        return card;
    }

    @Test
    void a_document_and_a_project_analysis_come_as_a_list_per_locale_with_the_cost_for_a_manager_only() {
        AnalysisFixture.Built built = fixture.build();
        long project = built.projectId();
        Caller projectManager = Caller.bearer(http, users.token(users.create("an-manager", manager(project))));
        Caller ruTranslator = Caller.bearer(http, users.token(users.create("an-translator", translator(project, "ru"))));

        JsonNode card = json(projectManager.put("/api/projects/{p}/rate-card", card("0.12", "eur", 20), project));
        assertThat(card.get("currency").asText()).isEqualTo("EUR");
        assertThat(card.get("own").asBoolean()).isTrue();
        assertThat(card.get("costsShared").asBoolean()).isFalse();

        JsonNode document = json(projectManager.get("/api/documents/{d}/analysis?locale=ru", built.documentId()));
        assertThat(document.isArray()).isTrue();
        assertThat(document).hasSize(1);
        JsonNode ru = document.get(0);
        assertThat(ru.get("locale").asText()).isEqualTo("ru");
        assertThat(ru.get("bands").get(0).get("band").asText()).isEqualTo("101");
        assertThat(ru.get("bands").get(0).get("segments").asInt()).isEqualTo(1);
        assertThat(ru.get("bands").get(1).get("words").asInt()).isEqualTo(10);
        assertThat(ru.get("bands").get(6).get("band").asText()).isEqualTo("none");
        assertThat(ru.get("bands").get(6).get("segments").asInt()).isEqualTo(3);
        assertThat(ru.get("repetitions").get("segments").asInt()).isEqualTo(2);
        assertThat(ru.get("alreadyDone").get("words").asInt()).isEqualTo(18);
        // 0 + 10 × 20 % + 20 × 50 % + 28 + 19 × 25 % = 44.75; × 0.12 = 5.37
        assertThat(ru.get("weightedWords").decimalValue()).isEqualByComparingTo("44.75");
        assertThat(ru.get("cost").get("amount").decimalValue()).isEqualByComparingTo("5.37");
        assertThat(ru.get("cost").get("currency").asText()).isEqualTo("EUR");

        JsonNode whole = json(projectManager.get("/api/projects/{p}/analysis?locale=ru&locale=kk", project));
        assertThat(whole).hasSize(2);
        assertThat(whole.get(1).get("locale").asText()).isEqualTo("kk");

        JsonNode seen = json(ruTranslator.get("/api/documents/{d}/analysis?locale=ru", built.documentId())).get(0);
        assertThat(seen.get("bands").get(1).get("segments").asInt()).isEqualTo(1);
        assertThat(seen.get("cost").isNull()).isTrue();
        assertThat(ruTranslator.get("/api/projects/{p}/rate-card", project).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(ruTranslator.put("/api/projects/{p}/rate-card", card("1", "USD", 30), project).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(ruTranslator.get("/api/documents/{d}/analysis?locale=kk", built.documentId()).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        Map<String, Object> sharing = card("0.12", "EUR", 20);
        sharing.put("costsShared", true);
        assertThat(json(projectManager.put("/api/projects/{p}/rate-card", sharing, project)).get("costsShared").asBoolean())
                .isTrue();
        JsonNode shared = json(ruTranslator.get("/api/documents/{d}/analysis?locale=ru", built.documentId())).get(0);
        assertThat(shared.get("cost").get("amount").decimalValue()).isEqualByComparingTo("5.37");
        assertThat(ruTranslator.get("/api/projects/{p}/rate-card", project).getStatusCode()).isEqualTo(HttpStatus.OK);

        // Back to the global default: only a manager may drop the project's own card.
        assertThat(ruTranslator.delete("/api/projects/{p}/rate-card", project).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(projectManager.delete("/api/projects/{p}/rate-card", project).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        JsonNode global = json(projectManager.get("/api/projects/{p}/rate-card", project));
        assertThat(global.get("own").asBoolean()).isFalse();
        assertThat(global.get("costsShared").asBoolean()).isTrue();
    }

    @Test
    void bad_input_is_a_400_and_the_global_card_is_for_admins() {
        AnalysisFixture.Built built = fixture.build();
        long project = built.projectId();
        assertThat(admin().get("/api/documents/{d}/analysis?locale=tg", built.documentId()).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(admin().get("/api/documents/{d}/analysis?locale=ru", 999_999_999L).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(admin().put("/api/projects/{p}/rate-card", card("0.1", "XYZ", 30), project).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(admin().put("/api/projects/{p}/rate-card", card("0.1", "USD", 130), project).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);

        JsonNode global = json(admin().get("/api/rate-card"));
        assertThat(global.get("percent").get("100").isInt()).isTrue();
        Caller projectManager = Caller.bearer(http, users.token(users.create("an-manager", manager(project))));
        assertThat(projectManager.get("/api/rate-card").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(projectManager.put("/api/rate-card", card("1", "USD", 30)).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        Map<String, Object> restored = new LinkedHashMap<>();
        restored.put("pricePerWord", global.get("pricePerWord").decimalValue());
        restored.put("currency", global.get("currency").asText());
        restored.put("percent", Map.of("101", global.get("percent").get("101").asInt(), "100", global.get("percent").get("100").asInt(),
                "95-99", global.get("percent").get("95-99").asInt(), "85-94", global.get("percent").get("85-94").asInt(),
                "75-84", global.get("percent").get("75-84").asInt(), "50-74", global.get("percent").get("50-74").asInt(),
                "none", global.get("percent").get("none").asInt()));
        restored.put("repetitions", global.get("repetitions").asInt());
        assertThat(admin().put("/api/rate-card", restored).getStatusCode()).isEqualTo(HttpStatus.OK);
    }
}
