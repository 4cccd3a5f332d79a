package org.tarjima.translation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import org.tarjima.base.text.InlineText;
import org.tarjima.document.DocumentService;
import org.tarjima.document.DocumentSummary;
import org.tarjima.security.ProjectRole;
import org.tarjima.security.UserService;
import org.tarjima.security.UserService.RoleRequest;
import org.tarjima.support.Browser;
import org.tarjima.support.SignedIn;
import org.tarjima.support.TestProjects;
import org.tarjima.translation.Origin;
import org.tarjima.translation.SegmentRow;
import org.tarjima.translation.TargetEdit;
import org.tarjima.translation.TranslationService;

/** What a translator trips over in the editor: the keyboard, the article's scroll, a search that finds nothing, who is where. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@WithUserDetails(value = "admin", setupBefore = TestExecutionEvent.TEST_METHOD)
class EditorFinishBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    TestProjects projects;
    @Autowired
    DocumentService documents;
    @Autowired
    TranslationService translations;
    @Autowired
    UserService users;

    @Test
    void the_article_shows_the_segment_asked_for_ctrl_arrows_work_from_a_panel_tab_and_the_help_lists_every_key() {
        TestProjects.Created created = projects.aProject().withTargets("ru").withDocument(TestProjects.seedArticle());
        String editor = "/documents/" + created.document().id() + "/ru";
        try (Browser browser = Browser.asAdmin(port)) {
            browser.open(editor + "?segment=13");
            browser.waitFor("segment-editor-13");
            waitUntilInArticleView(browser, 13);

            // From a tab of the bottom panel, Ctrl+Down and Ctrl+Up move through the segments.
            browser.find("#glossary-tab").click();
            new Actions(browser.driver()).keyDown(Keys.CONTROL).sendKeys(Keys.ARROW_DOWN).keyUp(Keys.CONTROL).perform();
            browser.find("#segment-editor-14");
            browser.find("#glossary-tab").click();
            new Actions(browser.driver()).keyDown(Keys.CONTROL).sendKeys(Keys.ARROW_UP).keyUp(Keys.CONTROL).perform();
            browser.find("#segment-editor-13");

            browser.find("#shortcuts-help").click();
            String help = browser.find("vaadin-dialog-overlay[opened]").getText();
            assertThat(help).contains("Ctrl+1…9", "Ctrl+Shift+1…9", "Ctrl+↓", "Ctrl+↑", "Ctrl+Enter", "Ctrl+Space", "Esc");
            browser.screenshot("editor-shortcuts");
            browser.find("vaadin-dialog-overlay[opened] vaadin-button").click();
            browser.waitForVaadin();

            // Another UI language reloads the page (as the switcher does): the same sentence is in view again.
            browser.driver().manage().addCookie(new Cookie("tarjima-ui-language", "ru"));
            browser.reload();
            browser.waitFor("segment-editor-13");
            waitUntilInArticleView(browser, 13);
            browser.screenshot("editor-segment-13-after-language-switch");
        }
    }

    @Test
    void a_search_that_finds_nothing_clears_the_panels_and_clearing_it_brings_the_segment_back() {
        TestProjects.Created created = projects.aProject().withTargets("ru").withDocument(TestProjects.seedArticle());
        DocumentSummary twin = documents.importSource(created.project().id(), "twin.txt", TestProjects.seedArticle().content());
        SegmentRow third = projects.segment(created.document().id(), "ru", 3);
        translations.confirm(new TargetEdit(third.segmentId(), "ru", InlineText.of("26 ноября 2020 года ЮНЕСКО провело диалог."),
                third.version(), Origin.API));
        try (Browser browser = Browser.asAdmin(port)) {
            browser.open("/documents/" + twin.id() + "/ru?segment=3");
            browser.waitFor("segment-editor-3");
            browser.waitFor("tm-match-1");
            assertThat(browser.exists("source-segment-3")).isTrue();

            var search = browser.find("#segment-search input");
            search.sendKeys("no such words anywhere", Keys.TAB);
            browser.waitForVaadin();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(d -> browser.find("#search-count").isDisplayed() && browser.find("#search-count").getText().startsWith("No segment"));
            assertThat(browser.exists("tm-match-1")).as("the previous segment's TM match").isFalse();
            assertThat(browser.driver().findElements(By.cssSelector("#article-pane .current"))).as("highlight").isEmpty();
            browser.screenshot("editor-search-without-hits");

            search.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, Keys.TAB);
            browser.waitForVaadin();
            browser.waitFor("segment-editor-3");
            browser.waitFor("tm-match-1");
        }
    }

    @Test
    void a_reviewer_or_manager_looking_is_viewing_and_a_manager_is_told_why_the_text_is_read_only() {
        TestProjects.Created created = projects.aProject().withTargets("ru").withDocument(TestProjects.seedArticle());
        users.grant("translator", new RoleRequest(created.project().id(), "ru", ProjectRole.TRANSLATOR));
        String editor = "/documents/" + created.document().id() + "/ru";
        try (Browser translator = Browser.signedIn(port, "translator", SignedIn.DEMO_PASSWORD);
             Browser manager = Browser.signedIn(port, "manager", SignedIn.DEMO_PASSWORD)) {
            translator.open(editor + "?segment=1");
            manager.open(editor + "?segment=4");
            assertThat(manager.waitFor("read-only-notice").getText()).contains("Russian", "translators");
            assertThat(manager.exists("segment-editor-4")).isFalse();
            manager.screenshot("editor-read-only-manager");

            new WebDriverWait(translator.driver(), Duration.ofSeconds(10)).until(d -> translator.exists("editing-4"));
            assertThat(translator.find("#editing-4").getText()).isEqualTo("Manager is viewing");
            new WebDriverWait(manager.driver(), Duration.ofSeconds(10)).until(d -> manager.exists("editing-1"));
            assertThat(manager.find("#editing-1").getText()).isEqualTo("Translator is editing");
        }
    }

    @Test
    void replace_previews_every_change_with_codes_as_chips_applies_it_and_reports_a_colleagues_newer_save() {
        TestProjects.Created created = projects.aProject().withTargets("ru")
                .withDocument(TestProjects.article("/document/press-release.md"));
        long document = created.document().id();
        SegmentRow first = projects.segment(document, "ru", 1);
        translations.confirm(new TargetEdit(first.segmentId(), "ru",
                org.tarjima.base.text.InlineMarkers.read("ЮНЕСКО и партнёры встречаются в <1>Алма-Ате</1>"), first.version(), Origin.API));
        SegmentRow second = projects.segment(document, "ru", 2);
        translations.saveDraft(new TargetEdit(second.segmentId(), "ru", InlineText.of("Диалог прошёл в Алма-Ате."),
                second.version(), Origin.API));
        try (Browser browser = Browser.asAdmin(port)) {
            browser.open("/documents/" + document + "/ru?segment=3");
            browser.find("#replace-open").click();
            browser.waitForVaadin();
            browser.find("#replace-find input").sendKeys("алма-ате");
            browser.find("#replace-with input").sendKeys("Алматы", Keys.TAB);
            browser.find("#replace-preview").click();
            browser.waitForVaadin();
            assertThat(browser.find("#replace-count").getText()).isEqualTo("2 changes");
            String change = "#replace-change-" + document + "-1";
            assertThat(browser.find(change + " .replace-after").getText()).contains("Алматы");
            assertThat(browser.driver().findElements(By.cssSelector(change + " .replace-after .code-chip"))).hasSize(2);
            browser.screenshot("replace-preview");

            // A colleague saves segment 2 after the preview: it is reported, not overwritten.
            SegmentRow now = projects.segment(document, "ru", 2);
            translations.saveDraft(new TargetEdit(now.segmentId(), "ru", InlineText.of("Диалог прошёл онлайн."), now.version(),
                    Origin.API));
            browser.find("#replace-apply").click();
            browser.waitForVaadin();
            assertThat(browser.find("#replace-refused").getText()).startsWith("1 segment was saved by a colleague");
            assertThat(browser.exists("replace-change-" + document + "-2")).isTrue();
            browser.screenshot("replace-applied");
            browser.find("vaadin-dialog-overlay[opened] vaadin-button").click();
            browser.waitForVaadin();
            assertThat(browser.find("#segment-target-1").getText()).contains("Алматы");
        }
        assertThat(projects.segment(document, "ru", 1).target().plainText()).isEqualTo("ЮНЕСКО и партнёры встречаются в Алматы");
        assertThat(projects.segment(document, "ru", 2).target().plainText()).isEqualTo("Диалог прошёл онлайн.");
    }

    /** The sentence of the segment is within the article pane's visible area. */
    private static void waitUntilInArticleView(Browser browser, int ordinal) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(browser.script("""
                const sentence = document.getElementById('source-segment-' + arguments[0]);
                const pane = document.getElementById('article-pane');
                if (!sentence || !pane) return false;
                const s = sentence.getBoundingClientRect(), p = pane.getBoundingClientRect();
                return s.height > 0 && s.top >= p.top && s.bottom <= p.bottom && s.bottom <= window.innerHeight;""",
                ordinal)));
    }
}
