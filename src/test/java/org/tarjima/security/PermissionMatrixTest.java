package org.tarjima.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tarjima.support.TestUsers.manager;
import static org.tarjima.support.TestUsers.reviewer;
import static org.tarjima.support.TestUsers.translator;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tarjima.base.text.InlineText;
import org.tarjima.document.DocumentService;
import org.tarjima.interchange.xliff.ConflictChoice;
import org.tarjima.interchange.xliff.ExportOptions;
import org.tarjima.interchange.xliff.ExportedFile;
import org.tarjima.interchange.xliff.ImportReport;
import org.tarjima.interchange.xliff.XliffExportService;
import org.tarjima.interchange.xliff.XliffImportService;
import org.tarjima.project.ProjectService;
import org.tarjima.project.ProjectSummary;
import org.tarjima.review.ReviewService;
import org.tarjima.support.TarjimaTest;
import org.tarjima.support.TestProjects;
import org.tarjima.support.TestUsers;
import org.tarjima.translation.Origin;
import org.tarjima.translation.SaveResult;
import org.tarjima.translation.SegmentRow;
import org.tarjima.translation.StateFilter;
import org.tarjima.translation.TargetEdit;
import org.tarjima.translation.TargetReview;
import org.tarjima.translation.TargetState;
import org.tarjima.translation.TranslationService;

/**
 * Who may do what, checked in the services themselves (so the UI and the API cannot differ): each role against
 * the actions it must and must not reach, in a project of its own (ru and kk) with a three-segment document.
 */
@TarjimaTest
class PermissionMatrixTest {

    @Autowired
    org.tarjima.translation.SegmentListing listing;
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
    @Autowired
    ProjectService projectService;
    @Autowired
    DocumentService documents;
    @Autowired
    XliffExportService exports;
    @Autowired
    XliffImportService imports;

    private long project;
    private long document;

    @BeforeEach
    void aProjectWithAShortDocument() {
        TestProjects.Created created = projects.aProject().withTargets("ru", "kk").withDocument(new TestProjects.Article(
                "short.txt", "Harmony\n\nPeople met in Almaty. They talked.".getBytes(StandardCharsets.UTF_8)));
        project = created.project().id();
        document = created.document().id();
    }

    private SegmentRow segment(String locale, int ordinal) {
        return projects.segment(document, locale, ordinal);
    }

    /** Confirms a text (TRANSLATED) as the signed-in user, on the version stored now. */
    private SaveResult confirm(String locale, int ordinal, String text) {
        SegmentRow row = segment(locale, ordinal);
        return translations.confirm(new TargetEdit(row.segmentId(), locale, InlineText.of(text), row.version(), Origin.EDITOR));
    }

    private SaveResult approve(String locale, int ordinal) {
        SegmentRow row = segment(locale, ordinal);
        return translations.approve(new TargetReview(row.segmentId(), locale, row.version(), Origin.EDITOR));
    }

    private <T> T as(String username, java.util.function.Supplier<T> work) {
        return runAs.user(username, work);
    }

    private TargetState state(String locale, int ordinal) {
        return segment(locale, ordinal).state();
    }

