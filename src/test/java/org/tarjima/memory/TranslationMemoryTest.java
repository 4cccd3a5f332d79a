package org.tarjima.memory;

import org.tarjima.intake.IncomingFiles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tarjima.base.text.InlineMarkers;
import org.tarjima.base.text.InlineText;
import org.tarjima.security.NotPermittedException;
import org.tarjima.security.RunAs;
import org.tarjima.support.TarjimaTest;
import org.tarjima.support.TestProjects;
import org.tarjima.translation.TargetState;

@TarjimaTest
class TranslationMemoryTest {

    private static final String ARTICLE = "/memory/protected-areas.txt";
    private static final String ALONE = "/memory/rangers-alone.txt";
    private static final String WINTER = "Rangers count snow leopards in the mountains every winter.";

    @Autowired
    TranslationMemory memory;
    @Autowired
    TmFixture fixture;
    @Autowired
    RunAs runAs;
    @Autowired
    TestProjects projects;
    @Autowired
    org.tarjima.intake.IncomingFiles incoming;

    @Test
    void context_match_ranks_above_exact_and_exact_above_fuzzy_with_the_changed_word_marked() {
        String en = TmFixture.freshSource();
        TestProjects.Created first = fixture.document(en, ARTICLE, "ru", "kk", "uz");
        assertThat(fixture.segment(first, "ru", 3).source().plainText()).isEqualTo(WINTER);
        fixture.confirm(first, "ru", 3, "Егеря каждую зиму считают снежных барсов в горах.");
        TestProjects.Created alone = fixture.document(en, ALONE, "ru");
        fixture.confirm(alone, "ru", 2, "Каждую зиму егеря ведут учёт снежных барсов в горах.");

        // The same article again: its segment 3 has the same neighbours as the first article's.
        TestProjects.Created again = fixture.document(en, ARTICLE, "ru");
        List<TmMatch> matches = memory.matchesForSegment(fixture.segment(again, "ru", 3).segmentId(), "ru", 5);

        assertThat(matches).extracting(TmMatch::kind).containsExactly(MatchKind.CONTEXT, MatchKind.EXACT);
        assertThat(matches).extracting(TmMatch::score).containsExactly(101, 100);
        assertThat(matches.get(0).target().plainText()).isEqualTo("Егеря каждую зиму считают снежных барсов в горах.");
        assertThat(matches.get(0).documentId()).isEqualTo(first.document().id());
        assertThat(matches.get(0).projectName()).isEqualTo(first.project().name());
        assertThat(matches.get(1).target().plainText()).isEqualTo("Каждую зиму егеря ведут учёт снежных барсов в горах.");

        // The summer sentence differs by one word: both winter units are fuzzy matches, below the exact one.
        fixture.confirm(again, "ru", 3, "Егеря каждую зиму считают снежных барсов в горах.");
        List<TmMatch> summer = memory.matchesForSegment(fixture.segment(again, "ru", 6).segmentId(), "ru", 5);
        assertThat(summer).extracting(TmMatch::kind).containsOnly(MatchKind.FUZZY);
        TmMatch fuzzy = summer.get(0);
        assertThat(fuzzy.score()).isBetween(85, 95);
        assertThat(fuzzy.sourceDiff()).filteredOn(DiffRun::changed).extracting(DiffRun::text).containsExactly("winter");
        assertThat(fuzzy.sourceDiff().stream().map(DiffRun::text).reduce("", String::concat)).isEqualTo(WINTER);
    }

    @Test
    void a_segments_own_translation_is_no_match_for_itself_but_is_one_for_its_twin_in_another_document() {
        String en = TmFixture.freshSource();
        TestProjects.Created first = fixture.document(en, ARTICLE, "ru");
        fixture.confirm(first, "ru", 3, "Егеря каждую зиму считают снежных барсов в горах.");

        // Its own current translation was offered to the segment as a "101 % context match" of itself.
        assertThat(memory.matchesForSegment(fixture.segment(first, "ru", 3).segmentId(), "ru", 5)).isEmpty();

        TestProjects.Created again = fixture.document(en, ARTICLE, "ru");
        List<TmMatch> twin = memory.matchesForSegment(fixture.segment(again, "ru", 3).segmentId(), "ru", 5);
        assertThat(twin).extracting(TmMatch::kind).containsExactly(MatchKind.CONTEXT);
        assertThat(twin.get(0).documentId()).isEqualTo(first.document().id());
    }

