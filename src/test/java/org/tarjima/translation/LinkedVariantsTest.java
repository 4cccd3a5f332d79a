package org.tarjima.translation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tarjima.support.TestUsers.manager;
import static org.tarjima.support.TestUsers.reviewer;
import static org.tarjima.support.TestUsers.translator;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tarjima.base.text.InlineText;
import org.tarjima.project.LinkedLocale;
import org.tarjima.project.ProjectService;
import org.tarjima.security.NotPermittedException;
import org.tarjima.security.RunAs;
import org.tarjima.support.TarjimaTest;
import org.tarjima.support.TestProjects;
import org.tarjima.support.TestUsers;

/** uz-Cyrl follows uz, kk-Latn follows kk: derived on confirm and approve, never over a person's edit. */
@TarjimaTest
class LinkedVariantsTest {

    private static final String LATIN = "Tabiat bilan uygʻunlikda kelajak qurish uchun birgalikda ishlash";
    private static final String CYRILLIC = "Табиат билан уйғунликда келажак қуриш учун биргаликда ишлаш";
    private static final String LATIN_2 = "Tabiat bilan birgalikda ishlash";
    private static final String CYRILLIC_2 = "Табиат билан биргаликда ишлаш";

    @Autowired
    TestProjects projects;
    @Autowired
    TestUsers users;
    @Autowired
    TranslationService translations;
    @Autowired
    LinkedVariants linked;
    @Autowired
    ProjectService projectService;
    @Autowired
    RunAs runAs;

    private TestProjects.Created uzbekLinked() {
        TestProjects.Created created = projects.aProject().withTargets("uz", "uz-Cyrl").withDocument(TestProjects.seedArticle());
        projectService.setLinkedLocales(created.project().id(), List.of(new LinkedLocale("uz-Cyrl", "uz")));
        return created;
    }

    private SegmentRow row(TestProjects.Created created, String locale) {
        return projects.segment(created.document().id(), locale, 1);
    }

    private List<Origin> history(TestProjects.Created created, String locale) {
        return translations.history(row(created, locale).segmentId(), locale).stream().map(HistoryEntry::origin).toList();
    }

    @Test
    void confirming_the_base_derives_the_linked_target_as_translated_even_for_a_translator_of_the_base_only() {
        TestProjects.Created created = uzbekLinked();
        String uzTranslator = users.create("uz-translator", translator(created.project().id(), "uz"));

        projects.confirmedBy(created, uzTranslator, "uz", LATIN);

        SegmentRow derived = row(created, "uz-Cyrl");
        assertThat(derived.target().plainText()).isEqualTo(CYRILLIC);
        assertThat(derived.state()).isEqualTo(TargetState.TRANSLATED);
        assertThat(history(created, "uz-Cyrl")).containsExactly(Origin.TRANSLITERATION);
        assertThat(linked.baseChanged(derived.segmentId(), "uz-Cyrl")).isEmpty();
        assertThat(row(created, "uz").state()).as("the base keeps its own state").isEqualTo(TargetState.TRANSLATED);
    }

    @Test
    void approving_the_base_derives_too_and_a_draft_of_the_base_does_not() {
        TestProjects.Created created = projects.aProject().withTargets("uz", "uz-Cyrl").withDocument(TestProjects.seedArticle());
        long project = created.project().id();
        String uzTranslator = users.create("uz-translator", translator(project, "uz"));
        String uzReviewer = users.create("uz-reviewer", reviewer(project, "uz"));
        SegmentRow base = row(created, "uz");
        translations.saveDraft(new TargetEdit(base.segmentId(), "uz", InlineText.of(LATIN_2), 0, Origin.EDITOR));
        // Confirmed before the link existed: nothing follows yet.
        projects.confirmedBy(created, uzTranslator, "uz", LATIN);
        projectService.setLinkedLocales(project, List.of(new LinkedLocale("uz-Cyrl", "uz")));
        assertThat(row(created, "uz-Cyrl").state()).isEqualTo(TargetState.NEW);

        runAs.user(uzReviewer, () -> translations.approve(new TargetReview(base.segmentId(), "uz",
                row(created, "uz").version(), Origin.EDITOR)));

        assertThat(row(created, "uz").state()).isEqualTo(TargetState.APPROVED);
        assertThat(row(created, "uz-Cyrl").target().plainText()).isEqualTo(CYRILLIC);
        assertThat(row(created, "uz-Cyrl").state()).as("reviewed on its own").isEqualTo(TargetState.TRANSLATED);
        assertThat(history(created, "uz-Cyrl")).containsExactly(Origin.TRANSLITERATION);
    }

