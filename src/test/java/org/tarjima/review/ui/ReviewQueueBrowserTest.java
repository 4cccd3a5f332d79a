package org.tarjima.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import org.tarjima.base.text.InlineText;
import org.tarjima.security.RunAs;
import org.tarjima.support.Browser;
import org.tarjima.support.TestProjects;
import org.tarjima.support.TestUsers;
import org.tarjima.translation.Origin;
import org.tarjima.translation.SegmentRow;
import org.tarjima.translation.TargetEdit;
import org.tarjima.translation.TranslationService;

/** A reviewer finds their work in the review queue and goes from there into the editor's review mode. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@WithUserDetails(value = "admin", setupBefore = TestExecutionEvent.TEST_METHOD)
class ReviewQueueBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    TestProjects projects;
    @Autowired
    TestUsers users;
    @Autowired
    RunAs runAs;
    @Autowired
    TranslationService translations;

    @Test
    void a_reviewer_opens_the_queue_and_starts_reviewing_from_it() {
        TestProjects.Created created = projects.aProject().withTargets("ru").withDocument(TestProjects.seedArticle());
        long document = created.document().id();
        String translator = users.create("queue-ui-translator", TestUsers.translator(created.project().id(), "ru"));
        String reviewer = users.create("queue-ui-reviewer", TestUsers.reviewer(created.project().id(), "ru"));
        String nobody = users.create("queue-ui-translator-only", TestUsers.translator(created.project().id(), "ru"));
        runAs.user(translator, () -> {
            SegmentRow row = projects.segment(document, "ru", 2);
            return translations.confirm(new TargetEdit(row.segmentId(), "ru", InlineText.of("4 декабря 2020 г."),
                    row.version(), Origin.EDITOR));
        });

        try (Browser browser = Browser.signedIn(port, reviewer, TestUsers.PASSWORD)) {
            browser.open("/");
            browser.find("vaadin-drawer-toggle").click();
            browser.waitFor("nav-review-queue").click();
            browser.waitFor("review-queue-grid");
            browser.waitFor("review-" + document + "-ru");
            assertThat(browser.find("#review-queue-summary").getText()).contains("1");
            browser.screenshot("review-queue");
            browser.find("#review-" + document + "-ru").click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                    .until(d -> d.getCurrentUrl().contains("/documents/" + document + "/ru"));
            // Review mode: the confirmed segment is there to approve.
            browser.waitFor("approve-2");
        }
        try (Browser browser = Browser.signedIn(port, nobody, TestUsers.PASSWORD)) {
            browser.open("/");
            assertThat(browser.exists("nav-review-queue")).isFalse();
            browser.open("/review-queue");
            browser.waitFor("review-queue-empty");
        }
    }
}
