package org.tarjima.project.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import org.tarjima.base.text.InlineText;
import org.tarjima.project.NewProject;
import org.tarjima.project.PretranslateOnImport;
import org.tarjima.project.ProjectService;
import org.tarjima.project.ProjectSummary;
import org.tarjima.support.Browser;
import org.tarjima.support.TestProjects;
import org.tarjima.translation.Origin;
import org.tarjima.translation.SegmentRow;
import org.tarjima.translation.TargetEdit;
import org.tarjima.translation.TranslationService;

/** The project page shows the pre-translation setting to its manager, and an upload says how many targets the TM filled. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@WithUserDetails(value = "admin", setupBefore = TestExecutionEvent.TEST_METHOD)
class PretranslateOnImportBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    TestProjects projects;
    @Autowired
    ProjectService projectService;
    @Autowired
    TranslationService translations;

    @Test
    void an_uploaded_article_is_filled_from_the_tm_and_the_notification_says_how_many() throws Exception {
        String en = "en-x-" + UUID.randomUUID().toString().substring(0, 8);
        var earlier = projects.aProject().withSource(en).withTargets("ru")
                .withDocument(TestProjects.article("/memory/protected-areas.txt"));
        SegmentRow winter = projects.segment(earlier.document().id(), "ru", 3);
        translations.confirm(new TargetEdit(winter.segmentId(), "ru",
                InlineText.of("Егеря каждую зиму считают снежных барсов в горах."), 0, Origin.EDITOR));
        ProjectSummary project = projectService.create(new NewProject("Prefilled " + UUID.randomUUID(), en, List.of("ru"),
                PretranslateOnImport.TRANSLATED));
        Path article = Files.createTempFile(Path.of("target"), "protected-areas-", ".txt").toAbsolutePath();
        Files.write(article, TestProjects.resource("/memory/protected-areas.txt"));

        try (Browser browser = Browser.asAdmin(port)) {
            browser.open("/projects/" + project.id());
            // The settings wait folded below the documents.
            browser.find("#project-settings").click();
            browser.waitForVaadin();
            assertThat(browser.waitFor("project-pretranslate-setting").getText()).contains("Fill as translated");
            browser.find("#document-upload").getShadowRoot().findElement(By.cssSelector("input[type=file]"))
                    .sendKeys(article.toString());
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> d.findElements(
                    By.cssSelector("vaadin-notification-card")).stream().anyMatch(card -> card.getText().contains("filled")));
            String notification = browser.find("vaadin-notification-card").getText();
            assertThat(notification).contains("6 segments", "1 target filled from the translation memory as translated");
            browser.screenshot("project-pretranslate");
        }
    }
}
