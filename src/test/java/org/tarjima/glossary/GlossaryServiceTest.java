package org.tarjima.glossary;

import org.tarjima.glossary.terms.ForbiddenUse;
import org.tarjima.glossary.terms.TermHit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tarjima.glossary.TermTranslation.approved;
import static org.tarjima.glossary.TermTranslation.forbidden;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tarjima.project.ProjectSummary;
import org.tarjima.security.NotPermittedException;
import org.tarjima.security.ProjectRole;
import org.tarjima.security.RunAs;
import org.tarjima.security.UserService;
import org.tarjima.support.TarjimaTest;
import org.tarjima.support.TestProjects;

@TarjimaTest
class GlossaryServiceTest {

    private static final String SOURCE = "This event brought together more than 60 participants, including decision-makers "
            + "from five Central Asian countries, UN agencies and UNESCO's partners, to strengthen regional cooperation.";

    @Autowired
    GlossaryService glossary;
    @Autowired
    TestProjects projects;
    @Autowired
    UserService users;
    @Autowired
    RunAs runAs;

    private GlossaryScope aProjectGlossary() {
        return GlossaryScope.project(projects.aProject().withTargets("ru", "kk", "uz").create().id());
    }

    private static String at(String text, TermHit hit) {
        return text.substring(hit.start(), hit.end());
    }

    @Test
    void hits_name_the_terms_of_a_source_with_offsets_and_the_approved_translations() {
        GlossaryScope scope = aProjectGlossary();
        glossary.create(scope, EntryRequest.of("partner", approved("ru", "партнёр", "партнёр*"),
                forbidden("ru", "компаньон"), approved("kk", "серіктес", "серіктес*")));
        glossary.create(scope, EntryRequest.of("decision-maker", approved("ru", "лицо, принимающее решения")));
        glossary.create(scope, EntryRequest.of("partnership", approved("ru", "партнёрство")));
        glossary.create(scope, EntryRequest.of("UNESCO", approved("kk", "ЮНЕСКО")).markedDoNotTranslate());

        List<TermHit> hits = glossary.hits(scope.projectId(), "en", "ru", SOURCE);

        assertThat(hits).extracting(TermHit::sourceTerm).containsExactly("decision-maker", "UNESCO", "partner");
        assertThat(hits).extracting(hit -> at(SOURCE, hit)).containsExactly("decision-makers", "UNESCO's", "partners");
        TermHit partner = hits.get(2);
        assertThat(partner.targetLocale()).isEqualTo("ru");
        assertThat(partner.translations()).extracting(TermTranslation::term).containsExactly("партнёр");
        assertThat(partner.forbidden()).extracting(TermTranslation::term).containsExactly("компаньон");
        assertThat(partner.insertion()).isEqualTo("партнёр");
        // Without a Russian translation, a "do not translate" term offers itself.
        assertThat(hits.get(1).insertion()).isEqualTo("UNESCO");
        assertThat(glossary.hits(scope.projectId(), "en", "kk", SOURCE).get(2).translations())
                .extracting(TermTranslation::term).containsExactly("серіктес");
    }

    @Test
    void project_terms_come_before_global_ones_and_hide_a_global_entry_of_the_same_term() {
        GlossaryScope scope = aProjectGlossary();
        glossary.create(scope, EntryRequest.of("agency", approved("ru", "агентство")));
        List<Long> global = new ArrayList<>();
        try {
            global.add(glossary.create(GlossaryScope.GLOBAL, EntryRequest.of("Central Asia",
                    approved("ru", "Центральная Азия")).withForms("Central Asian")).id());
            global.add(glossary.create(GlossaryScope.GLOBAL, EntryRequest.of("agency", approved("ru", "учреждение"))).id());

            List<TermHit> hits = glossary.hits(scope.projectId(), "en", "ru", SOURCE);

            assertThat(hits).extracting(TermHit::sourceTerm).containsExactly("agency", "Central Asia");
            assertThat(hits.get(0).global()).isFalse();
            assertThat(hits.get(0).translations()).extracting(TermTranslation::term).containsExactly("агентство");
            assertThat(hits.get(1).global()).isTrue();
            assertThat(at(SOURCE, hits.get(1))).isEqualTo("Central Asian");
        } finally {
            global.forEach(id -> glossary.delete(GlossaryScope.GLOBAL, id));
        }
    }

