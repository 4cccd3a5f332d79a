package org.tarjima.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarjima.support.TestUsers.reviewer;
import static org.tarjima.support.TestUsers.translator;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tarjima.base.text.InlineText;
import org.tarjima.security.RunAs;
import org.tarjima.support.TarjimaTest;
import org.tarjima.support.TestProjects;
import org.tarjima.support.TestUsers;
import org.tarjima.translation.Origin;
import org.tarjima.translation.SegmentRow;
import org.tarjima.translation.TargetEdit;
import org.tarjima.translation.TargetReview;
import org.tarjima.translation.TranslationService;

/** The review queue lists what waits for the signed-in reviewer, and only that. */
@TarjimaTest
class ReviewQueueTest {

    @Autowired
    TestProjects projects;
    @Autowired
    TestUsers users;
    @Autowired
    RunAs runAs;
    @Autowired
    TranslationService translations;
    @Autowired
    ReviewService reviews;

    @Test
    void a_reviewer_sees_the_confirmed_work_of_their_locales_with_counts_and_nothing_else() {
        TestProjects.Created created = projects.aProject().withTargets("ru", "kk").withDocument(new TestProjects.Article(
                "queue.txt", "One sentence here.\n\nTwo words.\n\nThree more words.\n\nFour.".getBytes(StandardCharsets.UTF_8)));
        long project = created.project().id();
        long document = created.document().id();
        String ruTranslator = users.create("queue-translator-ru", translator(project, "ru"));
        String kkTranslator = users.create("queue-translator-kk", translator(project, "kk"));
        String ruReviewer = users.create("queue-reviewer-ru", reviewer(project, "ru"));
        String otherReviewer = users.create("queue-reviewer-kk", reviewer(project, "kk"));
        runAs.user(ruTranslator, () -> {
            confirm(document, "ru", 1, "Одно предложение.");
            confirm(document, "ru", 2, "Два слова.");
            confirm(document, "ru", 3, "Ещё три слова.");
            draft(document, "ru", 4, "Четыре");
            return null;
        });
        runAs.user(kkTranslator, () -> draft(document, "kk", 1, "Бір сөйлем."));
        // Approved and rejected segments are no longer waiting.
        runAs.user(ruReviewer, () -> {
            SegmentRow first = projects.segment(document, "ru", 1);
            translations.approve(new TargetReview(first.segmentId(), "ru", first.version(), Origin.EDITOR));
            SegmentRow second = projects.segment(document, "ru", 2);
            return translations.reject(new TargetReview(second.segmentId(), "ru", second.version(), Origin.EDITOR),
                    "Проверьте число");
        });

        List<ReviewQueueItem> mine = runAs.user(ruReviewer, () -> reviews.queue());
        assertThat(mine).singleElement().satisfies(item -> {
            assertThat(item.documentId()).isEqualTo(document);
            assertThat(item.projectName()).isEqualTo(created.project().name());
            assertThat(item.locale()).isEqualTo("ru");
            assertThat(item.awaiting()).isEqualTo(1);
            assertThat(item.awaitingWords()).isEqualTo(3);
            assertThat(item.rejected()).isEqualTo(1);
            assertThat(item.approved()).isEqualTo(1);
            assertThat(item.segments()).isEqualTo(4);
            assertThat(item.waitingSince()).isNotNull();
        });
        // Kazakh has only a draft: nothing waits for its reviewer; a translator reviews nothing.
        assertThat(runAs.user(otherReviewer, () -> reviews.queue())).isEmpty();
        assertThat(runAs.user(ruTranslator, () -> reviews.queue())).isEmpty();
        // Once approved, the locale leaves the queue.
        runAs.user(ruReviewer, () -> {
            SegmentRow third = projects.segment(document, "ru", 3);
            return translations.approve(new TargetReview(third.segmentId(), "ru", third.version(), Origin.EDITOR));
        });
        assertThat(runAs.user(ruReviewer, () -> reviews.queue())).isEmpty();
    }

    private void confirm(long document, String locale, int ordinal, String text) {
        SegmentRow row = projects.segment(document, locale, ordinal);
        translations.confirm(new TargetEdit(row.segmentId(), locale, InlineText.of(text), row.version(), Origin.EDITOR));
    }

    private Object draft(long document, String locale, int ordinal, String text) {
        SegmentRow row = projects.segment(document, locale, ordinal);
        return translations.saveDraft(new TargetEdit(row.segmentId(), locale, InlineText.of(text), row.version(), Origin.EDITOR));
    }
}