    @Test
    void a_source_typed_with_different_case_or_spacing_is_a_fuzzy_match_just_below_exact() {
        String en = TmFixture.freshSource();
        TestProjects.Created created = fixture.document(en, ARTICLE, "kk");
        fixture.confirm(created, "kk", 3, "Қарауылшылар әр қыста таудағы ілбістерді санайды.");

        TmMatch exact = memory.matches(InlineText.of(WINTER), en, "kk", 5).get(0);
        assertThat(exact.kind()).isEqualTo(MatchKind.EXACT);
        assertThat(exact.score()).isEqualTo(100);

        TmMatch spaced = memory.matches(InlineText.of(WINTER.replace("snow ", "snow  ").toUpperCase()), en, "kk", 5).get(0);
        assertThat(spaced.kind()).isEqualTo(MatchKind.FUZZY);
        assertThat(spaced.score()).isEqualTo(99);
        assertThat(spaced.sourceDiff()).noneMatch(DiffRun::changed);
    }

    @Test
    void approved_ranks_above_translated_at_equal_score() {
        String en = TmFixture.freshSource();
        TestProjects.Created older = fixture.document(en, ALONE, "uz");
        fixture.approved(older, "uz", 2, "Qoʻriqchilar har qishda togʻlardagi qor qoplonlarini sanaydi.");
        TestProjects.Created newer = fixture.document(en, ALONE, "uz");
        fixture.confirm(newer, "uz", 2, "Har qishda qoʻriqchilar togʻlarda qor barslarini sanashadi.");

        List<TmMatch> matches = memory.matches(InlineText.of(WINTER), en, "uz", 5);

        assertThat(matches).extracting(TmMatch::score).containsExactly(100, 100);
        assertThat(matches).extracting(TmMatch::state).containsExactly(TargetState.APPROVED, TargetState.TRANSLATED);
        assertThat(matches.get(0).target().plainText()).startsWith("Qoʻriqchilar");
        assertThat(matches.get(0).updatedAt()).isBefore(matches.get(1).updatedAt());
    }

    @Test
    void an_edit_updates_the_unit_and_a_draft_takes_it_out_of_the_memory() {
        String en = TmFixture.freshSource();
        TestProjects.Created created = fixture.document(en, ALONE, "kk");
        fixture.confirm(created, "kk", 2, "Қарауылшылар әр қыста ілбістерді санайды.");
        fixture.confirm(created, "kk", 2, "Қарауылшылар әр қыста таудағы ілбістерді санайды.");

        List<TmMatch> matches = memory.matches(InlineText.of(WINTER), en, "kk", 5);
        assertThat(matches).hasSize(1);
        assertThat(matches.get(0).target().plainText()).isEqualTo("Қарауылшылар әр қыста таудағы ілбістерді санайды.");
        assertThat(memory.concordance("таудағы", en, "kk", ConcordanceSide.TARGET, 0, 10).hits()).hasSize(1);

        fixture.draft(created, "kk", 2, "Қарауылшылар қыста санайды.");
        assertThat(memory.matches(InlineText.of(WINTER), en, "kk", 5)).isEmpty();
        assertThat(memory.concordance("таудағы", en, "kk", ConcordanceSide.TARGET, 0, 10).hits()).isEmpty();

        fixture.confirm(created, "kk", 2, "Қарауылшылар қыс сайын санайды.");
        assertThat(memory.matches(InlineText.of(WINTER), en, "kk", 5)).extracting(m -> m.target().plainText())
                .containsExactly("Қарауылшылар қыс сайын санайды.");
    }

    @Test
    void an_inserted_match_carries_the_current_sources_codes() {
        String en = TmFixture.freshSource();
        TestProjects.Created created = fixture.document(en, "/document/press-release.md", "ru");
        assertThat(InlineMarkers.write(fixture.segment(created, "ru", 1).source()))
                .isEqualTo("UNESCO and partners meet in <1>Almaty</1>");
        fixture.confirm(created, "ru", 1, InlineMarkers.read("ЮНЕСКО и партнёры встречаются в <1>Алматы</1>"));

        TmMatch match = memory.matches(InlineMarkers.read("UNESCO and partners meet in <4>Almaty</4>"), en, "ru", 1).get(0);
        assertThat(match.kind()).isEqualTo(MatchKind.FUZZY);
        assertThat(InlineMarkers.write(match.insertable())).isEqualTo("ЮНЕСКО и партнёры встречаются в <4>Алматы</4>");
        assertThat(match.codesDropped()).isZero();
        assertThat(match.target().codes().get(0).data()).isNotEmpty();

        TmMatch plain = memory.matches(InlineText.of("UNESCO and partners meet in Almaty"), en, "ru", 1).get(0);
        assertThat(InlineMarkers.write(plain.insertable())).isEqualTo("ЮНЕСКО и партнёры встречаются в Алматы");
        assertThat(plain.codesDropped()).isEqualTo(2);
    }

