package org.tarjima.glossary.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import org.tarjima.glossary.EntryRequest;
import org.tarjima.glossary.GlossaryScope;
import org.tarjima.glossary.GlossaryService;
import org.tarjima.glossary.TermTranslation;
import org.tarjima.support.Browser;
import org.tarjima.support.TestProjects;

/** The glossary terms of the active segment marked in its source, in a real browser: title, click, Ctrl+Shift+1. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@WithUserDetails(value = "admin", setupBefore = TestExecutionEvent.TEST_METHOD)
class GlossaryMarksBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    TestProjects projects;
    @Autowired
    GlossaryService glossary;

    @Test
    void an_inflected_term_is_marked_with_its_translation_and_inserted_by_click_and_by_shortcut() {
        TestProjects.Created created = projects.aProject().withSource("ru").withTargets("kk")
                .withDocument(new TestProjects.Article("meeting.md",
                        "ЮНЕСКО встретилась с **партнёрами** и обсудила устойчивое развитие регионов.\n\nВстреча прошла в Алматы.\n"
                                .getBytes(StandardCharsets.UTF_8)));
        GlossaryScope scope = GlossaryScope.project(created.project().id());
        glossary.create(scope, EntryRequest.of("партнёр", TermTranslation.approved("kk", "серіктес"),
                TermTranslation.forbidden("kk", "әріптес")).withForms("партнёр*"));
        glossary.create(scope, EntryRequest.of("устойчивое развитие", TermTranslation.approved("kk", "тұрақты даму"))
                .withForms("устойчив* развити*"));
        long document = created.document().id();

        try (Browser browser = Browser.asAdmin(port)) {
            browser.open("/documents/" + document + "/kk");
            WebElement box = browser.find("#segment-editor-1 .editor-box");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(d -> box.equals(browser.script("return document.activeElement;")));

            // The inflected form is marked as written, between the chips of its bold codes, which still render.
            WebElement partner = browser.find("#segment-source-1-term-1");
            assertThat(partner.getText()).isEqualTo("партнёрами");
            assertThat(partner.getDomAttribute("title")).contains("серіктес").contains("Ctrl+Shift+1")
                    .contains("әріптес");
            assertThat(partner.getDomAttribute("class")).contains("term-forbidden");
            assertThat(browser.driver().findElements(By.cssSelector("#segment-source-1 .code-chip"))).hasSize(2);
            WebElement development = browser.find("#segment-source-1-term-2");
            assertThat(development.getText()).isEqualTo("устойчивое развитие");
            assertThat(development.getDomAttribute("title")).contains("тұрақты даму").contains("Ctrl+Shift+2");
            assertThat(development.getDomAttribute("class")).doesNotContain("term-forbidden");
            // The article pane marks the same terms in the current sentence, inside its formatting.
            assertThat(browser.find("#source-segment-1 strong #source-segment-1-term-1").getText()).isEqualTo("партнёрами");
            assertThat(browser.find("#source-segment-1-term-2").getDomAttribute("title")).contains("тұрақты даму");
            browser.screenshot("glossary-marks");

            development.click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(d -> "тұрақты даму".equals(box.getText()));
            new Actions(browser.driver()).sendKeys(" ").keyDown(Keys.CONTROL).keyDown(Keys.SHIFT).sendKeys("1")
                    .keyUp(Keys.SHIFT).keyUp(Keys.CONTROL).perform();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(d -> "тұрақты даму серіктес".equals(box.getText()));
            browser.find("#source-segment-1-term-1").click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(d -> "тұрақты даму серіктессеріктес".equals(box.getText()));
            browser.screenshot("glossary-marks-inserted");

            // On the next segment, the first one's marks are gone from the grid and the article.
            new Actions(browser.driver()).keyDown(Keys.CONTROL).sendKeys(Keys.ARROW_DOWN).keyUp(Keys.CONTROL).perform();
            browser.find("#segment-editor-2");
            browser.waitForVaadin();
            assertThat(browser.exists("segment-source-1-term-1")).isFalse();
            assertThat(browser.exists("source-segment-1-term-1")).isFalse();
            assertThat(browser.find("#segment-source-1").getText()).contains("партнёрами");
        }
    }
}