    @Test
    void target_uses_accepts_any_declared_form_or_stem_of_an_approved_translation() {
        GlossaryScope scope = aProjectGlossary();
        glossary.create(scope, EntryRequest.of("partner",
                new TermTranslation("ru", "партнёр", List.of("партнёра", "партнёры", "партнёров", "партнёрам"), false, null),
                approved("kk", "серіктес", "серіктес*"), approved("uz", "hamkor", "hamkor*")));
        glossary.create(scope, EntryRequest.of("UNESCO").markedDoNotTranslate());
        List<TermHit> ru = glossary.hits(scope.projectId(), "en", "ru", SOURCE);
        TermHit partnerRu = ru.stream().filter(h -> h.sourceTerm().equals("partner")).findFirst().orElseThrow();
        TermHit unesco = ru.stream().filter(h -> h.sourceTerm().equals("UNESCO")).findFirst().orElseThrow();

        assertThat(glossary.targetUses(partnerRu, "ЮНЕСКО собрала партнёров из пяти стран", "ru")).isTrue();
        assertThat(glossary.targetUses(partnerRu, "Партнеры ЮНЕСКО", "ru")).isTrue();
        assertThat(glossary.targetUses(partnerRu, "ЮНЕСКО и её партнёрство", "ru")).isFalse();
        assertThat(glossary.targetUses(partnerRu, "ЮНЕСКО и её союзники", "ru")).isFalse();
        assertThat(glossary.targetUses(unesco, "UNESCO собрала партнёров", "ru")).isTrue();
        assertThat(glossary.targetUses(unesco, "ЮНЕСКО собрала партнёров", "ru")).isFalse();

        TermHit partnerKk = glossary.hits(scope.projectId(), "en", "kk", SOURCE).stream()
                .filter(h -> h.sourceTerm().equals("partner")).findFirst().orElseThrow();
        assertThat(glossary.targetUses(partnerKk, "ЮНЕСКО серіктестерімен бірге", "kk")).isTrue();
        assertThat(glossary.targetUses(partnerKk, "ЮНЕСКО әріптестерімен бірге", "kk")).isFalse();

        TermHit partnerUz = glossary.hits(scope.projectId(), "en", "uz", SOURCE).stream()
                .filter(h -> h.sourceTerm().equals("partner")).findFirst().orElseThrow();
        assertThat(glossary.targetUses(partnerUz, "YUNESKO hamkorlari va oʻzbek mutaxassislari", "uz")).isTrue();
        assertThat(glossary.targetUses(partnerUz, "YUNESKO sheriklari", "uz")).isFalse();
    }

    @Test
    void a_term_without_a_translation_into_the_locale_asks_nothing_of_the_target() {
        GlossaryScope scope = aProjectGlossary();
        glossary.create(scope, EntryRequest.of("agency", approved("kk", "агенттік")));
        TermHit hit = glossary.hits(scope.projectId(), "en", "ru", SOURCE).get(0);
        assertThat(glossary.targetUses(hit, "что угодно", "ru")).isTrue();
    }

