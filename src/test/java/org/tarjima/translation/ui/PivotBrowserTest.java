package org.tarjima.translation.ui;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.tarjima.base.text.InlineMarkers;
import org.tarjima.support.Browser;
import org.tarjima.support.TestProjects;
import org.tarjima.translation.Origin;
import org.tarjima.translation.SegmentRow;
import org.tarjima.translation.TargetEdit;
import org.tarjima.translation.TargetSnapshot;
import org.tarjima.translation.TargetState;
import org.tarjima.translation.TranslationService;

/** The Russian pivot beside the source in a real Chromium: shown with its state, copied with Ctrl+Shift+Space. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@WithUserDetails(value = "admin", setupBefore = TestExecutionEvent.TEST_METHOD)
class PivotBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    TestProjects projects;
    @Autowired
    TranslationService translations;

    @Test
    void the_russian_translation_is_shown_and_ctrl_shift_space_copies_it_with_its_codes() {
        TestProjects.Created created = projects.aProject().withTargets("ru", "kk")
                .withDocument(TestProjects.article("/document/press-release.md"));
        long document = created.document().id();
        SegmentRow first = projects.segment(document, "ru", 1);
        translations.confirm(new TargetEdit(first.segmentId(), "ru",
                InlineMarkers.read("ЮНЕСКО и партнёры встречаются в <1>Алма-Ате</1>"), 0, Origin.EDITOR));

        try (Browser browser = Browser.asAdmin(port)) {
            browser.open("/documents/" + document + "/kk");
            WebElement box = browser.find("#segment-editor-1 .editor-box");
            // Its codes show as the numbered chips they are everywhere.
            assertThat(browser.waitFor("pivot-text").getText()).startsWith("ЮНЕСКО и партнёры встречаются в").contains("Алма-Ате");
            assertThat(browser.find("#pivot-state").getAttribute("class")).contains("state-translated");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(d -> box.equals(browser.script("return document.activeElement;")));

            new Actions(browser.driver()).keyDown(Keys.CONTROL).keyDown(Keys.SHIFT).sendKeys(Keys.SPACE)
                    .keyUp(Keys.SHIFT).keyUp(Keys.CONTROL).perform();

            assertThat(box.getText()).startsWith("ЮНЕСКО и партнёры встречаются в").contains("Алма-Ате");
            assertThat(box.findElements(By.cssSelector(".code-chip"))).hasSize(2);
            browser.screenshot("editor-pivot");
            new Actions(browser.driver()).keyDown(Keys.CONTROL).sendKeys(Keys.ENTER).keyUp(Keys.CONTROL).perform();
            browser.waitForVaadin();
            browser.find("#segment-editor-2");
        }
        TargetSnapshot stored = translations.target(first.segmentId(), "kk");
        assertThat(stored.state()).isEqualTo(TargetState.TRANSLATED);
        assertThat(InlineMarkers.write(stored.content())).isEqualTo("ЮНЕСКО и партнёры встречаются в <1>Алма-Ате</1>");
    }
}
