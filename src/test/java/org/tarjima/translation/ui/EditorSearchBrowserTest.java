package org.tarjima.translation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
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
import org.tarjima.support.Browser;
import org.tarjima.support.TestProjects;
import org.tarjima.translation.Origin;
import org.tarjima.translation.SegmentRow;
import org.tarjima.translation.StateFilter;
import org.tarjima.translation.TargetEdit;
import org.tarjima.translation.TranslationService;

/** The editor's search box narrows the segment list to the rows containing a text, in the source or the target. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@WithUserDetails(value = "admin", setupBefore = TestExecutionEvent.TEST_METHOD)
class EditorSearchBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    org.tarjima.translation.SegmentListing listing;
    @Autowired
    TestProjects projects;
    @Autowired
    TranslationService translations;

    @Test
    void searching_lists_only_the_rows_containing_the_text_and_clearing_brings_the_document_back() {
        TestProjects.Created created = projects.aProject().withTargets("ru").withDocument(TestProjects.seedArticle());
        long document = created.document().id();
        SegmentRow third = projects.segment(document, "ru", 3);
        translations.saveDraft(new TargetEdit(third.segmentId(), "ru", InlineText.of("26 ноября 2020 года ЮНЕСКО провело диалог."),
                0, Origin.API));
        List<Integer> unesco = listing.find(document, "ru", StateFilter.ALL, "unesco");
        assertThat(unesco).hasSizeGreaterThan(1).doesNotContain(1, 2);

        try (Browser browser = Browser.asAdmin(port)) {
            browser.open("/documents/" + document + "/ru?segment=1");
            browser.waitFor("segment-editor-1");
            search(browser, "UNESCO");
            waitForCount(browser, String.valueOf(unesco.size()));
            for (int ordinal : unesco) {
                browser.find("#segment-target-" + ordinal + ", #segment-editor-" + ordinal);
            }
            assertThat(rowsShown(browser)).containsExactlyInAnyOrderElementsOf(unesco);
            browser.screenshot("editor-search");

            // The translation is searched too, and case does not matter in Cyrillic either.
            search(browser, "юнеско");
            waitForCount(browser, "1");
            browser.find("#segment-target-3, #segment-editor-3");
            assertThat(rowsShown(browser)).containsExactly(3);

            search(browser, "");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(d -> !browser.find("#search-count").isDisplayed());
            browser.find("#segment-target-2, #segment-editor-2");
        }
    }

    private static void search(Browser browser, String text) {
        WebElement input = browser.find("#segment-search input");
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        if (!text.isEmpty()) {
            input.sendKeys(text);
        }
        input.sendKeys(Keys.TAB);
        browser.waitForVaadin();
    }

    private static void waitForCount(Browser browser, String number) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> browser.find("#search-count").isDisplayed() && browser.find("#search-count").getText().contains(number));
    }

    /** Ordinals of the rows the grid shows now (targets and the active editor; rows it keeps for reuse are hidden). */
    private static List<Integer> rowsShown(Browser browser) {
        return browser.driver().findElements(By.cssSelector("[id^='segment-target-'], [id^='segment-editor-']")).stream()
                .filter(WebElement::isDisplayed)
                .map(e -> e.getDomAttribute("id").replaceAll("\\D+", ""))
                .filter(s -> !s.isEmpty()).map(Integer::parseInt).distinct().toList();
    }
}
