package org.tarjima.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tarjima.base.text.InlineMarkers;
import org.tarjima.base.text.InlineText;
import org.tarjima.interchange.InterchangeException;
import org.tarjima.interchange.XliffSource;
import org.tarjima.support.TarjimaTest;
import org.tarjima.support.TestProjects;
import org.tarjima.translation.TargetState;

@TarjimaTest
class TmxTest {

    @Autowired
    TranslationMemory memory;
    @Autowired
    TmxService tmx;
    @Autowired
    TmFixture fixture;

    @Test
    void a_tmx_export_imported_into_an_emptied_pair_gives_back_the_same_units_with_codes_languages_and_states() {
        String en = TmFixture.freshSource();
        TestProjects.Created created = fixture.document(en, "/document/press-release.md", "kk");
        fixture.confirm(created, "kk", 1, InlineMarkers.read("ЮНЕСКО мен серіктестер <1>Алматыда</1> кездеседі"));
        fixture.approved(created, "kk", 2, "Кездесу табиғатпен үйлесімділікке арналған.");
        List<TmMatch> before = units(en, created);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(tmx.exportTmx(en, "kk", false, out)).isEqualTo(2);
        String file = out.toString(StandardCharsets.UTF_8);
        assertThat(file).contains("<tmx version=\"1.4\">", "srclang=\"" + en + "\"", "xml:lang=\"kk\"", "<bpt x=\"1\" i=\"1\" type=\"bold\">**</bpt>");
        ByteArrayOutputStream approved = new ByteArrayOutputStream();
        assertThat(tmx.exportTmx(en, "kk", true, approved)).isEqualTo(1);

        assertThat(memory.forgetProject(created.project().id())).isEqualTo(2);
        assertThat(units(en, created)).isEmpty();
        TmxService.TmxImportReport report = tmx.importTmx(XliffSource.of(out.toByteArray()), null, "kk");
        assertThat(report.sourceLocale()).isEqualTo(en);
        assertThat(report.imported()).isEqualTo(2);

        List<TmMatch> after = units(en, created);
        assertThat(after).hasSize(2);
        for (int i = 0; i < 2; i++) {
            assertThat(after.get(i).source()).isEqualTo(before.get(i).source());
            assertThat(after.get(i).target()).isEqualTo(before.get(i).target());
            assertThat(after.get(i).state()).isEqualTo(before.get(i).state());
        }
        // The TMX names who wrote each text: segment 2 was written by the translator and approved by the admin.
        assertThat(after).extracting(TmMatch::updatedBy).containsExactly(before.get(0).updatedBy(), "translator");
        assertThat(after.get(0).target().codes()).extracting(InlineText.Code::data).containsExactly("**", "**");

        assertThat(tmx.importTmx(XliffSource.of(out.toByteArray()), null, "kk").duplicates()).isEqualTo(2);
    }

    @Test
    void the_tmx_says_who_wrote_the_text_and_when_in_tmx_attributes_not_who_approved_it() {
        String en = TmFixture.freshSource();
        TestProjects.Created created = fixture.document(en, "/document/press-release.md", "kk");
        fixture.approved(created, "kk", 2, "Кездесу табиғатпен үйлесімділікке арналған.");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        tmx.exportTmx(en, "kk", false, out);
        String file = out.toString(StandardCharsets.UTF_8);
        String tu = file.substring(file.indexOf("<tu "), file.indexOf("</tu>"));
        // Confirmed by the translator, approved by the admin: the text is the translator's.
        assertThat(tu).containsPattern("<tu creationdate=\"\\d{8}T\\d{6}Z\" creationid=\"translator\" "
                + "changedate=\"\\d{8}T\\d{6}Z\" changeid=\"translator\">");
        assertThat(tu).containsPattern("<tuv xml:lang=\"kk\" creationdate=\"\\d{8}T\\d{6}Z\" creationid=\"translator\"");
        assertThat(tu).doesNotContain("admin", "x-tarjima-changedate");

        // Read back: the author and the date survive the round trip.
        assertThat(memory.forgetProject(created.project().id())).isEqualTo(1);
        tmx.importTmx(XliffSource.of(out.toByteArray()), null, "kk");
        TmMatch match = memory.matches(fixture.segment(created, "kk", 2).source(), en, "kk", 1).get(0);
        assertThat(match.updatedBy()).isEqualTo("translator");
        String written = tu.replaceAll("(?s).*changedate=\"(\\d{8}T\\d{6}Z)\".*", "$1");
        assertThat(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
                .format(match.updatedAt().atOffset(java.time.ZoneOffset.UTC))).isEqualTo(written);
    }

    private List<TmMatch> units(String en, TestProjects.Created created) {
        return List.of(1, 2).stream().flatMap(ordinal -> memory.matches(fixture.segment(created, "kk", ordinal).source(), en,
                "kk", 1).stream()).toList();
    }

    @Test
    void a_file_from_another_tool_with_a_doctype_is_read_with_its_codes_and_author() {
        String en = TmFixture.freshSource();
        TmxService.TmxImportReport report = tmx.importTmx(XliffSource.of(TestProjects.resource("/memory/other-tool.tmx")), en, "kk");
        assertThat(report.imported()).isEqualTo(1);
        TmMatch match = memory.matches(InlineMarkers.read("The new visitor centre opens in <1>May</1>."), en, "kk", 1).get(0);
        assertThat(match.kind()).isEqualTo(MatchKind.EXACT);
        assertThat(InlineMarkers.write(match.target())).isEqualTo("Жаңа келушілер орталығы <1>мамырда</1> ашылады.");
        assertThat(match.target().codes().get(0).data()).isEqualTo("<b>");
        assertThat(match.state()).isEqualTo(TargetState.TRANSLATED);
        assertThat(match.updatedBy()).isEqualTo("aigerim");
    }

    @Test
    void a_tmx_file_declaring_an_external_entity_is_refused_and_nothing_is_read() {
        String en = TmFixture.freshSource();
        assertThatThrownBy(() -> tmx.importTmx(XliffSource.of(TestProjects.resource("/memory/xxe.tmx")), en, "kk"))
                .isInstanceOf(InterchangeException.class).hasMessageContaining("entities");
        assertThat(memory.concordance("secret", en, "kk", ConcordanceSide.BOTH, 0, 10).hits()).isEmpty();
    }

    @Test
    void a_tmx_file_in_windows_1252_or_utf_16_is_decoded_as_it_declares() {
        String en = TmFixture.freshSource();
        assertThat(tmx.importTmx(XliffSource.of(TestProjects.resource("/memory/windows-1252.tmx")), en, "fr").imported())
                .isEqualTo(1);
        TmMatch french = memory.matches(InlineMarkers.read("© Café “Nature” costs € 5."), en, "fr", 1).get(0);
        assertThat(french.kind()).isEqualTo(MatchKind.EXACT);
        assertThat(InlineMarkers.write(french.target())).isEqualTo("© Café «Nature» coûte 5 €.");

        assertThat(tmx.importTmx(XliffSource.of(TestProjects.resource("/memory/utf-16le.tmx")), en, "kk").imported())
                .isEqualTo(1);
        TmMatch kazakh = memory.matches(InlineMarkers.read("The new visitor centre opens in <1>May</1>."), en, "kk", 1).get(0);
        assertThat(InlineMarkers.write(kazakh.target())).isEqualTo("Жаңа келушілер орталығы <1>мамырда</1> ашылады.");
    }
}