    @Test
    void forbidden_terms_are_found_in_a_target_with_their_offsets_and_alternatives() {
        GlossaryScope scope = aProjectGlossary();
        glossary.create(scope, EntryRequest.of("stakeholder", approved("ru", "заинтересованная сторона"),
                forbidden("ru", "стейкхолдер", "стейкхолдер*")));
        glossary.create(scope, EntryRequest.of("partner", approved("ru", "партнёр"), forbidden("ru", "компаньон")));
        String target = "Стейкхолдеры и партнёры обсудили планы; компаньон не приехал.";

        List<ForbiddenUse> uses = glossary.forbiddenIn(target, scope.projectId(), "ru");

        assertThat(uses).extracting(ForbiddenUse::found).containsExactly("Стейкхолдеры", "компаньон");
        assertThat(uses.get(0).start()).isZero();
        assertThat(uses.get(0).end()).isEqualTo("Стейкхолдеры".length());
        assertThat(uses.get(0).term()).isEqualTo("стейкхолдер");
        assertThat(uses.get(0).alternatives()).containsExactly("заинтересованная сторона");
        assertThat(uses.get(1).sourceTerm()).isEqualTo("partner");
        assertThat(glossary.forbiddenIn("Партнёры обсудили планы.", scope.projectId(), "ru")).isEmpty();
        assertThat(glossary.forbiddenIn(target, scope.projectId(), "kk")).isEmpty();
    }

    @Test
    void a_change_to_the_glossary_shows_in_the_next_lookup() {
        GlossaryScope scope = aProjectGlossary();
        GlossaryEntry agency = glossary.create(scope, EntryRequest.of("agency", approved("ru", "агентство")));
        assertThat(glossary.hits(scope.projectId(), "en", "ru", SOURCE).get(0).translations())
                .extracting(TermTranslation::term).containsExactly("агентство");

        glossary.update(scope, agency.id(), new EntryRequest("agency", List.of(), "UN agencies are учреждения",
                false, List.of(approved("ru", "учреждение")), agency.version()));
        assertThat(glossary.hits(scope.projectId(), "en", "ru", SOURCE).get(0).translations())
                .extracting(TermTranslation::term).containsExactly("учреждение");

        glossary.delete(scope, agency.id());
        assertThat(glossary.hits(scope.projectId(), "en", "ru", SOURCE)).isEmpty();
    }

    @Test
    void an_edit_of_an_older_version_is_refused_and_a_duplicate_term_too() {
        GlossaryScope scope = aProjectGlossary();
        GlossaryEntry entry = glossary.create(scope, EntryRequest.of("partner", approved("ru", "партнёр")));
        glossary.update(scope, entry.id(), entry.toRequest().withNotes("first edit"));

        assertThatThrownBy(() -> glossary.update(scope, entry.id(), entry.toRequest().withNotes("second edit")))
                .isInstanceOf(GlossaryConflictException.class);
        assertThat(glossary.entry(scope, entry.id()).orElseThrow().notes()).isEqualTo("first edit");
        assertThatThrownBy(() -> glossary.create(scope, EntryRequest.of("Partner")))
                .isInstanceOfSatisfying(GlossaryException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("glossary.error.duplicate"));
        assertThatThrownBy(() -> glossary.create(scope, EntryRequest.of("agency", approved("de", "Agentur"))))
                .isInstanceOfSatisfying(GlossaryException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("glossary.error.locale"));
        assertThatThrownBy(() -> glossary.create(scope, EntryRequest.of("agency").withForms("agen*cy")))
                .isInstanceOfSatisfying(GlossaryException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("glossary.error.form"));
    }

