package org.tarjima.interchange.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import org.tarjima.document.DocumentService;
import org.tarjima.support.Browser;
import org.tarjima.support.TestProjects;
import org.tarjima.translation.TargetState;

/** A manager imports Tarjima's Russian bundle into the English bundle document and downloads the translated file. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@WithUserDetails(value = "admin", setupBefore = TestExecutionEvent.TEST_METHOD)
class BundleDialogsBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    TestProjects projects;
    @Autowired
    DocumentService documents;

    @Test
    void the_russian_bundle_is_uploaded_as_translations_and_the_translated_file_downloaded() throws Exception {
        long project = projects.aProject().withTargets("ru").create().id();
        long document = documents.importSource(project, "messages_en.properties",
                Files.readAllBytes(Path.of("translations/messages_en.properties"))).id();
        Path ru = Path.of("translations/messages_ru.properties").toAbsolutePath();

        try (Browser browser = Browser.asAdmin(port)) {
            browser.open("/projects/" + project);
            browser.find("#import-" + document).click();
            browser.waitForVaadin();
            browser.find("#bundle-import-upload").getShadowRoot().findElement(By.cssSelector("input[type=file]"))
                    .sendKeys(ru.toString());
            browser.find("#bundle-import-summary");
            browser.waitForVaadin();
            assertThat(browser.exists("bundle-import-refused")).isFalse();
            browser.screenshot("bundle-import");
            browser.find("#bundle-import-close").click();
            browser.waitForVaadin();

            browser.find("#export-" + document).click();
            browser.waitForVaadin();
            int keys = documents.find(document).orElseThrow().segmentCount();
            assertThat(browser.find("#bundle-export-hint").getText()).contains(keys + " of " + keys);
            String href = browser.find("#bundle-export-download").getAttribute("href");
            browser.screenshot("bundle-export");
            Object text = browser.driver().executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    fetch(arguments[0]).then(r => r.text()).then(done).catch(e => done(String(e)));""", href);
            assertThat((String) text).contains("nav.projects=Проекты\n").startsWith("# Tarjima UI messages, English");
        }
        assertThat(projects.segment(document, "ru", 1).state()).isEqualTo(TargetState.TRANSLATED);
        assertThat(Files.readString(ru, StandardCharsets.UTF_8)).contains("nav.projects=Проекты");
    }
}