    @Test
    void a_persons_edit_is_never_overwritten_but_marked_and_the_new_derivation_can_be_taken() {
        TestProjects.Created created = uzbekLinked();
        projects.confirmedBy(created, "admin", "uz", LATIN);
        SegmentRow derived = row(created, "uz-Cyrl");
        InlineText mine = InlineText.of("Табиат билан уйғунликда келажакни биргаликда қурамиз");
        translations.saveDraft(new TargetEdit(derived.segmentId(), "uz-Cyrl", mine, derived.version(), Origin.EDITOR));

        SegmentRow base = row(created, "uz");
        translations.confirm(new TargetEdit(base.segmentId(), "uz", InlineText.of(LATIN_2), base.version(), Origin.EDITOR));

        SegmentRow kept = row(created, "uz-Cyrl");
        assertThat(kept.target()).isEqualTo(mine);
        assertThat(kept.state()).isEqualTo(TargetState.DRAFT);
        LinkedVariants.BaseChanged mark = linked.baseChanged(kept.segmentId(), "uz-Cyrl").orElseThrow();
        assertThat(mark.baseLocale()).isEqualTo("uz");
        assertThat(mark.derivation().plainText()).isEqualTo(CYRILLIC_2);
        assertThat(history(created, "uz-Cyrl")).containsExactly(Origin.TRANSLITERATION, Origin.EDITOR);

        // A stale version is refused like any save; the edit survives.
        assertThat(linked.takeDerivation(kept.segmentId(), "uz-Cyrl", kept.version() - 1))
                .isInstanceOf(SaveResult.Conflict.class);
        assertThat(row(created, "uz-Cyrl").target()).isEqualTo(mine);

        SaveResult taken = linked.takeDerivation(kept.segmentId(), "uz-Cyrl", kept.version());

        assertThat(taken).isInstanceOf(SaveResult.Saved.class);
        assertThat(row(created, "uz-Cyrl").target().plainText()).isEqualTo(CYRILLIC_2);
        assertThat(row(created, "uz-Cyrl").state()).isEqualTo(TargetState.TRANSLATED);
        assertThat(linked.baseChanged(kept.segmentId(), "uz-Cyrl")).isEmpty();
        assertThat(history(created, "uz-Cyrl"))
                .containsExactly(Origin.TRANSLITERATION, Origin.EDITOR, Origin.TRANSLITERATION);

        // Taken, it follows the base again.
        SegmentRow again = row(created, "uz");
        translations.confirm(new TargetEdit(again.segmentId(), "uz", InlineText.of(LATIN), again.version(), Origin.EDITOR));
        assertThat(row(created, "uz-Cyrl").target().plainText()).isEqualTo(CYRILLIC);
    }

