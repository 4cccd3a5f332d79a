package org.tarjima.webhooks.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import org.tarjima.support.Browser;
import org.tarjima.support.TestProjects;
import org.tarjima.support.TestUsers;
import org.tarjima.webhooks.WebhookService;

/** A manager finds the webhooks in the project settings and adds one; a translator sees no settings at all. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@WithUserDetails(value = "admin", setupBefore = TestExecutionEvent.TEST_METHOD)
class WebhookSettingsBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    TestProjects projects;
    @Autowired
    TestUsers users;
    @Autowired
    WebhookService webhooks;

    @Test
    void a_manager_adds_a_webhook_in_the_project_settings() {
        TestProjects.Created created = projects.aProject().withTargets("ru").withDocument(TestProjects.seedArticle());
        long project = created.project().id();
        String manager = users.create("hooks-ui-manager", TestUsers.manager(project));
        String translator = users.create("hooks-ui-translator", TestUsers.translator(project, "ru"));

        try (Browser browser = Browser.signedIn(port, translator, TestUsers.PASSWORD)) {
            browser.open("/projects/" + project);
            browser.waitFor("document-matrix");
            assertThat(browser.exists("webhook-settings")).isFalse();
        }

        try (Browser browser = Browser.signedIn(port, manager, TestUsers.PASSWORD)) {
            browser.open("/projects/" + project);
            browser.waitFor("project-settings").click();
            browser.waitForVaadin();
            browser.find("#webhook-url input").sendKeys("https://203.0.113.9/tarjima");
            browser.find("#webhook-secret input").sendKeys("a shared secret");
            browser.script("const group = document.getElementById('webhook-events');"
                    + "group.querySelector('vaadin-checkbox[value=\"document.imported\"], vaadin-checkbox').click();");
            browser.waitForVaadin();
            browser.find("#webhook-add").click();
            browser.waitForVaadin();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(d -> !webhooks.webhooks(project).isEmpty());
            browser.waitFor("webhook-list");
            browser.screenshot("webhook-settings");
            assertThat(webhooks.webhooks(project).get(0).url()).isEqualTo("https://203.0.113.9/tarjima");
            assertThat((String) browser.script("return document.getElementById('webhook-list').textContent"))
                    .contains("https://203.0.113.9/tarjima");
        }
    }
}
