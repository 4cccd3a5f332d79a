package org.tarjima.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tarjima.base.text.InlineText;
import org.tarjima.review.ReviewService;
import org.tarjima.review.SignOffRefusedException;
import org.tarjima.security.NotPermittedException;
import org.tarjima.security.ProjectRole;
import org.tarjima.security.RunAs;
import org.tarjima.security.UserService;
import org.tarjima.security.UserService.RoleRequest;
import org.tarjima.support.TarjimaTest;
import org.tarjima.support.TestProjects;
import org.tarjima.translation.Origin;
import org.tarjima.translation.SegmentRow;
import org.tarjima.translation.TargetEdit;
import org.tarjima.translation.TargetReview;
import org.tarjima.translation.TranslationService;

@TarjimaTest
class QaServiceTest {

    @Autowired
    QaService qa;
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

    /** press-release.md: a heading with a bold code pair, a dated sentence, a sentence with a link, and more. */
    private TestProjects.Created pressRelease(String... locales) {
        return projects.aProject().withTargets(locales).withDocument(TestProjects.article("/document/press-release.md"));
    }

    private SegmentRow confirm(long document, String locale, int ordinal, InlineText text) {
        SegmentRow row = projects.segment(document, locale, ordinal);
        translations.confirm(new TargetEdit(row.segmentId(), locale, text, row.version(), Origin.API));
        return projects.segment(document, locale, ordinal);
    }

    @Test
    void typed_text_is_checked_without_being_stored() {
        TestProjects.Created created = pressRelease("ru");
        SegmentRow heading = projects.segment(created.document().id(), "ru", 1);
        InlineText.Code open = heading.source().codes().get(0);
        InlineText.Code close = heading.source().codes().get(1);
        InlineText withCodes = new InlineText(List.of(new InlineText.Text("ЮНЕСКО и партнёры встречаются в "), open,
                new InlineText.Text("Алматы"), close));

        assertThat(qa.check(heading.segmentId(), "ru", withCodes)).isEmpty();
        assertThat(qa.check(heading.segmentId(), "ru", InlineText.of("ЮНЕСКО и партнёры встречаются в Алматы")))
                .extracting(r -> r.finding().messageKey()).containsOnly("qa.codes.missing");
        assertThat(translations.target(heading.segmentId(), "ru").version()).isZero();
    }

    @Test
    void the_report_lists_the_findings_of_stored_targets_in_document_order() {
        TestProjects.Created created = pressRelease("kk");
        long document = created.document().id();
        // "On 26 November 2020, the Cluster Office hosted an online dialogue." with a wrong day, and an untouched rest
        SegmentRow dated = projects.segment(document, "kk", 2);
        confirm(document, "kk", 2, InlineText.of("2020 жылғы 27 қарашада Кластерлік бюро онлайн диалог өткізді.")
                .withCodesOf(dated.source()));
        SegmentRow later = confirm(document, "kk", 4, InlineText.of("Нәтижелер."));

        QaReport report = qa.report(document, "kk");

        assertThat(report.checkedSegments()).isEqualTo(2);
        assertThat(report.results()).extracting(r -> r.finding().messageKey())
                .contains("qa.dates", "qa.numbers.missing", "qa.punctuation.extra");
        assertThat(report.results()).extracting(QaResult::ordinal).isSorted();
        assertThat(report.errors()).isGreaterThanOrEqualTo(2);
        assertThat(report.targets()).containsEntry(later.segmentId(), "Нәтижелер.");
        assertThat(qa.openErrors(document, "kk")).isEqualTo(report.errors());
    }

    @Test
    void a_warning_is_ignored_with_a_reason_that_is_kept_and_an_edit_brings_it_back() {
        TestProjects.Created created = pressRelease("uz");
        long document = created.document().id();
        // "Outcomes" (a heading): "Natijalar." ends with a full stop the source has not.
        SegmentRow row = confirm(document, "uz", 4, InlineText.of("Natijalar."));
        assertThat(qa.report(document, "uz").openWarnings()).isEqualTo(1);

        QaIgnore ignore = qa.ignore(row.segmentId(), "uz", "punctuation", "  Sarlavhada nuqta qoladi  ");

        assertThat(ignore.reason()).isEqualTo("Sarlavhada nuqta qoladi");
        assertThat(ignore.ignoredBy()).isEqualTo("admin");
        QaReport report = qa.report(document, "uz");
        assertThat(report.openWarnings()).isZero();
        assertThat(report.results()).singleElement().satisfies(r -> assertThat(r.ignored()).contains(ignore));
        assertThat(qa.check(row.segmentId(), "uz", InlineText.of("Natijalar.")))
                .singleElement().satisfies(r -> assertThat(r.isOpen()).isFalse());

        confirm(document, "uz", 4, InlineText.of("Natijalar!"));
        assertThat(qa.report(document, "uz").openWarnings()).isEqualTo(1);
        assertThat(qa.ignoreHistory(row.segmentId(), "uz")).singleElement().satisfies(i -> {
            assertThat(i.reason()).isEqualTo("Sarlavhada nuqta qoladi");
            assertThat(i.ignoredAt()).isNotNull();
        });
    }

