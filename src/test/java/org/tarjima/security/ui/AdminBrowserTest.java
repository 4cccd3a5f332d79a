package org.tarjima.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import org.tarjima.security.Grant;
import org.tarjima.security.ProjectRole;
import org.tarjima.security.UserService;
import org.tarjima.security.UserSummary;
import org.tarjima.support.Browser;
import org.tarjima.support.SignedIn;
import org.tarjima.support.TestProjects;

/** Users and roles, the account dialog and personal access tokens, in a real headless Chromium. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@WithUserDetails(value = "admin", setupBefore = TestExecutionEvent.TEST_METHOD)
class AdminBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    UserService users;
    @Autowired
    TestProjects testProjects;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void a_new_translator_of_one_locale_sees_only_that_and_manages_their_own_token() throws Exception {
        TestProjects.Created created = testProjects.aProject().withTargets("ru", "kk", "uz")
                .withDocument(TestProjects.seedArticle());
        long project = created.project().id();
        long document = created.document().id();
        String username = "aigerim-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "steppe-" + UUID.randomUUID();
        String secret;

        try (Browser admin = Browser.asAdmin(port)) {
            admin.open("/admin");
            admin.waitFor("user-grid");
            // Rows arrive after the grid itself (a data round trip, a page at a time), and earlier tests leave many
            // users behind: filter, then wait for the row rather than asking whether it is there yet.
            type(admin, "user-filter", "translator");
            admin.waitFor("user-" + users.user("translator").orElseThrow().id());

            click(admin, "#new-user");
            // A name that is taken is refused inside the dialog, on the field, and nothing is created.
            type(admin, "new-username", "translator");
            type(admin, "new-display-name", "Айгерім Сейітова");
            type(admin, "new-password", password);
            click(admin, "#create-user");
            admin.waitForVaadin();
            WebElement name = admin.find("#new-username");
            assertThat(name.getDomAttribute("invalid")).isNotNull();
            assertThat(name.getDomProperty("errorMessage")).isNotBlank();
            admin.screenshot("admin-new-user-refused");

            type(admin, "new-username", username);
            click(admin, "#create-user");
            admin.waitForVaadin();
            UserSummary user = users.user(username).orElseThrow();
            assertThat(user.displayName()).isEqualTo("Айгерім Сейітова");
            assertThat(user.grants()).isEmpty();

            // The roles dialog opens by itself: a user without a role would see nothing.
            admin.waitFor("roles-empty");
            choose(admin, "role-project", created.project().name());
            selectItem(admin, "role-locale", 1 + created.project().targetLocales().indexOf("kk"));
            click(admin, "#add-role");
            admin.waitForVaadin();
            List<Grant> grants = users.user(username).orElseThrow().grants();
            assertThat(grants).singleElement().satisfies(grant -> {
                assertThat(grant.projectId()).isEqualTo(project);
                assertThat(grant.locale()).isEqualTo("kk");
                assertThat(grant.role()).isEqualTo(ProjectRole.TRANSLATOR);
            });
            admin.waitFor("role-" + grants.get(0).id());
            admin.screenshot("admin-roles-dialog");
            click(admin, "#close-roles");
            admin.waitForVaadin();
            type(admin, "user-filter", username);
            assertThat(admin.waitFor("user-roles-" + user.id()).findElements(By.cssSelector(".role-chip"))).hasSize(1);

            // Disabled and enabled again; an admin cannot disable themselves, so that button is not offered.
            click(admin, "#disable-" + user.id());
            admin.waitFor("enable-" + user.id());
            assertThat(users.user(username).orElseThrow().enabled()).isFalse();
            admin.screenshot("admin-view-disabled");
            click(admin, "#enable-" + user.id());
            admin.waitFor("disable-" + user.id());
            assertThat(users.user(username).orElseThrow().enabled()).isTrue();
            type(admin, "user-filter", "admin");
            assertThat(admin.find("#disable-" + users.me().id()).getDomAttribute("disabled")).isNotNull();
            admin.screenshot("admin-view");
            admin.signOut();
        }

        try (Browser aigerim = Browser.signedIn(port, username, password)) {
            aigerim.open("/");
            aigerim.waitFor("project-cards");
            List<WebElement> cards = aigerim.driver().findElements(By.cssSelector(".project-card"));
            assertThat(cards).extracting(card -> card.getDomAttribute("id")).containsExactly("project-card-" + project);
            assertThat(cards.get(0).findElements(By.cssSelector(".locale-chip:not(.source)")))
                    .extracting(WebElement::getText).containsExactly("kk");
            assertThat(aigerim.exists("nav-admin")).isFalse();

            aigerim.open("/projects/" + project);
            aigerim.waitFor("document-matrix");
            aigerim.waitFor("open-" + document + "-kk");
            assertThat(aigerim.exists("open-" + document + "-ru")).isFalse();
            assertThat(aigerim.exists("open-" + document + "-uz")).isFalse();

            click(aigerim, "#account-button");
            aigerim.waitFor("account-display-name");
            assertThat(aigerim.find("#account-roles").findElements(By.cssSelector(".role-chip"))).hasSize(1);
            aigerim.waitFor("tokens-empty");
            type(aigerim, "token-name", "nightly export");
            click(aigerim, "#create-token");
            aigerim.waitForVaadin();
            secret = aigerim.waitFor("token-secret").getDomProperty("value");
            assertThat(secret).startsWith("tjp_");
            assertThat(aigerim.find("#token-secret").getDomAttribute("readonly")).isNotNull();
            assertThat(aigerim.exists("copy-token")).isTrue();
            aigerim.screenshot("account-dialog");
            click(aigerim, "#copy-token");
            aigerim.waitForVaadin();
            // The browser copied it and told the server so (the notification comes only after the clipboard took it).
            assertThat(aigerim.find("vaadin-notification-card")).isNotNull();

            // The token acts as its owner: the API lists only her project.
            HttpResponse<String> listed = projectsWith(secret);
            assertThat(listed.statusCode()).isEqualTo(200);
            assertThat(listed.body()).contains(created.project().name()).doesNotContain("Harmony with nature");

            click(aigerim, "[id^='revoke-token-']");
            click(aigerim, "#confirm-revoke");
            aigerim.waitForVaadin();
            aigerim.find("[id^='token-state-'].token-revoked-at");
            aigerim.screenshot("account-dialog-revoked");
            assertThat(aigerim.exists("token-secret")).isFalse();

            // Opened again, the dialog lists the token but can no longer show its secret.
            click(aigerim, "#close-account");
            aigerim.waitForVaadin();
            click(aigerim, "#account-button");
            aigerim.waitFor("token-grid");
            assertThat(aigerim.exists("token-secret")).isFalse();
            assertThat(aigerim.driver().getPageSource()).doesNotContain(secret);
        }
        assertThat(projectsWith(secret).statusCode()).isEqualTo(401);
    }

    @Test
    void a_translator_opening_the_admin_route_does_not_get_the_admin_view() {
        try (Browser translator = Browser.signedIn(port, "translator", SignedIn.DEMO_PASSWORD)) {
            assertThat(translator.exists("nav-admin")).isFalse();
            translator.open("/admin");
            translator.waitFor("admin-only");
            assertThat(translator.exists("admin-view")).isFalse();
            assertThat(translator.exists("user-grid")).isFalse();
            translator.screenshot("admin-refused");
        }
    }

    private HttpResponse<String> projectsWith(String token) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/projects"))
                .header("Authorization", "Bearer " + token).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static void type(Browser browser, String fieldId, String text) {
        WebElement input = browser.find("#" + fieldId + " input");
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text);
        input.sendKeys(Keys.TAB);
        browser.waitForVaadin();
    }

    /** Picks a combo box item by typing its whole label (a project's unique name is data, not UI text). */
    private static void choose(Browser browser, String comboId, String label) {
        WebElement input = browser.find("#" + comboId + " input");
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(label);
        // The filter goes to the server after a short pause: Enter before its answer would commit nothing.
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(browser.script(
                "const c = document.getElementById(arguments[0]);"
                        + " return !c.loading && (c.filteredItems || []).some(i => i && i.label === arguments[1]);",
                comboId, label)));
        input.sendKeys(Keys.ENTER);
        browser.waitForVaadin();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(browser.script(
                "const c = document.getElementById(arguments[0]); return c.selectedItem && c.selectedItem.label === arguments[1];",
                comboId, label)));
    }

    /** Clicks like a person; a dialog still opening covers its content for a moment, so a covered click is retried. */
    private static void click(Browser browser, String css) {
        click(browser, browser.find(css));
    }

    private static void click(Browser browser, WebElement element) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).ignoring(ElementClickInterceptedException.class)
                .until(d -> {
                    element.click();
                    return true;
                });
        browser.waitForVaadin();
    }

    /** Picks the select's item at a 0-based position, as a person would: open it, click the item. */
    private static void selectItem(Browser browser, String selectId, int index) {
        click(browser, "#" + selectId);
        WebElement item = new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> {
            List<WebElement> items = d.findElements(By.cssSelector("vaadin-select-overlay[opened] vaadin-select-item"));
            return items.size() > index ? items.get(index) : null;
        });
        click(browser, item);
    }
}
