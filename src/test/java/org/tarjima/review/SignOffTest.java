package org.tarjima.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tarjima.support.TestUsers.reviewer;
import static org.tarjima.support.TestUsers.translator;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tarjima.base.text.InlineText;
import org.tarjima.security.RunAs;
import org.tarjima.support.TarjimaTest;
import org.tarjima.support.TestProjects;
import org.tarjima.support.TestUsers;
import org.tarjima.translation.HistoryEntry;
import org.tarjima.translation.Origin;
import org.tarjima.translation.SaveResult;
import org.tarjima.translation.SegmentRow;
import org.tarjima.translation.TargetEdit;
import org.tarjima.translation.TargetReview;
import org.tarjima.translation.TargetState;
import org.tarjima.translation.TranslationService;

/** A locale's sign-off: given when every segment is approved, and taken away by any later change. */
@TarjimaTest
class SignOffTest {

    private static final List<String> RUSSIAN = List.of("Гармония", "Люди встретились в Алматы.", "Они поговорили.");

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
    private long project;
    private String ruTranslator;
    private String ruReviewer;

    @BeforeEach
    void aTranslatedDocument() {
        TestProjects.Created created = projects.aProject().withTargets("ru", "kk").withDocument(new TestProjects.Article(
                "short.txt", "Harmony\n\nPeople met in Almaty. They talked.".getBytes(StandardCharsets.UTF_8)));
        document = created.document().id();
        project = created.project().id();
        assertThat(created.document().segmentCount()).isEqualTo(RUSSIAN.size());
        ruTranslator = users.create("ru-translator", translator(project, "ru"));
        ruReviewer = users.create("ru-reviewer", reviewer(project, "ru"));
        runAs.user(ruTranslator, () -> {
            for (int ordinal = 1; ordinal <= RUSSIAN.size(); ordinal++) {
                SegmentRow row = segment(ordinal);
                translations.confirm(new TargetEdit(row.segmentId(), "ru", InlineText.of(RUSSIAN.get(ordinal - 1)), 0,
                        Origin.EDITOR));
            }
            return null;
        });
    }

    private SegmentRow segment(int ordinal) {
        return projects.segment(document, "ru", ordinal);
    }

    private SaveResult approve(int ordinal) {
        SegmentRow row = segment(ordinal);
        return translations.approve(new TargetReview(row.segmentId(), "ru", row.version(), Origin.EDITOR));
    }

    private void approveAll() {
        runAs.user(ruReviewer, () -> {
            for (int ordinal = 1; ordinal <= RUSSIAN.size(); ordinal++) {
                approve(ordinal);
            }
            return null;
        });
    }

    @Test
    void a_locale_is_signed_off_only_when_every_segment_is_approved() {
        runAs.user(ruReviewer, () -> approve(1));

        assertThatThrownBy(() -> runAs.user(ruReviewer, () -> reviews.signOff(document, "ru")))
                .isInstanceOfSatisfying(SignOffRefusedException.class, e -> assertThat(e.notApproved()).isEqualTo(2));
        assertThat(reviews.currentSignOff(document, "ru")).isEmpty();

        runAs.user(ruReviewer, () -> approve(2));
        runAs.user(ruReviewer, () -> approve(3));
        LocaleSignOff signed = runAs.user(ruReviewer, () -> reviews.signOff(document, "ru"));

        assertThat(signed.signedBy()).isEqualTo(ruReviewer);
        assertThat(reviews.currentSignOff(document, "ru")).contains(signed);
        assertThat(reviews.locales(document)).filteredOn(s -> s.locale().equals("ru")).singleElement()
                .satisfies(s -> {
                    assertThat(s.signOff()).contains(signed);
                    assertThat(s.progress().segments(TargetState.APPROVED)).isEqualTo(RUSSIAN.size());
                });
        assertThat(reviews.signOffs(document)).containsOnlyKeys("ru");
        // The dashboard's project-wide figures (grouped reads) agree with the document's own.
        assertThat(reviews.signedOffDocuments(project)).containsExactly(java.util.Map.entry("ru", 1));
        var projectWide = translations.projectProgress(project, List.of("ru", "kk"));
        var documentOnly = translations.progress(document, List.of("ru", "kk"));
        assertThat(projectWide).isEqualTo(documentOnly);
        assertThat(projectWide.get("ru").segments(TargetState.APPROVED)).isEqualTo(RUSSIAN.size());
        assertThat(projectWide.get("kk").segments(TargetState.NEW)).isEqualTo(RUSSIAN.size());
    }