    @Test
    void keeping_ones_text_clears_the_mark_until_the_base_changes_again() {
        TestProjects.Created created = uzbekLinked();
        projects.confirmedBy(created, "admin", "uz", LATIN);
        SegmentRow derived = row(created, "uz-Cyrl");
        InlineText mine = InlineText.of("Менинг матним");
        translations.confirm(new TargetEdit(derived.segmentId(), "uz-Cyrl", mine, derived.version(), Origin.EDITOR));
        SegmentRow base = row(created, "uz");
        translations.confirm(new TargetEdit(base.segmentId(), "uz", InlineText.of(LATIN_2), base.version(), Origin.EDITOR));
        String uzTranslator = users.create("uz-translator", translator(created.project().id(), "uz"));

        assertThatThrownBy(() -> runAs.user(uzTranslator, () -> {
            linked.keepEdit(derived.segmentId(), "uz-Cyrl");
            return null;
        })).as("only a translator of the derived locale decides").isInstanceOf(NotPermittedException.class);
        linked.keepEdit(derived.segmentId(), "uz-Cyrl");

        assertThat(linked.baseChanged(derived.segmentId(), "uz-Cyrl")).isEmpty();
        assertThat(row(created, "uz-Cyrl").target()).isEqualTo(mine);
        assertThat(row(created, "uz-Cyrl").state()).isEqualTo(TargetState.TRANSLATED);
        SegmentRow again = row(created, "uz");
        translations.confirm(new TargetEdit(again.segmentId(), "uz", InlineText.of(LATIN), again.version(), Origin.EDITOR));
        assertThat(row(created, "uz-Cyrl").target()).isEqualTo(mine);
        assertThat(linked.baseChanged(derived.segmentId(), "uz-Cyrl")).isPresent();
    }

    @Test
    void a_save_begun_before_the_derivation_is_refused_as_stale_and_the_derivation_stays() {
        TestProjects.Created created = uzbekLinked();
        projects.confirmedBy(created, "admin", "uz", LATIN);
        SegmentRow seen = row(created, "uz-Cyrl");
        SegmentRow base = row(created, "uz");
        translations.confirm(new TargetEdit(base.segmentId(), "uz", InlineText.of(LATIN_2), base.version(), Origin.EDITOR));

        SaveResult late = translations.saveDraft(new TargetEdit(seen.segmentId(), "uz-Cyrl", InlineText.of("Кечикиб"),
                seen.version(), Origin.EDITOR));

        assertThat(late).isInstanceOf(SaveResult.Conflict.class);
        assertThat(late.target().content().plainText()).isEqualTo(CYRILLIC_2);
        assertThat(late.target().version()).isEqualTo(seen.version() + 1);
        assertThat(row(created, "uz-Cyrl").target().plainText()).isEqualTo(CYRILLIC_2);
    }

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void a_persons_save_that_commits_while_the_base_is_being_confirmed_wins_and_the_target_is_marked() throws Exception {
        TestProjects.Created created = uzbekLinked();
        projects.confirmedBy(created, "admin", "uz", LATIN);
        SegmentRow derived = row(created, "uz-Cyrl");
        SegmentRow base = row(created, "uz");
        InlineText mine = InlineText.of("Ўзим ёздим");
        java.util.concurrent.CountDownLatch written = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch commit = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            // The person's save holds the derived row, uncommitted, while the base is confirmed.
            var person = threads.submit(() -> runAs.admin(() -> transactions.execute(status -> {
                SaveResult saved = translations.saveDraft(new TargetEdit(derived.segmentId(), "uz-Cyrl", mine,
                        derived.version(), Origin.EDITOR));
                written.countDown();
                await(commit);
                return saved;
            })));
            await(written);
            var confirm = threads.submit(() -> runAs.admin(() -> translations.confirm(new TargetEdit(base.segmentId(), "uz",
                    InlineText.of(LATIN_2), base.version(), Origin.EDITOR))));
            long deadline = System.currentTimeMillis() + 10_000;
            while (jdbc.queryForObject("select count(*) from pg_stat_activity where datname = current_database() "
                    + "and wait_event_type = 'Lock'", Integer.class) == 0 && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
            commit.countDown();

            assertThat(person.get(10, java.util.concurrent.TimeUnit.SECONDS)).isInstanceOf(SaveResult.Saved.class);
            assertThat(confirm.get(10, java.util.concurrent.TimeUnit.SECONDS)).isInstanceOf(SaveResult.Saved.class);
        } finally {
            commit.countDown();
            threads.shutdownNow();
        }
        assertThat(row(created, "uz").target().plainText()).isEqualTo(LATIN_2);
        assertThat(row(created, "uz-Cyrl").target()).isEqualTo(mine);
        assertThat(linked.baseChanged(derived.segmentId(), "uz-Cyrl")).isPresent();
    }

