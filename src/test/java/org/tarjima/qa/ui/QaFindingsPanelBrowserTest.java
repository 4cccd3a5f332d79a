package org.tarjima.qa.ui;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.tarjima.base.text.InlineText;
import org.tarjima.qa.QaService;
import org.tarjima.support.Browser;
import org.tarjima.support.TestProjects;
import org.tarjima.translation.SegmentRow;

/** The findings panel as the editor will use it: findings while typing, a one-click fix, a warning ignored with a reason. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@WithUserDetails(value = "admin", setupBefore = TestExecutionEvent.TEST_METHOD)
class QaFindingsPanelBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    TestProjects projects;
    @Autowired
    QaService qa;

    private static void type(Browser browser, String text) {
        WebElement field = browser.find("#qa-harness-text input");
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        field.sendKeys(text, Keys.ENTER);
        browser.waitForVaadin();
    }

    @Test
    void a_translator_fixes_an_apostrophe_with_one_click_and_ignores_a_warning_with_a_reason() {
        TestProjects.Created created = projects.aProject().withTargets("uz")
                .withDocument(TestProjects.article("/document/press-release.md"));
        // "Five countries shared their plans."
        SegmentRow row = projects.segment(created.document().id(), "uz", 6);

        try (Browser browser = Browser.asAdmin(port)) {
            browser.open("/test/qa-panel/" + row.segmentId() + "/uz");
            type(browser, "Besh mamlakat o'z rejalarini taqdim etdi");
            assertThat(browser.waitFor("qa-finding-uzApostrophe").getText()).contains("o'z").contains("oʻz");
            assertThat(browser.find("#qa-finding-punctuation").getAttribute("data-severity")).isEqualTo("WARNING");
            assertThat(browser.find("#qa-badge-1").getText()).endsWith("2");

            browser.find("#qa-fix-uzApostrophe").click();
            browser.waitForVaadin();
            assertThat(browser.find("#qa-harness-text input").getAttribute("value"))
                    .isEqualTo("Besh mamlakat oʻz rejalarini taqdim etdi");
            assertThat(browser.exists("qa-finding-uzApostrophe")).isFalse();

            browser.find("#qa-ignore-punctuation").click();
            browser.find("#qa-ignore-reason textarea").sendKeys("Sarlavha sifatida nuqtasiz");
            browser.find("#qa-ignore-confirm").click();
            browser.waitForVaadin();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(d -> browser.find("#qa-finding-punctuation").getAttribute("class").contains("qa-ignored"));
            assertThat(browser.find("#qa-finding-punctuation").getText()).contains("Sarlavha sifatida nuqtasiz");
            assertThat(browser.exists("qa-ignore-punctuation")).isFalse();
            assertThat(browser.find("#qa-badge-1").isDisplayed()).isFalse();
            browser.screenshot("qa-findings-panel");
        }
        assertThat(qa.check(row.segmentId(), "uz", InlineText.of("Besh mamlakat oʻz rejalarini taqdim etdi")))
                .singleElement().satisfies(r -> assertThat(r.ignored()).isPresent());
    }
}