    @Test
    void a_translator_reads_hits_but_cannot_edit_the_glossary() {
        ProjectSummary project = projects.aProject().withTargets("ru", "kk").create();
        GlossaryScope scope = GlossaryScope.project(project.id());
        GlossaryEntry partner = glossary.create(scope, EntryRequest.of("partner", approved("ru", "партнёр"),
                approved("kk", "серіктес")));
        users.grant("translator", new UserService.RoleRequest(project.id(), "ru", ProjectRole.TRANSLATOR));

        runAs.user("translator", () -> {
            assertThat(glossary.hits(project.id(), "en", "ru", SOURCE)).extracting(TermHit::sourceTerm)
                    .containsExactly("partner");
            assertThat(glossary.permissions(scope).mayEdit()).isFalse();
            // A translator of ru sees the glossary's ru terms only.
            assertThat(glossary.entries(scope, null).get(0).translations()).extracting(TermTranslation::locale)
                    .containsExactly("ru");
            assertThatThrownBy(() -> glossary.hits(project.id(), "en", "kk", SOURCE))
                    .isInstanceOf(NotPermittedException.class);
            assertThatThrownBy(() -> glossary.create(scope, EntryRequest.of("agency")))
                    .isInstanceOf(NotPermittedException.class);
            assertThatThrownBy(() -> glossary.update(scope, partner.id(), partner.toRequest().withNotes("mine")))
                    .isInstanceOf(NotPermittedException.class);
            assertThatThrownBy(() -> glossary.delete(scope, partner.id())).isInstanceOf(NotPermittedException.class);
            assertThatThrownBy(() -> glossary.create(GlossaryScope.GLOBAL, EntryRequest.of("agency")))
                    .isInstanceOf(NotPermittedException.class);
            return null;
        });
    }

    @Test
    void a_reviewer_edits_the_terms_of_their_locale_and_the_other_locales_stay() {
        ProjectSummary project = projects.aProject().withTargets("ru", "kk").create();
        GlossaryScope scope = GlossaryScope.project(project.id());
        GlossaryEntry partner = glossary.create(scope, EntryRequest.of("partner", approved("ru", "партнёр"),
                approved("kk", "серіктес")));
        users.grant("reviewer", new UserService.RoleRequest(project.id(), "ru", ProjectRole.REVIEWER));

        runAs.user("reviewer", () -> {
            GlossaryEntry seen = glossary.entry(scope, partner.id()).orElseThrow();
            assertThat(seen.translations()).extracting(TermTranslation::locale).containsExactly("ru");
            glossary.update(scope, partner.id(), new EntryRequest("partner", List.of("partner*"), null, false,
                    List.of(approved("ru", "партнёр", "партнёр*")), seen.version()));
            glossary.create(scope, EntryRequest.of("agency", approved("ru", "агентство")));
            assertThatThrownBy(() -> glossary.create(scope, EntryRequest.of("country", approved("kk", "ел"))))
                    .isInstanceOf(NotPermittedException.class);
            // Deleting would take the kk translation the reviewer may not change.
            assertThatThrownBy(() -> glossary.delete(scope, partner.id())).isInstanceOf(NotPermittedException.class);
            assertThatThrownBy(() -> glossary.importFile(scope, "g.csv", "en,ru\nnation,нация\n".getBytes()))
                    .isInstanceOf(NotPermittedException.class);
            return null;
        });
        GlossaryEntry stored = glossary.entry(scope, partner.id()).orElseThrow();
        assertThat(stored.forms()).containsExactly("partner*");
        assertThat(stored.translations("ru")).extracting(TermTranslation::forms).containsExactly(List.of("партнёр*"));
        assertThat(stored.translations("kk")).extracting(TermTranslation::term).containsExactly("серіктес");
        assertThat(stored.updatedBy()).isEqualTo("reviewer");
    }

    @Test
    void the_search_filter_finds_terms_by_any_of_their_languages() {
        GlossaryScope scope = aProjectGlossary();
        glossary.create(scope, EntryRequest.of("partner", approved("ru", "партнёр"), approved("uz", "hamkor")));
        glossary.create(scope, EntryRequest.of("agency", approved("ru", "агентство")).withNotes("UN agencies"));
        assertThat(glossary.entries(scope, "ПАРТН")).extracting(GlossaryEntry::term).containsExactly("partner");
        assertThat(glossary.entries(scope, "un ag")).extracting(GlossaryEntry::term).containsExactly("agency");
        assertThat(glossary.entries(scope, " ")).hasSize(2);
    }
}
