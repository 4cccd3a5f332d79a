package org.tarjima.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tarjima.support.TestUsers.reviewer;
import static org.tarjima.support.TestUsers.translator;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tarjima.base.text.InlineText;
import org.tarjima.security.RunAs;
import org.tarjima.support.TarjimaTest;
import org.tarjima.support.TestProjects;
import org.tarjima.support.TestUsers;
import org.tarjima.translation.IllegalTransitionException;
import org.tarjima.translation.Origin;
import org.tarjima.translation.SegmentRow;
import org.tarjima.translation.TargetEdit;
import org.tarjima.translation.TargetReview;
import org.tarjima.translation.TargetState;
import org.tarjima.translation.TranslationService;

/** Comments and rejection reasons: stored as written, or refused with a reason the writer can act on. */
@TarjimaTest
class CommentsTest {

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

    private long document;
    private String ruTranslator;
    private String ruReviewer;

    @BeforeEach
    void aConfirmedSegment() {
        TestProjects.Created created = projects.aProject().withTargets("ru").withDocument(new TestProjects.Article(
                "short.txt", "People met in Almaty.".getBytes(StandardCharsets.UTF_8)));
        document = created.document().id();
        ruTranslator = users.create("commenting-translator", translator(created.project().id(), "ru"));
        ruReviewer = users.create("commenting-reviewer", reviewer(created.project().id(), "ru"));
        runAs.user(ruTranslator, () -> translations.confirm(new TargetEdit(segment().segmentId(), "ru",
                InlineText.of("Люди встретились в Алматы."), 0, Origin.EDITOR)));
    }

    private SegmentRow segment() {
        return projects.segment(document, "ru", 1);
    }

    @Test
    void a_comment_is_stored_stripped_with_its_author() {
        Comment comment = runAs.user(ruTranslator, () -> reviews.addComment(segment().segmentId(), "ru",
                "  Алматы или Алма-Ата? Проверьте по глоссарию.  "));
        assertThat(comment.body()).isEqualTo("Алматы или Алма-Ата? Проверьте по глоссарию.");
        assertThat(comment.author()).isEqualTo(ruTranslator);
        assertThat(reviews.comments(segment().segmentId(), "ru")).extracting(Comment::body)
                .containsExactly("Алматы или Алма-Ата? Проверьте по глоссарию.");
    }

    @Test
    void a_comment_with_a_control_character_is_refused_by_name_and_nothing_is_stored() {
        long segment = segment().segmentId();
        assertThatThrownBy(() -> runAs.user(ruTranslator, () -> reviews.addComment(segment, "ru", "Вставлено\u0000 из PDF")))
                .isInstanceOfSatisfying(CommentRefusedException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("error.illegalCharacter");
                    assertThat(refused.getMessage()).contains("U+0000");
                });
        assertThatThrownBy(() -> runAs.user(ruTranslator, () -> reviews.addComment(segment, "ru", "Bell\u0007")))
                .isInstanceOf(CommentRefusedException.class);
        assertThat(reviews.comments(segment, "ru")).isEmpty();
    }

    @Test
    void an_empty_or_overlong_comment_is_refused_with_the_limit() {
        long segment = segment().segmentId();
        assertThatThrownBy(() -> runAs.user(ruTranslator, () -> reviews.addComment(segment, "ru", "   ")))
                .isInstanceOfSatisfying(CommentRefusedException.class,
                        refused -> assertThat(refused.arguments()).containsExactly(TargetReview.COMMENT_MAX_LENGTH));
        String overlong = "я".repeat(TargetReview.COMMENT_MAX_LENGTH + 1);
        assertThatThrownBy(() -> runAs.user(ruTranslator, () -> reviews.addComment(segment, "ru", overlong)))
                .isInstanceOf(CommentRefusedException.class);
        assertThat(reviews.comments(segment, "ru")).isEmpty();
    }

    @Test
    void a_rejection_reason_with_a_control_character_is_refused_and_the_target_stays_confirmed() {
        SegmentRow row = segment();
        assertThatThrownBy(() -> runAs.user(ruReviewer, () -> translations.reject(
                new TargetReview(row.segmentId(), "ru", row.version(), Origin.EDITOR), "Не так\u0000")))
                .isInstanceOfSatisfying(IllegalTransitionException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("error.illegalCharacter"));
        assertThat(segment().state()).isEqualTo(TargetState.TRANSLATED);
        assertThat(segment().version()).isEqualTo(row.version());
        assertThat(reviews.comments(row.segmentId(), "ru")).isEmpty();
    }
}
