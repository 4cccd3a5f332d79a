package org.tarjima.translation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
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
import org.tarjima.support.Browser;
import org.tarjima.support.TestProjects;
import org.tarjima.translation.TranslationService;

/** QA findings follow the translator's typing in the editor, and a one-click fix is saved like typing. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@WithUserDetails(value = "admin", setupBefore = TestExecutionEvent.TEST_METHOD)
class QaInEditorBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    TestProjects projects;
    @Autowired
    TranslationService translations;

    @Test
    void a_wrong_uzbek_apostrophe_is_found_while_typing_and_fixed_with_one_click() {
        long document = projects.aProject().withTargets("uz").withDocument(TestProjects.seedArticle()).document().id();
        long segment = projects.segment(document, "uz", 1).segmentId();
        try (Browser browser = Browser.asAdmin(port)) {
            browser.open("/documents/" + document + "/uz?segment=1");
            WebElement box = browser.find("#segment-editor-1 .editor-box");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(d -> box.equals(browser.script("return document.activeElement;")));
            new Actions(browser.driver()).sendKeys("Tabiat bilan uyg'unlikda kelajakni birga quramiz").perform();

            browser.find("#qa-tab").click();
            WebElement finding = browser.find("#qa-finding-uzApostrophe");
            assertThat(finding.getText()).isNotBlank();
            browser.screenshot("qa-in-editor");
            browser.find("#qa-fix-uzApostrophe").click();
            browser.waitForVaadin();

            new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> translations.target(segment, "uz")
                    .content().plainText().equals("Tabiat bilan uygʻunlikda kelajakni birga quramiz"));
            assertThat(browser.find("#segment-editor-1 .editor-box").getText()).contains("uygʻunlikda");
            new Actions(browser.driver()).keyDown(Keys.CONTROL).sendKeys(Keys.ENTER).keyUp(Keys.CONTROL).perform();
            browser.waitForVaadin();
            assertThat(browser.exists("qa-badge-1")).isFalse();
        }
    }

    @Autowired
    org.tarjima.glossary.GlossaryService glossary;

    @Test
    void a_glossary_term_of_the_active_source_is_offered_and_inserted_with_ctrl_shift_1() {
        TestProjects.Created created = projects.aProject().withTargets("ru")
                .withDocument(TestProjects.article("/document/press-release.md"));
        glossary.create(org.tarjima.glossary.GlossaryScope.project(created.project().id()),
                new org.tarjima.glossary.EntryRequest("partner", java.util.List.of("partner*"), "UN usage", false,
                        java.util.List.of(org.tarjima.glossary.TermTranslation.approved("ru", "партнёр", "партнёр*")), null));
        try (Browser browser = Browser.asAdmin(port)) {
            browser.open("/documents/" + created.document().id() + "/ru?segment=1");
            WebElement box = browser.find("#segment-editor-1 .editor-box");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(d -> box.equals(browser.script("return document.activeElement;")));
            assertThat(browser.find("#glossary-tab").getText()).contains("1");
            browser.find("#glossary-tab").click();
            browser.waitForVaadin();
            browser.screenshot("glossary-tab");
            assertThat(browser.find("#glossary-hit-1").getText()).contains("partner").contains("партнёр");
            browser.find("#segment-editor-1 .editor-box").click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> browser.find("#segment-editor-1 .editor-box")
                    .equals(browser.script("return document.activeElement;")));
            new Actions(browser.driver()).sendKeys("ЮНЕСКО и ").keyDown(Keys.CONTROL).keyDown(Keys.SHIFT).sendKeys("1")
                    .keyUp(Keys.SHIFT).keyUp(Keys.CONTROL).perform();
            browser.waitForVaadin();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                    .until(d -> browser.find("#segment-editor-1 .editor-box").getText().contains("ЮНЕСКО и партнёр"));
            browser.screenshot("glossary-in-editor");
        }
    }

    @Autowired
    org.tarjima.document.DocumentService documents;

    @Test
    void a_memory_match_from_an_earlier_document_is_inserted_with_ctrl_1_and_recorded_as_tm() {
        String unique = "The reserve " + java.util.UUID.randomUUID().toString().substring(0, 8) + " protects snow leopards.";
        long project = projects.aProject().withTargets("ru").create().id();
        long first = documents.importSource(project, "first.txt", unique.getBytes(java.nio.charset.StandardCharsets.UTF_8)).id();
        long second = documents.importSource(project, "second.txt", unique.getBytes(java.nio.charset.StandardCharsets.UTF_8)).id();
        var done = projects.segment(first, "ru", 1);
        translations.confirm(new org.tarjima.translation.TargetEdit(done.segmentId(), "ru",
                org.tarjima.base.text.InlineText.of("Заповедник охраняет снежных барсов."), 0, org.tarjima.translation.Origin.API));
        long segment = projects.segment(second, "ru", 1).segmentId();
        try (Browser browser = Browser.asAdmin(port)) {
            browser.open("/documents/" + second + "/ru?segment=1");
            WebElement box = browser.find("#segment-editor-1 .editor-box");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(d -> box.equals(browser.script("return document.activeElement;")));
            assertThat(browser.find("#tm-match-1").getText()).contains("Заповедник охраняет снежных барсов.");
            new Actions(browser.driver()).keyDown(Keys.CONTROL).sendKeys("1").keyUp(Keys.CONTROL).perform();
            browser.waitForVaadin();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d -> translations.target(segment, "ru")
                    .content().plainText().equals("Заповедник охраняет снежных барсов."));
            assertThat(translations.history(segment, "ru")).extracting(org.tarjima.translation.HistoryEntry::origin)
                    .containsExactly(org.tarjima.translation.Origin.TM);
            browser.screenshot("tm-in-editor");
        }
    }
}
