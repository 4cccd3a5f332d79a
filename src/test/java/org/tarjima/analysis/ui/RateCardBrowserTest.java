package org.tarjima.analysis.ui;

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
import org.tarjima.project.ProjectSummary;
import org.tarjima.support.Browser;
import org.tarjima.support.TestProjects;
import org.tarjima.support.TestUsers;

/**
 * The global default rate card in a real browser: an administrator reaches it from the drawer and from a project's
 * card that uses it; a project manager has neither the drawer entry nor the way in by its address.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@WithUserDetails(value = "admin", setupBefore = TestExecutionEvent.TEST_METHOD)
class RateCardBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    TestProjects projects;
    @Autowired
    TestUsers users;

    @Test
    void an_admin_reaches_the_default_card_from_the_drawer_and_from_a_project_using_it_and_a_manager_is_refused() {
        ProjectSummary project = projects.aProject().withTargets("ru").create();

        try (Browser browser = Browser.asAdmin(port)) {
            browser.open("/");
            browser.find("vaadin-drawer-toggle").click();
            browser.waitFor("nav-rate-card").click();
            browser.waitFor("rate-card-view");
            assertThat(browser.exists("rate-card-share-costs")).isFalse();
            browser.screenshot("rate-card-global");

            browser.open("/projects/" + project.id());
            browser.waitFor("project-settings").click();
            browser.waitForVaadin();
            browser.script("document.getElementById('rate-card-settings').scrollIntoView()");
            assertThat(browser.waitFor("rate-card-source").getAttribute("class")).doesNotContain("own");
            browser.waitFor("rate-card-inherited");
            browser.screenshot("rate-card-project-uses-global");
            browser.waitFor("rate-card-edit-global").click();
            browser.waitFor("rate-card-view");
        }

        String manager = users.create("rc-manager", TestUsers.manager(project.id()));
        try (Browser browser = Browser.signedIn(port, manager, TestUsers.PASSWORD)) {
            browser.open("/");
            browser.find("vaadin-drawer-toggle").click();
            browser.waitFor("nav-projects");
            assertThat(browser.exists("nav-rate-card")).isFalse();
            browser.open("/admin/rate-card");
            browser.waitFor("admin-only");
            assertThat(browser.exists("rate-card-view")).isFalse();
            // The manager's own project: its card, no link to the screen they may not open.
            browser.open("/projects/" + project.id());
            browser.waitFor("project-settings").click();
            browser.waitForVaadin();
            browser.waitFor("rate-card-inherited");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d -> !browser.exists("rate-card-edit-global"));
        }
    }
}
