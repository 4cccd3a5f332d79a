package org.tarjima.qa.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import org.tarjima.base.text.InlineText;
import org.tarjima.support.Browser;
import org.tarjima.support.TestProjects;
import org.tarjima.translation.Origin;
import org.tarjima.translation.SegmentRow;
import org.tarjima.translation.TargetEdit;
import org.tarjima.translation.TranslationService;

/** A reviewer reads a document's QA report, filters it to the errors and follows a row to the editor. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@WithUserDetails(value = "admin", setupBefore = TestExecutionEvent.TEST_METHOD)
class QaReportBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    TestProjects projects;
    @Autowired
    TranslationService translations;

    private void confirm(long document, int ordinal, String text) {
        SegmentRow row = projects.segment(document, "ru", ordinal);
        List<InlineText.Part> parts = new ArrayList<>();
        parts.add(new InlineText.Text(text));
        parts.addAll(row.source().codes());
        translations.confirm(new TargetEdit(row.segmentId(), "ru", new InlineText(parts), row.version(), Origin.API));
    }

    @Test
    void the_report_lists_findings_as_text_filters_them_and_links_to_the_editor() {
        TestProjects.Created created = projects.aProject().withTargets("ru")
                .withDocument(TestProjects.article("/document/press-release.md"));
        long document = created.document().id();
        confirm(document, 4, "Итоги.");
        // Markup typed as text must stay text in the report.
        confirm(document, 5, "Более <b>70</b> участников.");

        try (Browser browser = Browser.asAdmin(port)) {
            browser.open("/documents/" + document + "/ru/qa");
            browser.waitFor("qa-report-grid");
            assertThat(browser.find("#qa-report-summary").getText()).contains("Errors: 1").contains("segments checked: 2");
            WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(10));
            wait.until(d -> d.findElements(By.cssSelector("a.qa-segment-link")).size() >= 3);
            String cells = String.join("\n", browser.driver().findElements(By.cssSelector("vaadin-grid-cell-content"))
                    .stream().map(WebElement::getText).toList());
            assertThat(cells).contains("Более <b>70</b> участников.").contains("Number 60 of the source is missing");
            assertThat(browser.driver().findElements(By.cssSelector("vaadin-grid-cell-content b"))).isEmpty();
            browser.screenshot("qa-report");

            browser.find("#qa-filter-severity").click();
            // Items: All, Error, Warning; the overlay may still be animating, so the item is clicked in the page.
            wait.until(d -> d.findElements(By.cssSelector("vaadin-select-overlay[opened] vaadin-select-item")).size() >= 3);
            browser.script("arguments[0].click()",
                    browser.driver().findElements(By.cssSelector("vaadin-select-overlay[opened] vaadin-select-item")).get(1));
            browser.waitForVaadin();
            browser.screenshot("qa-report-errors");
            // The grid keeps rows for reuse: only the shown ones count.
            wait.until(d -> d.findElements(By.cssSelector("a.qa-segment-link")).stream().filter(WebElement::isDisplayed).count() == 1);
            WebElement link = browser.driver().findElements(By.cssSelector("a.qa-segment-link")).stream()
                    .filter(WebElement::isDisplayed).findFirst().orElseThrow();
            assertThat(link.getText()).isEqualTo("5");
            assertThat(link.getAttribute("href")).endsWith("/documents/" + document + "/ru?segment=5");

            link.click();
            wait.until(d -> d.getCurrentUrl().endsWith("/documents/" + document + "/ru?segment=5"));
            browser.waitForVaadin();
            assertThat(browser.waitFor("segment-editor-5").isDisplayed()).isTrue();
        }
    }
}
