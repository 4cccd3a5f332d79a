package org.tarjima.project.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import org.tarjima.document.DocumentService;
import org.tarjima.document.DocumentSummary;
import org.tarjima.jobs.JobService;
import org.tarjima.support.Browser;
import org.tarjima.support.TestProjects;

/**
 * The project page of a project with seven target locales, as a manager sees it at 1440×900 and 1920×1080: every
 * document's actions on screen without a sideways scroll, each locale's header over its column, a short job list.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@WithUserDetails(value = "admin", setupBefore = TestExecutionEvent.TEST_METHOD)
class ProjectPageBrowserTest {

    private static final List<String> LOCALES = List.of("ru", "kk", "ky", "tg", "tk", "uz", "uz-Cyrl");

    @LocalServerPort
    int port;
    @Autowired
    TestProjects projects;
    @Autowired
    DocumentService documents;
    @Autowired
    JobService jobs;

    @Test
    void seven_locales_fit_with_every_action_in_reach_headers_over_their_columns_and_a_bounded_job_list() throws Exception {
        TestProjects.Created created = projects.aProject().withTargets(LOCALES.toArray(String[]::new))
                .withDocument(TestProjects.seedArticle());
        long project = created.project().id();
        DocumentSummary second = documents.importSource(project, "a-press-release-with-a-rather-long-file-name.md",
                TestProjects.resource("/document/press-release.md"));
        for (int i = 1; i <= 5; i++) {
            jobs.submit(project, org.tarjima.base.i18n.Message.of("jobs.importing", "job-" + i + ".md"), progress -> "done",
                    result -> org.tarjima.base.i18n.Message.of("jobs.exported", "job.zip"), null).await(java.time.Duration.ofSeconds(10));
        }

        try (Browser browser = Browser.asAdmin(port)) {
            for (Dimension size : List.of(new Dimension(1440, 900), new Dimension(1920, 1080))) {
                browser.driver().manage().window().setSize(size);
                browser.open("/projects/" + project);
                browser.waitFor("document-matrix");
                assertThat((Boolean) browser.script("return document.documentElement.scrollWidth <= window.innerWidth;"))
                        .as("no sideways scroll at %s", size).isTrue();
                for (long document : List.of(created.document().id(), second.id())) {
                    for (String action : List.of("analysis-open-", "translated-", "export-", "import-", "delete-")) {
                        assertThat(fullyInView(browser, action + document)).as(action + document + " at " + size).isTrue();
                    }
                    for (String locale : LOCALES) {
                        // Header and body cell of a column: same left edge, same width.
                        Map<?, ?> header = cellOf(browser, "matrix-header-" + locale);
                        Map<?, ?> body = cellOf(browser, "open-" + document + "-" + locale);
                        assertThat(number(header.get("left"))).as(locale + " left at " + size)
                                .isCloseTo(number(body.get("left")), org.assertj.core.data.Offset.offset(1.0));
                        assertThat(number(header.get("width"))).as(locale + " width at " + size)
                                .isCloseTo(number(body.get("width")), org.assertj.core.data.Offset.offset(1.0));
                    }
                }
                // The documents come before the settings, which are folded.
                assertThat(top(browser, "project-settings")).isGreaterThan(top(browser, "document-matrix"));
                browser.screenshot("project-page-" + size.getWidth() + "x" + size.getHeight());
            }

            // The latest three jobs, the rest behind "Show all (5)".
            assertThat(browser.driver().findElements(By.cssSelector("#jobs .job"))).hasSize(3);
            assertThat(browser.find("#jobs-toggle").getText()).contains("5");
            browser.find("#jobs-toggle").click();
            browser.waitForVaadin();
            assertThat(browser.driver().findElements(By.cssSelector("#jobs .job"))).hasSize(5);

            // The document's analysis: a table per locale, with bars.
            browser.find("#analysis-open-" + created.document().id()).click();
            browser.waitFor("analysis-table-ru");
            assertThat(browser.driver().findElements(By.cssSelector("#analysis-table-ru .analysis-bar"))).isNotEmpty();
            browser.screenshot("analysis-dialog");
        }
    }

    private static boolean fullyInView(Browser browser, String id) {
        return Boolean.TRUE.equals(browser.script("""
                const r = document.getElementById(arguments[0]).getBoundingClientRect();
                return r.width > 0 && r.left >= 0 && r.right <= window.innerWidth;""", id));
    }

    /** The grid cell around a component: the slot's content element vaadin-grid puts it in. */
    private static Map<?, ?> cellOf(Browser browser, String id) {
        return (Map<?, ?>) browser.script("""
                let e = document.getElementById(arguments[0]);
                while (e && e.tagName.toLowerCase() !== 'vaadin-grid-cell-content') e = e.parentElement;
                const r = e.getBoundingClientRect();
                return {left: r.left, width: r.width};""", id);
    }

    private static double top(Browser browser, String id) {
        return number(browser.script("return document.getElementById(arguments[0]).getBoundingClientRect().top;", id));
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }
}