    private static void await(java.util.concurrent.CountDownLatch latch) {
        try {
            assertThat(latch.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void a_text_written_by_hand_before_the_link_is_a_persons_edit_too() {
        TestProjects.Created created = uzbekLinked();
        SegmentRow derived = row(created, "uz-Cyrl");
        translations.confirm(new TargetEdit(derived.segmentId(), "uz-Cyrl", InlineText.of("Қўлда ёзилган"), 0, Origin.API));

        projects.confirmedBy(created, "admin", "uz", LATIN);

        assertThat(row(created, "uz-Cyrl").target().plainText()).isEqualTo("Қўлда ёзилган");
        assertThat(linked.baseChanged(derived.segmentId(), "uz-Cyrl")).isPresent();
    }

    @Test
    void an_approval_of_the_derived_target_is_no_edit_a_new_base_text_is_derived_again() {
        TestProjects.Created created = uzbekLinked();
        long project = created.project().id();
        String cyrlReviewer = users.create("uz-cyrl-reviewer", reviewer(project, "uz-Cyrl"));
        projects.confirmedBy(created, "admin", "uz", LATIN);
        SegmentRow derived = row(created, "uz-Cyrl");
        runAs.user(cyrlReviewer, () -> translations.approve(new TargetReview(derived.segmentId(), "uz-Cyrl",
                derived.version(), Origin.EDITOR)));
        assertThat(row(created, "uz-Cyrl").state()).isEqualTo(TargetState.APPROVED);

        SegmentRow base = row(created, "uz");
        translations.confirm(new TargetEdit(base.segmentId(), "uz", InlineText.of(LATIN_2), base.version(), Origin.EDITOR));

        assertThat(row(created, "uz-Cyrl").target().plainText()).isEqualTo(CYRILLIC_2);
        assertThat(row(created, "uz-Cyrl").state()).as("the new text needs review again").isEqualTo(TargetState.TRANSLATED);
    }

    @Test
    void kazakh_latin_follows_kazakh() {
        TestProjects.Created created = projects.aProject().withTargets("kk", "kk-Latn").withDocument(TestProjects.seedArticle());
        projectService.setLinkedLocales(created.project().id(), List.of(new LinkedLocale("kk-Latn", "kk")));

        projects.confirmedBy(created, "admin", "kk", "Қазақстан");

        assertThat(row(created, "kk-Latn").target().plainText()).isEqualTo("Qazaqstan");
        assertThat(row(created, "kk-Latn").state()).isEqualTo(TargetState.TRANSLATED);
    }

    @Test
    void only_managers_link_and_only_locales_with_a_conversion_that_do_not_chain() {
        TestProjects.Created created = projects.aProject().withTargets("ru", "uz", "uz-Cyrl").withDocument(TestProjects.seedArticle());
        long project = created.project().id();
        String uzTranslator = users.create("uz-translator", translator(project, "uz"), translator(project, "uz-Cyrl"));
        String projectManager = users.create("manager", manager(project));
        List<LinkedLocale> link = List.of(new LinkedLocale("uz-Cyrl", "uz"));

        assertThatThrownBy(() -> runAs.user(uzTranslator, () -> projectService.setLinkedLocales(project, link)))
                .isInstanceOf(NotPermittedException.class);
        assertThat(projectService.linkedLocales(project)).isEmpty();
        assertThatThrownBy(() -> projectService.setLinkedLocales(project, List.of(new LinkedLocale("uz", "ru"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("No script conversion");
        assertThatThrownBy(() -> projectService.setLinkedLocales(project, List.of(new LinkedLocale("kk-Latn", "kk"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a target locale");
        assertThatThrownBy(() -> projectService.setLinkedLocales(project,
                List.of(new LinkedLocale("uz-Cyrl", "uz"), new LinkedLocale("uz", "uz-Cyrl"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot be a base");

        assertThat(runAs.user(projectManager, () -> projectService.setLinkedLocales(project,
                List.of(new LinkedLocale("uz-cyrl", "uz"))))).containsExactly(new LinkedLocale("uz-Cyrl", "uz"));
        assertThat(projectService.setLinkedLocales(project, List.of())).isEmpty();
    }
}
