package org.tarjima.interchange.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.SearchContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import org.tarjima.base.text.InlineText;
import org.tarjima.interchange.xliff.ExportOptions;
import org.tarjima.interchange.xliff.ExportedFile;
import org.tarjima.interchange.xliff.XliffExportService;
import org.tarjima.support.Browser;
import org.tarjima.support.TestProjects;
import org.tarjima.translation.Origin;
import org.tarjima.translation.SegmentRow;
import org.tarjima.translation.TargetEdit;
import org.tarjima.translation.TranslationService;

/** A project manager takes a vendor's XLIFF back through the import dialog in a real browser. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@WithUserDetails(value = "admin", setupBefore = TestExecutionEvent.TEST_METHOD)
class XliffDialogsBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    TestProjects projects;
    @Autowired
    TranslationService translations;
    @Autowired
    XliffExportService exports;
    @Autowired
    org.tarjima.document.DocumentService documents;

    private SegmentRow row(long document, int ordinal) {
        return projects.segment(document, "ru", ordinal);
    }

    @Test
    void a_vendor_file_is_previewed_a_conflict_is_settled_and_the_import_applied() throws Exception {
        var created = projects.aProject().withTargets("ru").withDocument(TestProjects.seedArticle());
        long document = created.document().id();
        SegmentRow title = row(document, 1);
        translations.confirm(new TargetEdit(title.segmentId(), "ru", InlineText.of("Вместе"), 0, Origin.EDITOR));
        ExportedFile file = exports.exportXliff12(document, "ru", ExportOptions.everything());
        // Meanwhile a translator improves the title in Tarjima; the vendor changes it too, and translates segment 2.
        translations.confirm(new TargetEdit(title.segmentId(), "ru", InlineText.of("Вместе к будущему"), 1, Origin.EDITOR));
        String vendor = new String(file.content(), StandardCharsets.UTF_8)
                .replace("Вместе</target>", "Работая вместе</target>")
                .replaceFirst("(<trans-unit id=\"" + row(document, 2).segmentId()
                        + "\"[^>]*>\\s*<source[^>]*>[^<]*</source>\\s*)<target xml:lang=\"ru\" state=\"new\"></target>",
                        "$1<target xml:lang=\"ru\" state=\"translated\">4 декабря 2020 г.</target>");
        Path upload = Files.createTempFile(Path.of("target"), "vendor-", ".ru.xlf").toAbsolutePath();
        Files.writeString(upload, vendor);

        try (Browser browser = Browser.asAdmin(port)) {
            browser.open("/projects/" + created.project().id());
            browser.find("#import-" + document).click();
            browser.waitForVaadin();
            SearchContext uploadShadow = browser.find("#import-upload").getShadowRoot();
            // A Markdown file first: refused with what to do, and the upload takes the right file right after.
            Path notes = Files.createTempFile(Path.of("target"), "notes-", ".md").toAbsolutePath();
            Files.writeString(notes, "# Not a vendor file");
            uploadShadow.findElement(By.cssSelector("input[type=file]")).sendKeys(notes.toString());
            browser.waitForVaadin();
            assertThat(browser.find("#import-refused").getText()).contains(notes.getFileName().toString(), "not an XLIFF file");
            assertThat(browser.find("#import-apply").getAttribute("disabled")).as("nothing to apply").isNotNull();
            uploadShadow = browser.find("#import-upload").getShadowRoot();
            uploadShadow.findElement(By.cssSelector("input[type=file]")).sendKeys(upload.toString());
            browser.find("#import-summary");
            browser.waitForVaadin();
            assertThat(browser.find("#import-summary").getText()).contains("1 segment changes").contains("1 conflict");
            browser.find("#take-file-1").click();
            browser.waitForVaadin();
            browser.screenshot("import-preview");
            browser.find("#import-apply").click();
            browser.waitForVaadin();
        }
        assertThat(row(document, 1).target().plainText()).isEqualTo("Работая вместе");
        assertThat(row(document, 2).target().plainText()).isEqualTo("4 декабря 2020 г.");
    }

    @Test
    void an_import_that_takes_longer_than_a_second_runs_as_a_job_with_progress() throws Exception {
        var project = projects.aProject().withTargets("kk").create();
        StringBuilder text = new StringBuilder("A long report\n\n");
        for (int paragraph = 1; paragraph <= 6000; paragraph++) {
            text.append("Paragraph ").append(paragraph).append(" names protected areas. It counts their visitors.\n\n");
        }
        Path article = Files.createTempFile(Path.of("target"), "long-report-", ".txt").toAbsolutePath();
        Files.writeString(article, text);

        try (Browser browser = Browser.asAdmin(port)) {
            browser.open("/projects/" + project.id());
            browser.find("#document-upload").getShadowRoot().findElement(By.cssSelector("input[type=file]"))
                    .sendKeys(article.toString());
            browser.find("#jobs .job");
            browser.screenshot("job-running");
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(90))
                    .until(d -> !d.findElements(By.cssSelector("#jobs .job-done")).isEmpty());
            browser.waitForVaadin();
            assertThat(browser.find("#jobs .job-done").getText()).contains("12,001 segments");
            assertThat(browser.find("#document-matrix").getText()).contains("long-report-");
        }
    }

    @Test
    void a_whole_project_is_exported_as_a_zip_prepared_as_a_job() throws Exception {
        var created = projects.aProject().withTargets("ru", "kk").withDocument(TestProjects.seedArticle());
        try (Browser browser = Browser.asAdmin(port)) {
            browser.open("/projects/" + created.project().id());
            browser.find("#export-project").click();
            browser.waitForVaadin();
            browser.find("#export-zip").click();
            browser.waitForVaadin();
            String href = browser.find("#export-zip-download").getAttribute("href");
            assertThat(href).isNotBlank();
            assertThat(browser.find("#export-zip-download").getText()).endsWith("-xliff-1.2.zip");
            browser.screenshot("export-zip");
            // The zip itself: fetched in the page, so with the session's cookies.
            Object names = browser.driver().executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    fetch(arguments[0]).then(r => r.arrayBuffer()).then(b => done(b.byteLength)).catch(e => done(String(e)));""", href);
            assertThat(((Number) names).longValue()).isGreaterThan(1000);
        }
    }

    /** A file whose translations do not say their language, into a project with two: the manager is asked, not guessed for. */
    @Test
    void an_xliff_file_without_a_target_language_asks_which_locale_its_translations_are() throws Exception {
        var project = projects.aProject().withTargets("kk", "ru").create();
        java.nio.file.Path file = java.nio.file.Files.createTempFile(java.nio.file.Path.of("target"), "no-target-language-", ".xlf")
                .toAbsolutePath();
        java.nio.file.Files.write(file, TestProjects.resource("/interchange/flavours/no-target-language-1.2.xlf"));
        try (Browser browser = Browser.asAdmin(port)) {
            browser.open("/projects/" + project.id());
            browser.find("#document-upload").getShadowRoot().findElement(By.cssSelector("input[type=file]"))
                    .sendKeys(file.toString());
            assertThat(browser.waitFor("target-locale-choice").isDisplayed()).isTrue();
            browser.waitForVaadin();
            assertThat(browser.find("#target-locale-import").getAttribute("disabled")).isNotNull();
            browser.find("#target-locale-choice").click();
            org.openqa.selenium.support.ui.WebDriverWait wait = new org.openqa.selenium.support.ui.WebDriverWait(
                    browser.driver(), java.time.Duration.ofSeconds(10));
            wait.until(d -> d.findElements(By.cssSelector("vaadin-select-overlay[opened] vaadin-select-item")).size() == 2);
            java.util.List<org.openqa.selenium.WebElement> items = browser.driver().findElements(
                    By.cssSelector("vaadin-select-overlay[opened] vaadin-select-item"));
            assertThat(items.get(1).getText()).contains("(ru)");
            browser.script("arguments[0].click()", items.get(1));
            browser.waitForVaadin();
            browser.screenshot("import-target-locale");
            browser.find("#target-locale-import").click();
            wait.until(d -> d.findElements(By.cssSelector("vaadin-notification-card")).stream()
                    .anyMatch(card -> card.getText().contains("no-target-language-")));
        }
        long document = documents.documents(project.id()).get(0).id();
        assertThat(projects.segment(document, "ru", 1).target().plainText()).isEqualTo("Река чиста. Рыба вернулась.");
        assertThat(projects.segment(document, "kk", 1).target().isBlank()).isTrue();
    }
}
