package org.tarjima.glossary.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import org.tarjima.glossary.EntryRequest;
import org.tarjima.glossary.GlossaryEntry;
import org.tarjima.glossary.GlossaryScope;
import org.tarjima.glossary.GlossaryService;
import org.tarjima.glossary.TermTranslation;
import org.tarjima.project.ProjectSummary;
import org.tarjima.support.Browser;
import org.tarjima.support.TestProjects;

/** A manager's glossary page in a real browser: from the empty state to a term with translations in the grid. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@WithUserDetails(value = "admin", setupBefore = TestExecutionEvent.TEST_METHOD)
class GlossaryBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    TestProjects projects;
    @Autowired
    GlossaryService glossary;

    @Test
    void an_admin_adds_a_term_with_translations_and_sees_it_in_the_grid() {
        ProjectSummary project = projects.aProject().withTargets("ru", "kk", "uz").create();
        GlossaryScope scope = GlossaryScope.project(project.id());

        try (Browser browser = Browser.asAdmin(port)) {
            browser.open("/projects/" + project.id());
            browser.screenshot("project-with-glossary-link");
            browser.find("#open-glossary").click();
            browser.waitForVaadin();
            assertThat(browser.find("#glossary-empty").getText()).contains("No terms yet");
            assertThat(browser.find("#breadcrumb").getText()).contains(project.name()).contains("Glossary");
            browser.screenshot("glossary-empty");

            browser.find("#glossary-add").click();
            browser.waitForVaadin();
            browser.find("#glossary-term input").sendKeys("partner");
            browser.find("#glossary-forms input").sendKeys("partner*");
            browser.find("#glossary-notes textarea").sendKeys("An organisation that works with UNESCO.");
            browser.find("#glossary-ru-term-1 input").sendKeys("партнёр");
            browser.find("#glossary-ru-forms-1 input").sendKeys("партнёр*");
            browser.find("#glossary-ru-add").click();
            browser.waitForVaadin();
            browser.find("#glossary-ru-term-2 input").sendKeys("компаньон");
            browser.find("#glossary-ru-forbidden-2").click();
            browser.find("#glossary-kk-term-1 input").sendKeys("серіктес");
            browser.find("#glossary-kk-forms-1 input").sendKeys("серіктес*");
            browser.find("#glossary-uz-term-1 input").sendKeys("hamkor");
            browser.screenshot("glossary-dialog");
            browser.find("#glossary-save").click();
            browser.waitForVaadin();

            List<GlossaryEntry> entries = glossary.entries(scope, null);
            assertThat(entries).singleElement().satisfies(entry -> {
                assertThat(entry.term()).isEqualTo("partner");
                assertThat(entry.forms()).containsExactly("partner*");
                assertThat(entry.translations()).contains(
                        new TermTranslation("ru", "компаньон", List.of(), true, null),
                        new TermTranslation("uz", "hamkor", List.of(), false, null));
            });
            long id = entries.get(0).id();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(d -> browser.exists("glossary-entry-" + id));
            assertThat(browser.find("#glossary-entry-" + id).getText()).contains("partner");
            assertThat(browser.find("#glossary-count").getText()).isEqualTo("1 term");
            assertThat(browser.find(".glossary-forbidden").getText()).isEqualTo("компаньон");
            browser.screenshot("glossary-with-a-term");

            // The global glossary has its own page; an administrator may edit it.
            browser.open("/glossary");
            assertThat(browser.find("#glossary-title").getText()).isEqualTo("Global glossary");
            assertThat(browser.find("#glossary-add").isDisplayed()).isTrue();
            browser.screenshot("glossary-global");
        }
    }

    @Test
    void the_hits_panel_inserts_with_ctrl_shift_and_a_digit() {
        ProjectSummary project = projects.aProject().withTargets("ru", "kk").create();
        GlossaryScope scope = GlossaryScope.project(project.id());
        glossary.create(scope, EntryRequest.of("partner", TermTranslation.approved("ru", "партнёр"),
                TermTranslation.forbidden("ru", "компаньон")).withNotes("An organisation that works with UNESCO."));
        glossary.create(scope, EntryRequest.of("decision-maker", TermTranslation.approved("ru", "лицо, принимающее решения"),
                TermTranslation.approved("ru", "руководитель")));
        glossary.create(scope, EntryRequest.of("UNESCO").markedDoNotTranslate());
        String source = "UNESCO and its partners met decision-makers from five countries.";

        try (Browser browser = Browser.asAdmin(port)) {
            browser.open("/test/glossary-hits?project=" + project.id() + "&locale=ru&text="
                    + java.net.URLEncoder.encode(source, java.nio.charset.StandardCharsets.UTF_8));
            assertThat(browser.find("#glossary-hit-2").getText()).contains("partner").contains("партнёр");
            browser.find("#harness-target textarea").click();
            new Actions(browser.driver()).keyDown(Keys.CONTROL).keyDown(Keys.SHIFT).sendKeys("3")
                    .keyUp(Keys.SHIFT).keyUp(Keys.CONTROL).perform();
            browser.waitForVaadin();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d ->
                    "лицо, принимающее решения".equals(browser.find("#harness-target textarea").getDomProperty("value")));
            browser.find("#glossary-hit-2-insert-1").click();
            browser.waitForVaadin();
            assertThat(browser.find("#harness-target textarea").getDomProperty("value"))
                    .isEqualTo("лицо, принимающее решенияпартнёр");
            browser.screenshot("glossary-hits-panel");
        }
    }
}