    @Test
    void editing_an_approved_target_makes_it_translated_again_and_revokes_the_sign_off_naming_the_segment() {
        approveAll();
        runAs.user(ruReviewer, () -> reviews.signOff(document, "ru"));
        SegmentRow second = segment(2);

        SaveResult edited = runAs.user(ruTranslator, () -> translations.saveDraft(new TargetEdit(second.segmentId(), "ru",
                InlineText.of("Люди встретились в Алма-Ате."), second.version(), Origin.EDITOR)));

        assertThat(edited.target().state()).isEqualTo(TargetState.TRANSLATED);
        assertThat(segment(2).state()).isEqualTo(TargetState.TRANSLATED);
        assertThat(reviews.currentSignOff(document, "ru")).isEmpty();
        assertThat(reviews.signOffHistory(document, "ru"))
                .extracting(SignOffEvent::action, SignOffEvent::actedBy, SignOffEvent::segmentId, SignOffEvent::targetVersion)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(SignOffEvent.Action.SIGNED, ruReviewer, null, null),
                        org.assertj.core.groups.Tuple.tuple(SignOffEvent.Action.REVOKED, ruTranslator, second.segmentId(),
                                edited.target().version()));
        List<HistoryEntry> history = translations.history(second.segmentId(), "ru");
        assertThat(history).extracting(HistoryEntry::newState)
                .containsExactly(TargetState.TRANSLATED, TargetState.APPROVED, TargetState.TRANSLATED);
        assertThat(history).extracting(HistoryEntry::revokedSignOff).containsExactly(false, false, true);
        // Only the segment that changed names the revocation.
        assertThat(translations.history(segment(1).segmentId(), "ru")).noneMatch(HistoryEntry::revokedSignOff);
    }

    @Test
    void a_rejection_also_revokes_the_sign_off_and_its_reason_becomes_a_comment() {
        approveAll();
        runAs.user(ruReviewer, () -> reviews.signOff(document, "ru"));
        SegmentRow third = segment(3);

        runAs.user(ruReviewer, () -> translations.reject(new TargetReview(third.segmentId(), "ru", third.version(),
                Origin.EDITOR), "Say who talked"));

        assertThat(reviews.currentSignOff(document, "ru")).isEmpty();
        assertThat(reviews.comments(third.segmentId(), "ru")).singleElement().satisfies(c -> {
            assertThat(c.body()).isEqualTo("Say who talked");
            assertThat(c.rejection()).isTrue();
            assertThat(c.author()).isEqualTo(ruReviewer);
        });
        assertThat(reviews.openRejections(document, "ru", List.of(third.segmentId()))).containsKey(third.segmentId());
    }

    @Test
    void a_withdrawn_sign_off_is_gone_and_recorded() {
        approveAll();
        runAs.user(ruReviewer, () -> reviews.signOff(document, "ru"));

        runAs.user(ruReviewer, () -> {
            reviews.withdrawSignOff(document, "ru");
            return null;
        });

        assertThat(reviews.currentSignOff(document, "ru")).isEmpty();
        assertThat(reviews.signOffHistory(document, "ru")).extracting(SignOffEvent::action)
                .containsExactly(SignOffEvent.Action.SIGNED, SignOffEvent.Action.WITHDRAWN);
    }
}
