package org.tarjima.translation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
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
import org.tarjima.document.DocumentService;
import org.tarjima.project.ProjectService;
import org.tarjima.support.Browser;
import org.tarjima.support.TestProjects;
import org.tarjima.base.text.InlineText;
import org.tarjima.translation.Origin;
import org.tarjima.translation.TargetEdit;
import org.tarjima.translation.HistoryEntry;
import org.tarjima.translation.SegmentRow;
import org.tarjima.translation.StateFilter;
import org.tarjima.translation.TargetSnapshot;
import org.tarjima.translation.TargetState;
import org.tarjima.translation.TranslationService;

/** The editor in a real headless Chromium against the running application and PostgreSQL. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@WithUserDetails(value = "admin", setupBefore = TestExecutionEvent.TEST_METHOD)
class EditorBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    org.tarjima.translation.SegmentListing listing;
    @Autowired
    ProjectService projects;
    @Autowired
    DocumentService documents;
    @Autowired
    TranslationService translations;
    @Autowired
    TestProjects testProjects;

    private long demoDocument() {
        long project = projects.findByName("Harmony with nature").orElseThrow().id();
        return documents.documents(project).get(0).id();
    }

    private static void typeInto(Browser browser, int ordinal, String text) {
        WebElement box = browser.find("#segment-editor-" + ordinal + " .editor-box");
        // The editor takes the focus itself when its row becomes active, as a translator expects.
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> box.equals(browser.script("return document.activeElement;")));
        new Actions(browser.driver()).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).sendKeys(Keys.DELETE)
                .sendKeys(text).perform();
    }

    @Test
    void a_translation_typed_and_confirmed_in_kazakh_survives_a_reload() {
        long document = demoDocument();
        String translation = "2020 жылғы 4 желтоқсан · " + UUID.randomUUID().toString().substring(0, 8);
        try (Browser browser = Browser.asAdmin(port)) {
            browser.open("/");
            browser.waitFor("project-cards");
            browser.screenshot("dashboard");

            browser.open("/documents/" + document + "/kk");
            browser.find("#segment-editor-1");
            Object listTop = browser.script("return document.getElementById('segment-grid').getBoundingClientRect().top;");
            browser.find("#segment-source-2").click();
            browser.waitForVaadin();
            // The helpers' bar keeps its place whether a segment offers conversions (2) or not (1): the list stays put.
            assertThat(browser.script("return document.getElementById('segment-grid').getBoundingClientRect().top;"))
                    .isEqualTo(listTop);
            // The date of the source is offered in Kazakh's own format and goes in with a click.
            assertThat(browser.find("#insert-value-0").getText()).startsWith("4 December 2020 → 2020").contains("4 желтоқсан");
            browser.find("#insert-value-0").click();
            browser.waitForVaadin();
            assertThat(browser.find("#segment-editor-2 .editor-box").getText()).endsWith("4 желтоқсан");
            typeInto(browser, 2, translation);
            new Actions(browser.driver()).keyDown(Keys.CONTROL).sendKeys(Keys.ENTER).keyUp(Keys.CONTROL).perform();
            browser.waitForVaadin();

            // Ctrl+Enter confirmed and moved on to segment 3.
            browser.find("#segment-editor-3");
            assertThat(browser.find("#source-segment-3.current")).isNotNull();
            // The confirmed row shows its text and state without a reload too.
            assertThat(browser.waitFor("segment-target-2").getText()).isEqualTo(translation);
            assertThat(browser.find("#segment-state-2").getAttribute("class")).contains("state-translated");
            browser.screenshot("editor");

            browser.reload();
            browser.waitFor("segment-grid");
            WebElement target = browser.waitFor("segment-target-2");
            assertThat(target.getText()).isEqualTo(translation);
            assertThat(browser.find("#segment-state-2").getAttribute("class")).contains("state-translated");
        }
        SegmentRow row = listing.page(document, "kk", StateFilter.ALL, 1, 1).get(0);
        assertThat(row.target().plainText()).isEqualTo(translation);
        assertThat(row.state()).isEqualTo(TargetState.TRANSLATED);
    }

    @Test
    void a_colleagues_save_on_the_segment_being_typed_in_offers_the_conflict_choice_and_nothing_is_lost() {
        long document = testProjects.aProject().withTargets("ru").withDocument(TestProjects.seedArticle()).document().id();
        long segment = listing.page(document, "ru", StateFilter.ALL, 4, 1).get(0).segmentId();
        try (Browser bolat = Browser.asAdmin(port)) {
            bolat.open("/documents/" + document + "/ru?segment=5");
            typeInto(bolat, 5, "Диалог укрепил региональное сотрудничество.");
            new WebDriverWait(bolat.driver(), Duration.ofSeconds(10))
                    .until(d -> translations.target(segment, "ru").version() == 1);

            // Aida saves the same segment from elsewhere (another tab, another node, the API) while Bolat is in it.
            translations.saveDraft(new TargetEdit(segment, "ru",
                    InlineText.of("Политический диалог также способствовал сотрудничеству."), 1, Origin.API));

            assertThat(bolat.waitFor("conflict-theirs").getText()).contains("Политический диалог");
            assertThat(bolat.waitFor("conflict-mine").getText()).contains("Диалог укрепил");
            bolat.screenshot("conflict");
            // Until Bolat chooses, Aida's text stands.
            assertThat(translations.target(segment, "ru").content().plainText()).startsWith("Политический диалог");

            bolat.waitFor("conflict-keep-mine").click();
            bolat.waitForVaadin();
        }
        TargetSnapshot stored = translations.target(segment, "ru");
        assertThat(stored.content().plainText()).isEqualTo("Диалог укрепил региональное сотрудничество.");
        assertThat(stored.version()).isEqualTo(3);
        List<HistoryEntry> history = translations.history(segment, "ru");
        assertThat(history).extracting(h -> h.newContent().plainText()).containsExactly(
                "Диалог укрепил региональное сотрудничество.",
                "Политический диалог также способствовал сотрудничеству.",
                "Диалог укрепил региональное сотрудничество.");
    }

    @Test
    void a_document_of_ten_thousand_segments_opens_deep_inside_without_loading_everything() {
        StringBuilder text = new StringBuilder("A long report on nature protection\n\n");
        for (int paragraph = 1; paragraph <= 5000; paragraph++) {
            text.append("Paragraph ").append(paragraph).append(" describes protected areas in the region. ")
                    .append("It lists ").append(paragraph % 97).append(" sites and their geoparks.\n\n");
        }
        var created = testProjects.aProject().withTargets("ru").withDocument(
                new TestProjects.Article("long-report.txt", text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        long document = created.document().id();
        assertThat(created.document().segmentCount()).isEqualTo(10_001);

        try (Browser browser = Browser.asAdmin(port)) {
            browser.open("/documents/" + document + "/ru?segment=9000");
            browser.find("#segment-editor-9000");
            assertThat(browser.find("#source-segment-9000.current").getText()).isEqualTo("Paragraph 4500 describes protected areas in the region.");

            long renderedSource = (Long) browser.script("return document.querySelectorAll('#article-pane .src-seg').length;");
            long renderedRows = (Long) browser.script("return document.querySelectorAll('[id^=segment-target-]').length;");
            assertThat(renderedSource).as("article sentences rendered").isLessThan(400);
            assertThat(renderedRows).as("segment rows rendered").isLessThan(300);

            new Actions(browser.driver()).keyDown(Keys.CONTROL).sendKeys(Keys.ARROW_DOWN).keyUp(Keys.CONTROL).perform();
            browser.waitForVaadin();
            browser.find("#segment-editor-9001");
            assertThat(browser.find("#source-segment-9001.current").getText()).isEqualTo("It lists 38 sites and their geoparks.");
            browser.screenshot("editor-10k");
        }
    }

    @Test
    void inline_codes_are_chips_that_survive_copying_the_source_and_typing() {
        long document = testProjects.aProject().withTargets("kk")
                .withDocument(TestProjects.article("/document/press-release.md")).document().id();
        SegmentRow heading = listing.page(document, "kk", StateFilter.ALL, 0, 1).get(0);
        try (Browser browser = Browser.asAdmin(port)) {
            browser.open("/documents/" + document + "/kk");
            WebElement box = browser.find("#segment-editor-1 .editor-box");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(d -> box.equals(browser.script("return document.activeElement;")));
            // The source's two codes are offered as chips before anything is typed.
            assertThat(browser.driver().findElements(org.openqa.selenium.By.cssSelector("#segment-editor-1 .missing-codes .code-chip"))).hasSize(2);

            new Actions(browser.driver()).keyDown(Keys.CONTROL).sendKeys(Keys.SPACE).keyUp(Keys.CONTROL)
                    .sendKeys(Keys.END).sendKeys(" қаласында").perform();
            assertThat(box.findElements(org.openqa.selenium.By.cssSelector(".code-chip"))).hasSize(2);
            assertThat(browser.driver().findElements(org.openqa.selenium.By.cssSelector("#segment-editor-1 .missing-codes .code-chip"))).isEmpty();
            browser.screenshot("editor-codes");
            new Actions(browser.driver()).keyDown(Keys.CONTROL).sendKeys(Keys.ENTER).keyUp(Keys.CONTROL).perform();
            browser.waitForVaadin();
            browser.find("#segment-editor-2");
        }
        TargetSnapshot stored = translations.target(heading.segmentId(), "kk");
        assertThat(stored.state()).isEqualTo(TargetState.TRANSLATED);
        assertThat(stored.content().codes()).isEqualTo(heading.source().codes());
        assertThat(stored.content().plainText()).isEqualTo("UNESCO and partners meet in Almaty қаласында");
    }

    @Test
    void a_plural_message_shows_the_targets_cldr_categories_and_a_skeleton() {
        long document = testProjects.aProject().withTargets("ru").withDocument(new TestProjects.Article("strings.txt",
                "Inbox\n\nYou have {count, plural, one {# new segment} other {# new segments}} to translate.\n"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8))).document().id();
        try (Browser browser = Browser.asAdmin(port)) {
            browser.open("/documents/" + document + "/ru?segment=2");
            browser.find("#segment-editor-2");
            assertThat(browser.find("#plural-categories").getText()).contains("one (1, 21").contains("few (2, 3, 4")
                    .contains("many").contains("other");
            browser.find("#insert-plural-skeleton").click();
            browser.waitForVaadin();
            assertThat(browser.find("#segment-editor-2 .editor-box").getText())
                    .contains("{count, plural, one {# new segment} few {# new segments} many {# new segments} other {# new segments}}");
            browser.screenshot("editor-plural");
        }
    }
}