    @Test
    void a_translator_of_kk_cannot_edit_ru_approve_anything_or_sign_off() {
        String kkTranslator = users.create("kk-translator", translator(project, "kk"));
        confirm("ru", 1, "Гармония");
        confirm("kk", 1, "Үйлесім");

        assertThat(as(kkTranslator, () -> confirm("kk", 2, "Адамдар Алматыда кездесті.")))
                .isInstanceOf(SaveResult.Saved.class);
        assertThatThrownBy(() -> as(kkTranslator, () -> confirm("ru", 2, "Люди встретились в Алматы.")))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> as(kkTranslator, () -> approve("kk", 1))).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> as(kkTranslator, () -> approve("ru", 1))).isInstanceOf(NotPermittedException.class);
        SegmentRow kk = segment("kk", 1);
        assertThatThrownBy(() -> as(kkTranslator, () -> translations.reject(
                new TargetReview(kk.segmentId(), "kk", kk.version(), Origin.EDITOR), "Not quite")))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> as(kkTranslator, () -> translations.reject(
                new TargetReview(kk.segmentId(), "kk", kk.version(), Origin.EDITOR), null)))
                .as("refused for who they are before what they wrote").isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> as(kkTranslator, () -> reviews.signOff(document, "kk")))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> as(kkTranslator, () -> reviews.signOff(document, "ru")))
                .isInstanceOf(NotPermittedException.class);

        assertThat(state("ru", 2)).isEqualTo(TargetState.NEW);
        assertThat(state("kk", 1)).isEqualTo(TargetState.TRANSLATED);
        assertThat(state("ru", 1)).isEqualTo(TargetState.TRANSLATED);
    }

    @Test
    void a_reviewer_of_ru_approves_ru_but_not_kk() {
        String ruReviewer = users.create("ru-reviewer", reviewer(project, "ru"));
        confirm("ru", 1, "Гармония");
        confirm("kk", 1, "Үйлесім");

        SaveResult approved = as(ruReviewer, () -> approve("ru", 1));

        assertThat(approved).isInstanceOf(SaveResult.Saved.class);
        assertThat(approved.target().state()).isEqualTo(TargetState.APPROVED);
        assertThat(approved.target().updatedBy()).isEqualTo(ruReviewer);
        assertThatThrownBy(() -> as(ruReviewer, () -> approve("kk", 1))).isInstanceOf(NotPermittedException.class);
        assertThat(state("kk", 1)).isEqualTo(TargetState.TRANSLATED);
    }

    @Test
    void nobody_approves_a_text_they_wrote_even_as_a_reviewer_of_the_locale() {
        String both = users.create("ru-translator-reviewer", translator(project, "ru"), reviewer(project, "ru"));
        String otherReviewer = users.create("ru-reviewer", reviewer(project, "ru"));
        as(both, () -> confirm("ru", 1, "Гармония"));

        assertThatThrownBy(() -> as(both, () -> approve("ru", 1)))
                .isInstanceOfSatisfying(NotPermittedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.approveOwnText"));
        assertThat(state("ru", 1)).isEqualTo(TargetState.TRANSLATED);

        assertThat(as(otherReviewer, () -> approve("ru", 1)).target().state()).isEqualTo(TargetState.APPROVED);
    }

    @Test
    void a_reviewer_who_rewrites_a_text_becomes_its_author_and_may_no_longer_approve_it() {
        String ruReviewer = users.create("ru-reviewer", reviewer(project, "ru"));
        confirm("ru", 1, "Гармония");

        as(ruReviewer, () -> confirm("ru", 1, "Согласие"));

        assertThatThrownBy(() -> as(ruReviewer, () -> approve("ru", 1))).isInstanceOf(NotPermittedException.class);
    }

    @Test
    void a_manager_exports_and_imports_xliff_but_approves_only_when_also_a_reviewer() {
        String projectManager = users.create("manager", manager(project));
        String managerAndReviewer = users.create("manager-reviewer", manager(project), reviewer(project, "ru"));
        confirm("ru", 1, "Гармония");
        confirm("ru", 2, "Люди встретились в Алматы.");

        ExportedFile file = as(projectManager, () -> exports.exportXliff(document, "ru", "1.2", ExportOptions.everything()));
        String xml = new String(file.content(), StandardCharsets.UTF_8);
        assertThat(xml).contains("Гармония</target>");
        byte[] vendor = xml.replace("Гармония</target>", "Согласие</target>").getBytes(StandardCharsets.UTF_8);
        ImportReport report = as(projectManager, () -> imports.apply(document, vendor, ConflictChoice.keepTarjima()));

        assertThat(report.applied()).isTrue();
        assertThat(report.changed()).isEqualTo(1);
        assertThat(segment("ru", 1).target().plainText()).isEqualTo("Согласие");
        assertThatThrownBy(() -> as(projectManager, () -> approve("ru", 2))).isInstanceOf(NotPermittedException.class);
        assertThat(state("ru", 2)).isEqualTo(TargetState.TRANSLATED);
        assertThat(as(managerAndReviewer, () -> approve("ru", 2)).target().state()).isEqualTo(TargetState.APPROVED);
    }

    @Test
    void translators_and_reviewers_neither_export_nor_import() {
        String ruTranslator = users.create("ru-translator", translator(project, "ru"));
        String ruReviewer = users.create("ru-reviewer", reviewer(project, "ru"));
        byte[] file = exports.exportXliff(document, "ru", "1.2", ExportOptions.everything()).content();

        for (String user : new String[] {ruTranslator, ruReviewer}) {
            assertThatThrownBy(() -> as(user, () -> exports.exportXliff(document, "ru", "1.2", ExportOptions.everything())))
                    .isInstanceOf(NotPermittedException.class);
            assertThatThrownBy(() -> as(user, () -> imports.apply(document, file, ConflictChoice.takeFile())))
                    .isInstanceOf(NotPermittedException.class);
        }
    }

    @Test
    void a_user_without_a_role_in_a_project_does_not_see_it() {
        ProjectSummary elsewhere = projects.aProject().withTargets("kk").create();
        String outsider = users.create("outsider", translator(elsewhere.id(), "kk"));

        assertThat(as(outsider, () -> projectService.list())).extracting(ProjectSummary::id)
                .contains(elsewhere.id()).doesNotContain(project);
        assertThatThrownBy(() -> as(outsider, () -> projectService.find(project))).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> as(outsider, () -> documents.find(document))).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> as(outsider, () -> listing.page(document, "kk", StateFilter.ALL, 0, 10)))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> as(outsider, () -> reviews.locales(document))).isInstanceOf(NotPermittedException.class);
    }

    @Test
    void a_translator_sees_only_the_locales_given_to_them() {
        String kkTranslator = users.create("kk-translator", translator(project, "kk"));

        assertThat(as(kkTranslator, () -> projectService.find(project)).orElseThrow().targetLocales()).containsExactly("kk");
        assertThat(as(kkTranslator, () -> reviews.locales(document))).extracting(s -> s.locale()).containsExactly("kk");
        assertThatThrownBy(() -> as(kkTranslator, () -> listing.page(document, "ru", StateFilter.ALL, 0, 10)))
                .isInstanceOf(NotPermittedException.class);
    }
}
