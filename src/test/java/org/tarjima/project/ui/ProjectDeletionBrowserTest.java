package org.tarjima.project.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import org.tarjima.document.DocumentService;
import org.tarjima.project.ProjectService;
import org.tarjima.support.Browser;
import org.tarjima.support.TestProjects;
import org.tarjima.support.TestUsers;

/** A manager deletes a document, then the whole project after typing its name; a translator is not offered either. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@WithUserDetails(value = "admin", setupBefore = TestExecutionEvent.TEST_METHOD)
class ProjectDeletionBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    TestProjects projects;
    @Autowired
    TestUsers users;
    @Autowired
    ProjectService projectService;
    @Autowired
    DocumentService documents;

    @Test
    void a_manager_deletes_a_document_and_then_the_project_by_its_name() {
        TestProjects.Created created = projects.aProject().withTargets("ru").withDocument(TestProjects.seedArticle());
        long project = created.project().id();
        long first = created.document().id();
        long second = documents.importSource(project, "second.txt", "Another article.".getBytes(StandardCharsets.UTF_8)).id();
        String manager = users.create("deleting-ui-manager", TestUsers.manager(project));
        String translator = users.create("not-deleting-ui-translator", TestUsers.translator(project, "ru"));

        try (Browser browser = Browser.signedIn(port, translator, TestUsers.PASSWORD)) {
            browser.open("/projects/" + project);
            browser.waitFor("document-matrix");
            assertThat(browser.exists("delete-project")).isFalse();
            assertThat(browser.exists("delete-" + first)).isFalse();
        }

        try (Browser browser = Browser.signedIn(port, manager, TestUsers.PASSWORD)) {
            browser.open("/projects/" + project);
            browser.waitFor("delete-" + first).click();
            browser.waitFor("delete-document-confirm");
            browser.screenshot("delete-document");
            browser.find("#delete-document-confirm").click();
            browser.waitForVaadin();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> !browser.exists("document-" + first));
            browser.waitFor("document-" + second);
            assertThat(documents.find(first)).isEmpty();

            browser.waitFor("delete-project").click();
            WebElement confirm = browser.waitFor("delete-project-confirm");
            assertThat(browser.find("#delete-project-dialog p, vaadin-dialog-overlay p").getText())
                    .as("the count as it is now, after the deletion").contains("1 document");
            assertThat(confirm.getDomAttribute("disabled")).as("not before the name is typed").isNotNull();
            WebElement name = browser.find("#delete-project-name input");
            name.sendKeys(created.project().name().substring(1));
            browser.waitForVaadin();
            assertThat(browser.find("#delete-project-confirm").getDomAttribute("disabled")).isNotNull();
            name.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
            name.sendKeys(created.project().name());
            browser.waitForVaadin();
            browser.screenshot("delete-project");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(d -> browser.find("#delete-project-confirm").getDomAttribute("disabled") == null);
            browser.find("#delete-project-confirm").click();
            browser.waitFor("dashboard");
            assertThat(browser.exists("project-card-" + project)).isFalse();
        }
        assertThat(projectService.find(project)).isEmpty();
    }
}
