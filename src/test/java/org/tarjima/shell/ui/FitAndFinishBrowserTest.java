package org.tarjima.shell.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import org.tarjima.document.DocumentService;
import org.tarjima.document.DocumentSummary;
import org.tarjima.project.NewProject;
import org.tarjima.project.PretranslateOnImport;
import org.tarjima.project.ProjectService;
import org.tarjima.project.ProjectSummary;
import org.tarjima.support.Browser;
import org.tarjima.support.TestProjects;

/** The small things a new user trips over, measured in a real browser at 1440×900. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@WithUserDetails(value = "admin", setupBefore = TestExecutionEvent.TEST_METHOD)
class FitAndFinishBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    ProjectService projects;
    @Autowired
    DocumentService documents;

    @Test
    void long_names_placeholders_toolbars_and_page_widths_stay_in_their_place() {
        String longName = ("A press release with a very long name " + "x".repeat(200)).substring(0, 200);
        ProjectSummary project = projects.create(new NewProject(longName, "en",
                List.of("ru", "kk", "ky", "tg", "tk", "uz", "uz-Cyrl"), PretranslateOnImport.OFF));
        DocumentSummary document = documents.importSource(project.id(), "harmony.txt", TestProjects.seedArticle().content());
        DocumentSummary repeats = documents.importSource(project.id(), "repeats.txt",
                "Thank you.\n\nThe meeting ends.\n\nThank you.\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        try (Browser browser = Browser.asAdmin(port)) {
            // A 200-character project name: the logo stays on one line, the breadcrumb ends in "…".
            browser.open("/projects/" + project.id());
            double brandHeight = number(browser.script("return document.querySelector('.brand').getBoundingClientRect().height;"));
            double lineHeight = number(browser.script("return parseFloat(getComputedStyle(document.querySelector('.brand')).lineHeight) || 30;"));
            assertThat(brandHeight).isLessThan(lineHeight * 1.6);
            assertThat((Boolean) browser.script("return document.documentElement.scrollWidth <= window.innerWidth;")).isTrue();

            // The export dialog names XLIFF 2.1's element when 2.1 is chosen.
            browser.find("#export-" + document.id()).click();
            browser.waitForVaadin();
            assertThat(browser.find("vaadin-dialog-overlay[opened]").getText()).contains("One <trans-unit> per segment");
            browser.find("#export-version").click();
            browser.driver().findElements(By.cssSelector("vaadin-select-item")).stream()
                    .filter(item -> item.getText().contains("2.1")).findFirst().orElseThrow().click();
            browser.waitForVaadin();
            assertThat(browser.find("vaadin-dialog-overlay[opened]").getText()).contains("One <unit> per segment");
            browser.screenshot("export-dialog-xliff-2.1");
            browser.find("vaadin-dialog-overlay[opened] vaadin-button").click();
            browser.waitForVaadin();

            // The glossary page is centred like the others.
            browser.open("/projects/" + project.id() + "/glossary");
            browser.waitFor("glossary-view");
            // Centred in the content area (a scroll bar on one page and not the other moves both by half its width).
            assertThat(number(browser.script("""
                    const page = document.getElementById('glossary-view').getBoundingClientRect();
                    const content = document.querySelector('vaadin-app-layout').shadowRoot.querySelector('[content]')
                        || document.documentElement;
                    const area = content.getBoundingClientRect();
                    return (page.left + page.width / 2) - (area.left + content.clientWidth / 2);""")))
                    .isCloseTo(0.0, org.assertj.core.data.Offset.offset(2.0));
            assertThat(number(browser.script("return document.getElementById('glossary-view').getBoundingClientRect().width;")))
                    .isLessThanOrEqualTo(1200.0);

            // The search field shows its whole placeholder; the review toolbar stays on one line with the drawer open.
            browser.open("/documents/" + document.id() + "/ru");
            browser.find("#segment-editor-1");
            assertThat((Boolean) browser.script("""
                    const input = document.querySelector('#segment-search input');
                    const probe = document.createElement('span');
                    const style = getComputedStyle(input);
                    probe.style.font = style.font;
                    probe.style.position = 'absolute';
                    probe.style.whiteSpace = 'pre';
                    probe.textContent = input.placeholder;
                    document.body.appendChild(probe);
                    const fits = probe.getBoundingClientRect().width <= input.getBoundingClientRect().width;
                    probe.remove();
                    return fits;""")).as("the whole placeholder is visible").isTrue();
            browser.find("vaadin-drawer-toggle").click();
            browser.find("#review-mode").click();
            browser.waitForVaadin();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(d -> !d.findElements(By.cssSelector(".editor-view.review-mode")).isEmpty());
            double toolbar = number(browser.script("return document.querySelector('.editor-toolbar').getBoundingClientRect().height;"));
            assertThat(toolbar).as("one line of toolbar").isLessThan(70);
            assertThat((Boolean) browser.script("""
                    const percent = document.querySelector('.editor-toolbar .percent').getBoundingClientRect();
                    const counts = document.getElementById('editor-counts').getBoundingClientRect();
                    return percent.right <= counts.left + 1;""")).as("the percentage does not run into the counts").isTrue();
            assertThat(browser.find("#breadcrumb a").getText()).as("the first crumb is whole").isEqualTo("Projects");
            browser.screenshot("editor-review-mode-drawer-open");

            // The repetitions offer keeps its buttons apart from its sentence.
            browser.open("/documents/" + repeats.id() + "/ru?segment=1");
            org.openqa.selenium.WebElement box = browser.find("#segment-editor-1 .editor-box");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(d -> box.equals(browser.script("return document.activeElement;")));
            new org.openqa.selenium.interactions.Actions(browser.driver()).sendKeys("Спасибо.")
                    .keyDown(org.openqa.selenium.Keys.CONTROL).sendKeys(org.openqa.selenium.Keys.ENTER)
                    .keyUp(org.openqa.selenium.Keys.CONTROL).perform();
            browser.find("#use-for-repetitions");
            assertThat(number(browser.script("""
                    const offer = document.querySelector('.repetitions-offer');
                    const text = offer.querySelector('span').getBoundingClientRect();
                    const button = document.getElementById('use-for-repetitions').getBoundingClientRect();
                    return button.top >= text.bottom ? button.top - text.bottom : button.left - text.right;""")))
                    .as("space between the offer's sentence and its button").isGreaterThanOrEqualTo(8);
        }
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }
}
