package org.tarjima.interchange.xliff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tarjima.base.text.InlineText;
import org.tarjima.locale.DatesAndNumbers;
import org.tarjima.locale.LocalizedValue;
import org.tarjima.review.ReviewService;
import org.tarjima.security.ProjectRole;
import org.tarjima.security.RunAs;
import org.tarjima.security.UserService;
import org.tarjima.security.UserService.RoleRequest;
import org.tarjima.support.TarjimaTest;
import org.tarjima.support.TestProjects;
import org.tarjima.support.XliffSchemas;
import org.tarjima.translation.Origin;
import org.tarjima.translation.SegmentRow;
import org.tarjima.translation.TargetEdit;
import org.tarjima.translation.TargetReview;
import org.tarjima.translation.TranslationService;

/** A signed-off locale leaves as final in both XLIFF versions, and stops being final as soon as it changes. */
@TarjimaTest
class SignedOffExportTest {

    @Autowired
    TestProjects projects;
    @Autowired
    TranslationService translations;
    @Autowired
    ReviewService reviews;
    @Autowired
    XliffExportService exports;
    @Autowired
    UserService users;
    @Autowired
    RunAs runAs;
    @Autowired
    DatesAndNumbers datesAndNumbers;

    @Test
    void a_signed_off_locale_is_exported_as_final_until_a_segment_changes() {
        TestProjects.Created created = projects.aProject().withTargets("tk").withDocument(TestProjects.seedArticle());
        long document = created.document().id();
        users.grant("translator", new RoleRequest(created.project().id(), "tk", ProjectRole.TRANSLATOR));
        int segments = created.document().segmentCount();
        runAs.user("translator", () -> {
            for (int ordinal = 1; ordinal <= segments; ordinal++) {
                SegmentRow row = projects.segment(document, "tk", ordinal);
                // The sign-off needs QA-clean targets: a date of the source must be in the translation.
                String dates = datesAndNumbers.localize(row.source().plainText(), "en", "tk").stream()
                        .filter(value -> value.kind() == LocalizedValue.Kind.DATE).map(value -> " " + value.rendering())
                        .collect(Collectors.joining());
                translations.confirm(new TargetEdit(row.segmentId(), "tk", InlineText.of("Terjime " + ordinal + dates),
                        row.version(), Origin.API));
            }
            return null;
        });
        // The administrator reviews: someone other than the author of the text.
        for (int ordinal = 1; ordinal <= segments; ordinal++) {
            SegmentRow row = projects.segment(document, "tk", ordinal);
            translations.approve(new TargetReview(row.segmentId(), "tk", row.version(), Origin.API));
        }
        reviews.signOff(document, "tk");

        String xliff12 = new String(exports.exportXliff(document, "tk", "1.2", ExportOptions.everything()).content(),
                StandardCharsets.UTF_8);
        String xliff21 = new String(exports.exportXliff(document, "tk", "2.1", ExportOptions.everything()).content(),
                StandardCharsets.UTF_8);
        XliffSchemas.validate(XliffSchemas.XLIFF12_STRICT, xliff12.getBytes(StandardCharsets.UTF_8));
        assertThat(xliff12).contains("state=\"final\"").doesNotContain("state=\"signed-off\"");
        assertThat(xliff21).contains("state=\"final\"").doesNotContain("state=\"reviewed\"");

        SegmentRow first = projects.segment(document, "tk", 1);
        runAs.user("translator", () -> translations.saveDraft(new TargetEdit(first.segmentId(), "tk",
                InlineText.of("Terjime 1, düzedildi"), first.version(), Origin.API)));

        assertThat(reviews.currentSignOff(document, "tk")).isEmpty();
        String after = new String(exports.exportXliff(document, "tk", "1.2", ExportOptions.everything()).content(),
                StandardCharsets.UTF_8);
        assertThat(after).doesNotContain("state=\"final\"").contains("state=\"signed-off\"");
    }
}
