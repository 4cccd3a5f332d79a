package org.tarjima.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import org.tarjima.base.text.InlineText;
import org.tarjima.document.DocumentService;
import org.tarjima.glossary.EntryRequest;
import org.tarjima.glossary.GlossaryScope;
import org.tarjima.glossary.GlossaryService;
import org.tarjima.glossary.TermTranslation;
import org.tarjima.jobs.JobService;
import org.tarjima.project.NewProject;
import org.tarjima.project.ProjectService;
import org.tarjima.project.ProjectSummary;
import org.tarjima.review.ReviewService;
import org.tarjima.security.RunAs;
import org.tarjima.support.Browser;
import org.tarjima.support.TestProjects;
import org.tarjima.support.TestUsers;
import org.tarjima.translation.Origin;
import org.tarjima.translation.SegmentRow;
import org.tarjima.translation.TargetEdit;
import org.tarjima.translation.TargetReview;
import org.tarjima.translation.TranslationService;

/**
 * Stored XSS: script-bearing strings as a project name, a document's file name, segment text (as text and as an
 * HTML article's markup), a translation, a glossary translation (a marked term's title), a comment, a rejection reason and a job's title, then every screen that
 * shows them, in a real Chromium whose alert, confirm and prompt are recorded from before the first script runs.
 * No payload runs, no payload becomes an element, and each is shown as the text it is.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@WithUserDetails(value = "admin", setupBefore = TestExecutionEvent.TEST_METHOD)
class XssRenderingBrowserTest {

    static final String IMG = "<img src=x onerror=alert('img')>";
    static final String SCRIPT = "<script>alert('script')</script>";
    static final String SVG = "\"><svg onload=alert('svg')>";
    static final String IFRAME = "<iframe srcdoc=\"<script>parent.alert('iframe')</script>\"></iframe>";
    static final List<String> PAYLOADS = List.of(IMG, SCRIPT, SVG, IFRAME);

    private static final ReliabilityReport report = new ReliabilityReport("xss-rendering");

    @LocalServerPort
    int port;
    @Autowired
    ProjectService projectService;
    @Autowired
    DocumentService documents;
    @Autowired
    TestProjects projects;
    @Autowired
    TestUsers users;
    @Autowired
    TranslationService translations;
    @Autowired
    ReviewService reviews;
    @Autowired
    JobService jobs;
    @Autowired
    RunAs runAs;
    @Autowired
    GlossaryService glossary;

    @AfterAll
    static void writeResults() {
        report.figure("payloads", PAYLOADS);
        report.write();
    }

    @Test
    void script_in_names_segments_translations_comments_and_jobs_is_shown_as_text_and_never_runs() {
        ProjectSummary project = projectService.create(new NewProject("XSS " + SVG + " " + UUID.randomUUID()
                .toString().substring(0, 8), "en", List.of("ru")));
        String article = "Title " + IMG + "\n\nSecond " + SCRIPT + " paragraph.\n\nThird " + SVG + " end.\n\nFourth "
                + IFRAME + " end.\n";
        long document = documents.importSource(project.id(), IMG + ".txt", article.getBytes(StandardCharsets.UTF_8)).id();
        long htmlDocument = documents.importSource(project.id(), SVG + ".html", ("<html><body><p>Markup <b>bold</b> "
                + IMG + " and <a href=\"javascript:alert('href')\">a link</a> and &lt;script&gt;alert('entity')&lt;/script&gt;"
                + ".</p></body></html>").getBytes(StandardCharsets.UTF_8)).id();
        String translator = users.create("xss-translator", TestUsers.translator(project.id(), "ru"));
        SegmentRow first = projects.segment(document, "ru", 1);
        SegmentRow second = projects.segment(document, "ru", 2);
        runAs.user(translator, () -> translations.confirm(new TargetEdit(first.segmentId(), "ru",
                InlineText.of("Заголовок " + IMG + " " + SVG), 0, Origin.API)));
        runAs.user(translator, () -> translations.confirm(new TargetEdit(second.segmentId(), "ru",
                InlineText.of("Второй " + SCRIPT), 0, Origin.API)));
        translations.saveDraft(new TargetEdit(first.segmentId(), "ru", InlineText.of("Заголовок " + IFRAME), 1, Origin.API));
        translations.reject(new TargetReview(second.segmentId(), "ru", 1, Origin.API), "Reason " + IMG);
        reviews.addComment(first.segmentId(), "ru", "Comment " + SVG + " " + SCRIPT);
        // A glossary translation ends up in the title of the term marked in the source.
        glossary.create(GlossaryScope.project(project.id()), EntryRequest.of("Title",
                TermTranslation.approved("ru", "Заголовок " + IMG)));
        jobs.submit(project.id(), org.tarjima.base.i18n.Message.of("jobs.importing", IMG), progress -> "done",
                done -> org.tarjima.base.i18n.Message.of("jobs.exported", SCRIPT), e -> null);

        try (Browser browser = new Browser(port)) {
            recordDialogs(browser);
            browser.signIn("admin", org.tarjima.support.SignedIn.ADMIN_PASSWORD);

            visit(browser, "/", "dashboard", List.of(SVG));
            visit(browser, "/projects/" + project.id(), "project page with documents and jobs", List.of(SVG, IMG));
            browser.open("/documents/" + document + "/ru?segment=1");
            browser.find("#comments-tab").click();
            waitForText(browser, "#comments-panel", "Comment");
            assertThat(browser.find("#segment-source-1-term-1").getDomAttribute("title")).contains("Заголовок " + IMG);
            assertThat(browser.find("#source-segment-1-term-1").getDomAttribute("title")).contains("Заголовок " + IMG);
            visit(browser, null, "editor: grid, article, comments, rejection",
                    List.of(IMG, SCRIPT, SVG, IFRAME, "Reason " + IMG, "Comment " + SVG));
            browser.find("#history-tab").click();
            waitForText(browser, "#history-panel", "Заголовок");
            visit(browser, null, "editor: history tab", List.of(IMG, IFRAME));
            visit(browser, "/documents/" + document + "/ru?segment=2", "editor: a rejected segment", List.of("Reason " + IMG));
            visit(browser, "/documents/" + htmlDocument + "/ru?segment=1", "editor: an HTML article's markup",
                    List.of("<script>alert('entity')</script>"));
            browser.screenshot("xss-editor");
        }
    }

    /**
     * Opens the page (or looks at the current one) and checks it: no dialog was called, no payload became an element
     * (an img with onerror, an svg with onload, an iframe, a script of ours), and the payloads are there as text.
     */
    private void visit(Browser browser, String path, String screen, List<String> shownAsText) {
        if (path != null) {
            browser.open(path);
        }
        sleep(800);
        browser.waitForVaadin();
        @SuppressWarnings("unchecked")
        List<Object> dialogs = (List<Object>) browser.script("return window.__dialogs || [];");
        Long elements = (Long) browser.script("""
                const all = [document, ...[...document.querySelectorAll('*')].map(e => e.shadowRoot).filter(Boolean)];
                let found = 0;
                for (const root of all) {
                  found += root.querySelectorAll('img[onerror], svg[onload], iframe, [onerror], [onload]').length;
                  found += [...root.querySelectorAll('script')].filter(s => s.textContent.includes('alert(')).length;
                  found += root.querySelectorAll('a[href^="javascript:"]').length;
                }
                return found;""");
        String text = (String) browser.script("return document.body.innerText;");
        assertThat(dialogs).as(screen + ": a payload ran").isEmpty();
        assertThat(elements).as(screen + ": a payload became an element").isZero();
        for (String payload : shownAsText) {
            assertThat(text).as(screen + " shows the payload as text").contains(payload);
        }
        report.addCase(screen, "shown as text; no dialog, no injected element", 0, dialogs.size() + elements);
    }

    /** Before any page script: alert, confirm and prompt only record that they were called. */
    private static void recordDialogs(Browser browser) {
        browser.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                window.__dialogs = [];
                for (const name of ['alert', 'confirm', 'prompt']) {
                  window[name] = (message) => { window.__dialogs.push(name + ': ' + message); };
                }"""));
    }

    private static void waitForText(Browser browser, String css, String text) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .until(d -> browser.find(css).getText().contains(text));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
