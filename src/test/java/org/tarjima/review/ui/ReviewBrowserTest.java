package org.tarjima.review.ui;

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
import org.tarjima.base.text.InlineText;
import org.tarjima.review.Comment;
import org.tarjima.review.ReviewService;
import org.tarjima.security.ProjectRole;
import org.tarjima.security.RunAs;
import org.tarjima.security.UserService;
import org.tarjima.security.UserService.RoleRequest;
import org.tarjima.support.Browser;
import org.tarjima.support.SignedIn;
import org.tarjima.support.TestProjects;
import org.tarjima.translation.Origin;
import org.tarjima.translation.SegmentRow;
import org.tarjima.translation.TargetEdit;
import org.tarjima.translation.TargetState;
import org.tarjima.translation.TranslationService;

/** A reviewer and a translator taking turns on one document, each in their own browser session. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@WithUserDetails(value = "admin", setupBefore = TestExecutionEvent.TEST_METHOD)
class ReviewBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    TestProjects projects;
    @Autowired
    TranslationService translations;
    @Autowired
    ReviewService reviews;
    @Autowired
    UserService users;
    @Autowired
    RunAs runAs;

    @Test
    void a_reviewer_approves_two_segments_and_rejects_one_and_the_translator_reads_why() {
        TestProjects.Created created = projects.aProject().withTargets("ru", "kk").withDocument(TestProjects.seedArticle());
        long project = created.project().id();
        long document = created.document().id();
        users.grant("translator", new RoleRequest(project, "ru", ProjectRole.TRANSLATOR));
        users.grant("reviewer", new RoleRequest(project, "ru", ProjectRole.REVIEWER));
        List<String> russian = List.of("Вместе строим мирное будущее", "4 декабря 2020 г.", "ЮНЕСКО собрала партнёров");
        runAs.user("translator", () -> {
            for (int ordinal = 1; ordinal <= 3; ordinal++) {
                SegmentRow row = projects.segment(document, "ru", ordinal);
                translations.confirm(new TargetEdit(row.segmentId(), "ru", InlineText.of(russian.get(ordinal - 1)),
                        row.version(), Origin.EDITOR));
            }
            return null;
        });

        try (Browser reviewer = Browser.signedIn(port, "reviewer", SignedIn.DEMO_PASSWORD)) {
            reviewer.open("/documents/" + document + "/ru?mode=review");
            reviewer.find("#approve-1").click();
            reviewer.waitForVaadin();
            // The approved row leaves the review list; the next one is active and Ctrl+Enter approves it.
            reviewer.find("#approve-2");
            new Actions(reviewer.driver()).keyDown(Keys.CONTROL).sendKeys(Keys.ENTER).keyUp(Keys.CONTROL).perform();
            reviewer.waitForVaadin();
            reviewer.find("#reject-3").click();
            reviewer.find("#reject-reason textarea").sendKeys("«Партнёров» здесь лишнее: в оригинале — «партнёры и эксперты».");
            reviewer.find("#reject-confirm").click();
            reviewer.waitForVaadin();
            reviewer.screenshot("review-mode");
        }

        assertThat(state(document, 1)).isEqualTo(TargetState.APPROVED);
        assertThat(state(document, 2)).isEqualTo(TargetState.APPROVED);
        assertThat(state(document, 3)).isEqualTo(TargetState.REJECTED);
        long third = projects.segment(document, "ru", 3).segmentId();
        List<Comment> comments = reviews.comments(third, "ru");
        assertThat(comments).singleElement().satisfies(comment -> {
            assertThat(comment.author()).isEqualTo("reviewer");
            assertThat(comment.rejection()).isTrue();
            assertThat(comment.body()).startsWith("«Партнёров» здесь лишнее");
        });

        try (Browser translator = Browser.signedIn(port, "translator", SignedIn.DEMO_PASSWORD)) {
            translator.open("/documents/" + document + "/ru?segment=3");
            assertThat(translator.find("#rejection-3").getText()).contains("reviewer").contains("«Партнёров» здесь лишнее");
            translator.find("#comments-tab").click();
            translator.waitForVaadin();
            assertThat(translator.find("#comment-" + comments.get(0).id()).getText()).contains("«Партнёров» здесь лишнее");
            // A translator has no review mode and cannot approve.
            assertThat(translator.exists("review-mode") && translator.find("#review-mode").isDisplayed()).isFalse();
            translator.find("#history-tab").click();
            translator.waitForVaadin();
            new WebDriverWait(translator.driver(), Duration.ofSeconds(10))
                    .until(d -> translator.find("#history-entry-2").getText().contains("reviewer"));
            translator.screenshot("translator-sees-rejection");
        }
    }

    private TargetState state(long document, int ordinal) {
        return projects.segment(document, "ru", ordinal).state();
    }
}