    @Test
    void a_managers_length_limit_and_allowed_texts_shape_the_checks() {
        TestProjects.Created created = pressRelease("uz");
        long document = created.document().id();
        SegmentRow heading = confirm(document, "uz", 4, InlineText.of("Outcomes"));
        assertThat(qa.report(document, "uz").results()).extracting(r -> r.finding().messageKey()).containsExactly("qa.identical");

        qa.allowIdentical(created.project().id(), " Outcomes ");
        qa.setLengthLimit(document, 5);

        assertThat(qa.settings(document)).isEqualTo(new QaSettings(5, java.util.Set.of("Outcomes")));
        assertThat(qa.report(document, "uz").results()).extracting(r -> r.finding().messageKey())
                .containsExactly("qa.length.limit");
        assertThat(qa.check(heading.segmentId(), "uz", InlineText.of("Natija"))).extracting(r -> r.finding().messageKey())
                .containsExactly("qa.length.limit");
        qa.setLengthLimit(document, null);
        assertThat(qa.report(document, "uz").results()).isEmpty();
        assertThatThrownBy(() -> runAs.user("translator", () -> {
            qa.setLengthLimit(document, 10);
            return null;
        })).isInstanceOf(NotPermittedException.class);
    }

    @Test
    void errors_cannot_be_ignored_nor_can_warnings_that_are_not_there_or_without_a_reason() {
        TestProjects.Created created = pressRelease("ru");
        long document = created.document().id();
        SegmentRow dated = projects.segment(document, "ru", 2);
        confirm(document, "ru", 2, InlineText.of("Кластерное бюро провело онлайн-диалог.").withCodesOf(dated.source()));

        assertThatThrownBy(() -> qa.ignore(dated.segmentId(), "ru", "dates", "Дата не важна"))
                .isInstanceOf(QaIgnoreRefusedException.class)
                .satisfies(e -> assertThat(((QaIgnoreRefusedException) e).messageKey()).isEqualTo("qa.ignoreRefused.error"));
        assertThatThrownBy(() -> qa.ignore(dated.segmentId(), "ru", "quotes", "Нечего"))
                .isInstanceOf(QaIgnoreRefusedException.class);
        assertThatThrownBy(() -> qa.ignore(dated.segmentId(), "ru", "punctuation", " "))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anyone_who_sees_the_locale_gets_the_report_only_translators_and_reviewers_ignore() {
        TestProjects.Created created = pressRelease("ru", "kk");
        long document = created.document().id();
        SegmentRow row = confirm(document, "ru", 4, InlineText.of("Итоги."));
        users.grant("translator", new RoleRequest(created.project().id(), "kk", ProjectRole.TRANSLATOR));
        users.grant("reviewer", new RoleRequest(created.project().id(), "ru", ProjectRole.REVIEWER));

        assertThatThrownBy(() -> runAs.user("translator", () -> qa.report(document, "ru")))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> runAs.user("translator", () -> qa.ignore(row.segmentId(), "ru", "punctuation", "Так принято")))
                .isInstanceOf(NotPermittedException.class);
        assertThat(runAs.user("reviewer", () -> qa.report(document, "ru")).openWarnings()).isEqualTo(1);
        assertThat(runAs.user("reviewer", () -> qa.ignore(row.segmentId(), "ru", "punctuation", "Так принято")).ignoredBy())
                .isEqualTo("reviewer");
    }

    @Test
    void the_sign_off_is_refused_with_an_open_qa_error_and_allowed_after_the_fix() {
        TestProjects.Created created = pressRelease("ru");
        long document = created.document().id();
        users.grant("translator", new RoleRequest(created.project().id(), "ru", ProjectRole.TRANSLATOR));
        int segments = created.document().segmentCount();
        List<String> russian = List.of(
                "ЮНЕСКО и партнёры встречаются в Алматы",
                "26 ноября 2020 г. Кластерное бюро провело онлайн-диалог.",
                "Подробности — в полном обзоре.",
                "Итоги",
                "В работе приняли участие более 60 участников.",
                "Свои планы представили пять стран.",
                "Нам нужно работать вместе на всех уровнях.");
        runAs.user("translator", () -> {
            for (int ordinal = 1; ordinal <= segments; ordinal++) {
                SegmentRow row = projects.segment(document, "ru", ordinal);
                // Every code of the source comes back; the second segment loses its codes on purpose.
                InlineText text = ordinal == 2 ? InlineText.of(russian.get(ordinal - 1))
                        : codesAround(row.source(), russian.get(ordinal - 1));
                translations.confirm(new TargetEdit(row.segmentId(), "ru", text, row.version(), Origin.API));
            }
            return null;
        });
        for (int ordinal = 1; ordinal <= segments; ordinal++) {
            SegmentRow row = projects.segment(document, "ru", ordinal);
            translations.approve(new TargetReview(row.segmentId(), "ru", row.version(), Origin.API));
        }
        SegmentRow second = projects.segment(document, "ru", 2);
        assertThat(qa.openErrors(document, "ru")).isPositive();

        assertThatThrownBy(() -> reviews.signOff(document, "ru"))
                .isInstanceOf(SignOffRefusedException.class)
                .satisfies(e -> {
                    assertThat(((SignOffRefusedException) e).messageKey()).isEqualTo("review.signOffRefusedQa");
                    assertThat(((SignOffRefusedException) e).qaErrors()).isPositive();
                });
        assertThat(reviews.currentSignOff(document, "ru")).isEmpty();

        runAs.user("translator", () -> translations.confirm(new TargetEdit(second.segmentId(), "ru",
                codesAround(second.source(), "26 ноября 2020 г. Кластерное бюро провело онлайн-диалог."), second.version(),
                Origin.API)));
        SegmentRow fixed = projects.segment(document, "ru", 2);
        translations.approve(new TargetReview(fixed.segmentId(), "ru", fixed.version(), Origin.API));

        assertThat(qa.openErrors(document, "ru")).isZero();
        assertThat(reviews.signOff(document, "ru").signedBy()).isEqualTo("admin");
    }

    /** The text with the source's codes after it: pairs around nothing, isolated ones alone. */
    private static InlineText codesAround(InlineText source, String text) {
        List<InlineText.Part> parts = new java.util.ArrayList<>();
        parts.add(new InlineText.Text(text));
        parts.addAll(source.codes());
        return new InlineText(parts);
    }
}
