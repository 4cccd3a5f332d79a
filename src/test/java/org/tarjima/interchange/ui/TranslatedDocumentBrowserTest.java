package org.tarjima.interchange.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
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
import org.tarjima.document.DocumentService;
import org.tarjima.document.DocumentSummary;
import org.tarjima.support.Browser;
import org.tarjima.support.TestProjects;

/**
 * The Word round trip as a manager and a translator do it: the demo DOCX uploaded on the project page, two segments
 * translated in the editor, the left pane switched to the translation (which shows them), the Russian Word document
 * downloaded from the project page with the translations in it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@WithUserDetails(value = "admin", setupBefore = TestExecutionEvent.TEST_METHOD)
class TranslatedDocumentBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    TestProjects projects;
    @Autowired
    DocumentService documents;
    @Autowired
    org.tarjima.translation.TranslationService translations;

    @Test
    void a_word_document_is_uploaded_translated_seen_as_a_translation_and_downloaded_in_russian() throws Exception {
        long project = projects.aProject().withTargets("ru").create().id();
        Path docx = Path.of("src/main/resources/demo/harmony-with-nature.docx").toAbsolutePath();

        try (Browser browser = Browser.asAdmin(port)) {
            browser.open("/projects/" + project);
            browser.find("#document-upload").getShadowRoot().findElement(By.cssSelector("input[type=file]"))
                    .sendKeys(docx.toString());
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> !documents.documents(project).isEmpty());
            DocumentSummary document = documents.documents(project).get(0);
            assertThat(document.name()).isEqualTo("harmony-with-nature.docx");

            browser.open("/documents/" + document.id() + "/ru");
            typeAndConfirm(browser, 1, "Работая вместе ради будущего в гармонии с природой");
            typeAndConfirm(browser, 2, "4 декабря 2020 года");

            browser.find("#article-mode-translation").click();
            browser.waitForVaadin();
            assertThat(browser.find("#translated-segment-1").getText()).isEqualTo("Работая вместе ради будущего в гармонии с природой");
            assertThat(browser.find("#translated-segment-2").getText()).isEqualTo("4 декабря 2020 года");
            assertThat(browser.find("#translated-segment-3").getAttribute("class")).contains("untranslated");
            browser.screenshot("editor-translation-pane");
            browser.find("#article-mode-side-by-side").click();
            browser.waitForVaadin();
            assertThat(browser.find("#source-segment-1").getText()).startsWith("Working together");
            assertThat(browser.find("#translated-segment-1").getText()).startsWith("Работая вместе");
            // A colleague confirms segment 4 meanwhile: the translation beside the source shows it without a reload.
            org.tarjima.translation.SegmentRow fourth = projects.segment(document.id(), "ru", 4);
            translations.confirm(new org.tarjima.translation.TargetEdit(fourth.segmentId(), "ru",
                    org.tarjima.base.text.InlineText.of("Это мероприятие собрало более 60 участников."), fourth.version(),
                    org.tarjima.translation.Origin.API));
            new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(d ->
                    browser.find("#translated-segment-4").getText().equals("Это мероприятие собрало более 60 участников."));
            assertThat(browser.find("#translated-segment-4").getAttribute("class")).doesNotContain("untranslated");
            browser.screenshot("editor-side-by-side");

            browser.open("/projects/" + project);
            browser.find("#translated-" + document.id()).click();
            browser.waitForVaadin();
            assertThat(browser.find("#translated-fallback").getText())
                    .contains(String.valueOf(document.segmentCount() - 3)).contains(String.valueOf(document.segmentCount()));
            browser.screenshot("translated-download-dialog");
            String href = browser.find("#translated-download").getAttribute("href");
            String base64 = (String) browser.driver().executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    fetch(arguments[0]).then(r => r.arrayBuffer()).then(buffer => {
                      let binary = ''; const bytes = new Uint8Array(buffer);
                      for (let i = 0; i < bytes.length; i++) binary += String.fromCharCode(bytes[i]);
                      done(btoa(binary));
                    }).catch(e => done('ERROR ' + e));""", href);
            String body = org.tarjima.support.OfficeFiles.part(Base64.getDecoder().decode(base64), "word/document.xml");
            assertThat(body).contains("Работая вместе ради будущего в гармонии с природой", "4 декабря 2020 года",
                    "UNESCO Cluster Office in Almaty");
        }
    }

    /** Types into the active segment (the first when the editor opens, then the next after each Ctrl+Enter). */
    private static void typeAndConfirm(Browser browser, int ordinal, String text) {
        WebElement box = browser.find("#segment-editor-" + ordinal + " .editor-box");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> box.equals(browser.script("return document.activeElement;")));
        new Actions(browser.driver()).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).sendKeys(Keys.DELETE)
                .sendKeys(text).keyDown(Keys.CONTROL).sendKeys(Keys.ENTER).keyUp(Keys.CONTROL).perform();
        browser.waitForVaadin();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> browser.find("#segment-target-" + ordinal).getText().equals(text));
    }
}
