package org.tarjima.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import org.tarjima.support.Browser;
import org.tarjima.support.TestProjects;
import org.tarjima.support.TestUsers;

/**
 * The ways in that an attacker abuses: a revoked token, a signed-in browser's cookie replayed against the API (CSRF),
 * a captured UI request replayed without its CSRF token, and password guessing through the sign-in form.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@WithUserDetails(value = "admin", setupBefore = TestExecutionEvent.TEST_METHOD)
class AuthenticationAbuseTest {

    private static final ReliabilityReport report = new ReliabilityReport("authentication-abuse");

    @LocalServerPort
    int port;
    @Autowired
    TestProjects projects;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;

    @AfterAll
    static void writeResults() {
        report.write();
    }

    @Test
    void a_revoked_token_is_refused_on_the_very_next_request() throws IOException {
        String user = users.create("revoking", TestUsers.translator(projects.aProject().withTargets("ru").create().id(), "ru"));
        ApiClient basic = ApiClient.basic(port, user, TestUsers.PASSWORD);
        JsonNode created = basic.post("/api/me/tokens", Map.of("name", "laptop")).json();
        ApiClient script = ApiClient.bearer(port, created.get("token").asText());
        assertThat(script.get("/api/me").status()).isEqualTo(200);

        assertThat(script.delete("/api/me/tokens/" + created.get("id").asLong()).status()).isEqualTo(204);

        ApiClient.Answer refused = script.get("/api/me");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.isProblem()).isTrue();
        report.addCase("a token used right after it was revoked", "401", 0, 0);
    }

    @Test
    void a_signed_in_browsers_cookie_opens_no_api_call_and_a_ui_request_without_its_csrf_token_does_nothing()
            throws Exception {
        TestProjects.Created created = projects.aProject().withTargets("ru").withDocument(TestProjects.seedArticle());
        String user = users.create("csrf-victim", TestUsers.translator(created.project().id(), "ru"));
        long document = created.document().id();
        long segment = projects.segment(document, "ru", 2).segmentId();
        try (Browser browser = Browser.signedIn(port, user, TestUsers.PASSWORD)) {
            recordUidlRequests(browser);
            browser.open("/documents/" + document + "/ru?segment=2");
            Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
            assertThat(session).isNotNull();
            HttpClient http = HttpClient.newHttpClient();

            // The API takes no cookies: a forged cross-site request carrying the session cookie is a 401.
            HttpResponse<String> me = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/me"))
                    .header("Cookie", "JSESSIONID=" + session.getValue()).build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> save = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/documents/" + document
                            + "/segments/" + segment + "/targets/ru"))
                    .header("Cookie", "JSESSIONID=" + session.getValue()).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"text\":\"CSRF via API\",\"version\":0}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(me.statusCode()).isEqualTo(401);
            assertThat(save.statusCode()).isEqualTo(401);
            report.addCase("the API called with a signed-in browser's session cookie only (GET and PUT)", "401", 0, 0);

            // A real save from the editor, captured as the browser sent it.
            WebElement box = browser.find("#segment-editor-2 .editor-box");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(d -> box.equals(browser.script("return document.activeElement;")));
            new Actions(browser.driver()).sendKeys("Настоящий черновик").perform();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(d -> "Настоящий черновик".equals(stored(segment)));
            @SuppressWarnings("unchecked")
            List<Map<String, String>> captured = (List<Map<String, String>>) browser.script("return window.__uidl;");
            Map<String, String> draft = captured.stream().filter(r -> r.get("body").contains("tarjima-draft"))
                    .reduce((a, b) -> b).orElseThrow();
            ObjectNode replay = (ObjectNode) ApiClient.JSON.readTree(draft.get("body"));
            String realToken = replay.path("csrfToken").asText();
            assertThat(realToken).isNotBlank();
            replay.put("clientId", replay.get("clientId").asInt() + 1);
            ObjectNode event = (ObjectNode) replay.withArray("rpc").get(0).get("data");
            event.put("event.detail.json", "[{\"text\":\"CSRF via the UI\"}]");

            for (String token : new String[] {null, "00000000-0000-0000-0000-000000000000"}) {
                if (token == null) {
                    replay.remove("csrfToken");
                } else {
                    replay.put("csrfToken", token);
                }
                HttpResponse<String> forged = http.send(HttpRequest.newBuilder(URI.create(base() + draft.get("url")
                                .replaceFirst("^https?://[^/]+", "")))
                        .header("Cookie", "JSESSIONID=" + session.getValue())
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(replay.toString())).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(stored(segment)).as("a forged UI request " + (token == null ? "without" : "with a wrong")
                        + " CSRF token changed nothing (answer " + forged.statusCode() + ")").isEqualTo("Настоящий черновик");
                report.addCase("the editor's save replayed with the session cookie and " + (token == null ? "no" : "a wrong")
                        + " CSRF token", "refused (" + forged.statusCode() + "); the target unchanged", 0, 0);
            }
            // The control: the same forged request with the page's real token is executed, so the token is what
            // stopped the two above (and only the page itself knows it).
            replay.put("csrfToken", realToken);
            http.send(HttpRequest.newBuilder(URI.create(base() + draft.get("url").replaceFirst("^https?://[^/]+", "")))
                    .header("Cookie", "JSESSIONID=" + session.getValue())
                    .header("Content-Type", "application/json; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(replay.toString())).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(stored(segment)).as("with the real token the replay goes through").isEqualTo("CSRF via the UI");
        }
    }

    @Test
    void password_guessing_through_the_sign_in_form_is_throttled_for_that_name_only() {
        String guessed = users.create("guessed", TestUsers.translator(projects.aProject().withTargets("ru").create().id(), "ru"));
        String bystander = users.create("bystander");
        try (Browser browser = new Browser(port)) {
            for (int attempt = 1; attempt <= 5; attempt++) {
                browser.submitSignIn(guessed, "wrong guess " + attempt);
                assertThat(browser.driver().getCurrentUrl()).contains("/login");
            }
            browser.submitSignIn(guessed, TestUsers.PASSWORD);
            assertThat(browser.driver().getCurrentUrl()).as("even the right password waits").contains("/login");
            browser.signIn(bystander, TestUsers.PASSWORD);
            assertThat(browser.driver().getCurrentUrl()).doesNotContain("/login");
        }
        report.addCase("five wrong passwords through the sign-in form, then the right one",
                "refused for a while; another user signs in normally", 0, 0);
    }

    /** Keeps a copy of every request the Vaadin client sends (URL and JSON body), as an attacker's proxy would. */
    private static void recordUidlRequests(Browser browser) {
        browser.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                window.__uidl = [];
                const open = XMLHttpRequest.prototype.open;
                const send = XMLHttpRequest.prototype.send;
                XMLHttpRequest.prototype.open = function (method, url) { this.__url = url; return open.apply(this, arguments); };
                XMLHttpRequest.prototype.send = function (body) {
                  if (this.__url && String(this.__url).includes('v-r=uidl') && typeof body === 'string') {
                    window.__uidl.push({ url: String(new URL(this.__url, location.href)), body });
                  }
                  return send.apply(this, arguments);
                };"""));
    }

    private String stored(long segment) {
        return jdbc.sql("select text from target where segment_id = ? and locale = 'ru'").param(segment)
                .query(String.class).optional().orElse(null);
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
