package org.tarjima.assignment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import org.tarjima.assignment.AssignmentService;
import org.tarjima.assignment.NewAssignment;
import org.tarjima.assignment.Step;
import org.tarjima.support.Browser;
import org.tarjima.support.TestProjects;
import org.tarjima.support.TestUsers;

/**
 * A translator finds their assignment on My work and lands in the editor at their first open segment; a new
 * assignment meanwhile raises the bell's count without a reload.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@WithUserDetails(value = "admin", setupBefore = TestExecutionEvent.TEST_METHOD)
class MyWorkBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    TestProjects projects;
    @Autowired
    TestUsers users;
    @Autowired
    AssignmentService assignments;

    @Test
    void my_work_opens_the_editor_at_the_first_open_segment_and_the_bell_counts_live() {
        TestProjects.Created created = projects.aProject().withTargets("ru", "kk").withDocument(TestProjects.seedArticle());
        long document = created.document().id();
        String translator = users.create("my-work-ui", TestUsers.translator(created.project().id(), "ru"),
                TestUsers.translator(created.project().id(), "kk"));
        projects.confirmedBy(created, translator, "ru", "Гармония с природой", "4 декабря 2020 г.");
        long id = assignments.assign(new NewAssignment(document, null, "ru", Step.TRANSLATE, translator,
                LocalDate.now().plusDays(2), false)).id();

        try (Browser browser = Browser.signedIn(port, translator, TestUsers.PASSWORD)) {
            browser.open("/");
            assertThat(browser.waitFor("notification-count").getText()).isEqualTo("1");
            browser.find("vaadin-drawer-toggle").click();
            browser.waitFor("nav-my-work").click();
            browser.waitFor("my-work-grid");
            browser.waitFor("my-work-open-" + id);

            assignments.assign(new NewAssignment(document, null, "kk", Step.TRANSLATE, translator, null, false));
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                    .until(d -> "2".equals(browser.find("#notification-count").getText()));
            browser.screenshot("my-work");

            browser.find("#my-work-open-" + id).click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                    .until(d -> d.getCurrentUrl().contains("/documents/" + document + "/ru"));
            assertThat(browser.driver().getCurrentUrl()).contains("segment=3");
        }
    }
}
