package org.tarjima.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tarjima.interchange.XliffSource;
import org.tarjima.security.NotPermittedException;
import org.tarjima.security.ProjectRole;
import org.tarjima.security.RunAs;
import org.tarjima.support.TarjimaTest;
import org.tarjima.support.TestProjects;

/** The TM screen's service calls: the pairs with their counts, and deleting one unit (managers and admins only). */
@TarjimaTest
class TmCurationTest {

    @Autowired
    TranslationMemory memory;
    @Autowired
    TmxService tmx;
    @Autowired
    TmFixture fixture;
    @Autowired
    RunAs runAs;

    private long unitFor(String en, String phrase) {
        return memory.concordance(phrase, en, "ru", ConcordanceSide.SOURCE, 0, 5).hits().get(0).unitId();
    }

    @Test
    void pairs_count_units_and_approved_ones_and_show_only_the_locales_a_user_may_search() {
        String en = TmFixture.freshSource();
        TestProjects.Created created = fixture.document(en, "/memory/protected-areas.txt", "ru", "kk");
        fixture.confirm(created, "ru", 3, "Егеря каждую зиму считают снежных барсов в горах.");
        fixture.approved(created, "ru", 4, "Новый визит-центр откроется в мае.");
        fixture.confirm(created, "kk", 4, "Жаңа келушілер орталығы мамырда ашылады.");

        assertThat(memory.pairs()).filteredOn(pair -> pair.sourceLocale().equals(en))
                .containsExactly(new TmPair(en, "kk", 1, 0), new TmPair(en, "ru", 2, 1));
        assertThat(new TmPair(en, "ru", 2, 1).translated()).isEqualTo(1);

        String kazakh = fixture.userWithRole(created.project().id(), "kk", ProjectRole.TRANSLATOR);
        assertThat(runAs.user(kazakh, () -> memory.pairs())).filteredOn(pair -> pair.sourceLocale().equals(en))
                .containsExactly(new TmPair(en, "kk", 1, 0));
        assertThat(runAs.user(kazakh, () -> memory.abilities())).isEqualTo(new TranslationMemory.TmAbilities(true, false));
    }

    @Test
    void a_manager_of_the_units_project_deletes_it_with_its_index_entries_a_translator_may_not() {
        String en = TmFixture.freshSource();
        TestProjects.Created created = fixture.document(en, "/memory/protected-areas.txt", "ru");
        fixture.confirm(created, "ru", 3, "Егеря каждую зиму считают снежных барсов в горах.");
        fixture.confirm(created, "ru", 6, "Егеря каждое лето считают снежных барсов в горах.");
        long winter = unitFor(en, "every winter");
        String translator = fixture.userWithRole(created.project().id(), "ru", ProjectRole.TRANSLATOR);
        String manager = fixture.userWithRole(created.project().id(), null, ProjectRole.MANAGER);
        TestProjects.Created elsewhere = fixture.document(TmFixture.freshSource(), "/memory/protected-areas.txt", "ru");
        String otherManager = fixture.userWithRole(elsewhere.project().id(), null, ProjectRole.MANAGER);

        assertThatThrownBy(() -> runAs.user(translator, () -> {
            memory.deleteUnit(winter);
            return null;
        })).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> runAs.user(otherManager, () -> {
            memory.deleteUnit(winter);
            return null;
        })).isInstanceOf(NotPermittedException.class);
        assertThat(memory.concordance("snow leopards", en, "ru", ConcordanceSide.BOTH, 0, 10).hits()).hasSize(2);

        runAs.user(manager, () -> {
            memory.deleteUnit(winter);
            return null;
        });

        // Gone from concordance, from matches (the index) and from the counts; the other unit stays.
        assertThat(memory.concordance("snow leopards", en, "ru", ConcordanceSide.BOTH, 0, 10).hits())
                .extracting(ConcordanceHit::unitId).doesNotContain(winter).hasSize(1);
        assertThat(memory.matches(fixture.segment(created, "ru", 3).source(), en, "ru", 5))
                .extracting(TmMatch::unitId).doesNotContain(winter);
        assertThat(memory.pairs()).filteredOn(pair -> pair.sourceLocale().equals(en)).containsExactly(new TmPair(en, "ru", 1, 0));
        assertThatThrownBy(() -> memory.deleteUnit(winter)).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void a_unit_from_tmx_belongs_to_no_project_so_any_manager_may_delete_it() {
        String en = TmFixture.freshSource();
        tmx.importTmx(XliffSource.of(TestProjects.resource("/memory/other-tool.tmx")), en, "kk");
        long unit = memory.concordance("visitor centre", en, "kk", ConcordanceSide.SOURCE, 0, 5).hits().get(0).unitId();
        assertThat(memory.concordance("visitor centre", en, "kk", ConcordanceSide.SOURCE, 0, 5).hits().get(0).fromTmx()).isTrue();
        TestProjects.Created elsewhere = fixture.document(TmFixture.freshSource(), "/memory/protected-areas.txt", "kk");
        String manager = fixture.userWithRole(elsewhere.project().id(), null, ProjectRole.MANAGER);
        String translator = fixture.userWithRole(elsewhere.project().id(), "kk", ProjectRole.TRANSLATOR);

        assertThatThrownBy(() -> runAs.user(translator, () -> {
            memory.deleteUnit(unit);
            return null;
        })).isInstanceOf(NotPermittedException.class);
        runAs.user(manager, () -> {
            memory.deleteUnit(unit);
            return null;
        });
        assertThat(memory.concordance("visitor centre", en, "kk", ConcordanceSide.SOURCE, 0, 5).hits()).isEmpty();
    }
}