    @Test
    void concordance_finds_a_phrase_on_either_side_newest_first_in_pages() {
        String en = TmFixture.freshSource();
        TestProjects.Created created = fixture.document(en, ARTICLE, "ru");
        fixture.confirm(created, "ru", 3, "Егеря каждую зиму считают снежных барсов в горах.");
        fixture.confirm(created, "ru", 6, "Егеря каждое лето считают снежных барсов в горах.");
        fixture.confirm(created, "ru", 2, "Леса региона защищают водные ресурсы для миллионов людей.");

        var first = memory.concordance("Snow  Leopards", en, "ru", ConcordanceSide.BOTH, 0, 1);
        assertThat(first.hits()).extracting(h -> h.target().plainText()).containsExactly("Егеря каждое лето считают снежных барсов в горах.");
        assertThat(first.more()).isTrue();
        var second = memory.concordance("snow leopards", en, "ru", ConcordanceSide.SOURCE, 1, 1);
        assertThat(second.hits()).extracting(h -> h.source().plainText()).containsExactly(WINTER);
        assertThat(second.more()).isFalse();
        assertThat(memory.concordance("снежных барсов", en, "ru", ConcordanceSide.TARGET, 0, 10).hits()).hasSize(2);
        assertThat(memory.concordance("leopards in the forests", en, "ru", ConcordanceSide.BOTH, 0, 10).hits()).isEmpty();
        assertThat(memory.concordance("leo", en, "ru", ConcordanceSide.BOTH, 0, 10).hits()).isEmpty();
        assertThatThrownBy(() -> memory.concordance(" … ", en, "ru", ConcordanceSide.BOTH, 0, 10))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void forgetting_a_project_removes_its_units() {
        String en = TmFixture.freshSource();
        TestProjects.Created created = fixture.document(en, ALONE, "tg");
        fixture.confirm(created, "tg", 2, "Посбонон ҳар зимистон паланги барфиро дар кӯҳҳо мешуморанд.");
        assertThat(memory.matches(InlineText.of(WINTER), en, "tg", 5)).hasSize(1);

        assertThat(memory.forgetProject(created.project().id())).isEqualTo(1);
        assertThat(memory.matches(InlineText.of(WINTER), en, "tg", 5)).isEmpty();
    }

    @Test
    void someone_without_a_role_for_the_target_locale_may_not_search_it() {
        String en = TmFixture.freshSource();
        TestProjects.Created created = fixture.document(en, ALONE, "ky", "ru");
        fixture.confirm(created, "ky", 2, "Токой кызматкерлери ар кыш сайын тоолордогу илбирстерди санашат.");
        String kyrgyzTranslator = fixture.userWithRole(created.project().id(), "ky", org.tarjima.security.ProjectRole.TRANSLATOR);

        assertThat(runAs.user(kyrgyzTranslator, () -> memory.matches(InlineText.of(WINTER), en, "ky", 5))).hasSize(1);
        assertThatThrownBy(() -> runAs.user(kyrgyzTranslator, () -> memory.matches(InlineText.of(WINTER), en, "ru", 5)))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> runAs.user(kyrgyzTranslator, () -> memory.forgetProject(created.project().id())))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void confirmed_targets_that_arrive_with_a_new_xliff_document_enter_the_memory_and_drafts_do_not() {
        String en = TmFixture.freshSource();
        var project = projects.aProject().withSource(en).withTargets("kk").create();
        String xliff = """
                <?xml version="1.0" encoding="UTF-8"?>
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
                 <file original="notes.txt" source-language="%s" target-language="kk" datatype="plaintext"><body>
                  <trans-unit id="1"><source>%s</source><target state="translated">Қарауылшылар әр қыста ілбістерді санайды.</target></trans-unit>
                  <trans-unit id="2"><source>The new visitor centre opens in May.</source><target state="needs-review-translation">Жаңа орталық мамырда ашылады.</target></trans-unit>
                 </body></file>
                </xliff>""".formatted(en, WINTER);
        incoming.importFile(project.id(), "notes.xlf", xliff.getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(memory.matches(InlineText.of(WINTER), en, "kk", 5)).extracting(m -> m.target().plainText())
                .containsExactly("Қарауылшылар әр қыста ілбістерді санайды.");
        assertThat(memory.matches(InlineText.of("The new visitor centre opens in May."), en, "kk", 5)).isEmpty();
    }
}
