package org.tarjima.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tarjima.base.text.InlineText;
import org.tarjima.glossary.EntryRequest;
import org.tarjima.glossary.GlossaryScope;
import org.tarjima.glossary.GlossaryService;
import org.tarjima.glossary.TermTranslation;
import org.tarjima.support.TarjimaTest;
import org.tarjima.support.TestProjects;

/** The glossary's two checks, on the project's own terms: a term not used, and a forbidden term used. */
@TarjimaTest
class GlossaryChecksTest {

    @Autowired
    TestProjects projects;
    @Autowired
    GlossaryService glossary;
    @Autowired
    QaService qa;

    @Test
    void a_term_translated_in_any_declared_form_passes_and_one_left_out_is_a_warning() {
        TestProjects.Created created = projects.aProject().withTargets("ru", "kk").withDocument(TestProjects.article("/document/press-release.md"));
        long project = created.project().id();
        glossary.create(GlossaryScope.project(project), new EntryRequest("partner", List.of("partner*"), null, false,
                List.of(TermTranslation.approved("ru", "партнёр", "партнёр*"), TermTranslation.approved("kk", "серіктес", "серіктес*")),
                null));
        long segment = segmentWith(created, "partners");

        assertThat(findings(segment, "ru", "Встреча ЮНЕСКО и партнёров в Алматы")).doesNotContain("glossaryTerm");
        assertThat(findings(segment, "kk", "ЮНЕСКО мен серіктестері Алматыда кездесті")).doesNotContain("glossaryTerm");
        assertThat(findings(segment, "ru", "Встреча ЮНЕСКО и коллег в Алматы")).contains("glossaryTerm");
    }

    @Test
    void a_forbidden_term_in_the_target_is_an_error_that_names_the_alternative() {
        TestProjects.Created created = projects.aProject().withTargets("ru").withDocument(TestProjects.article("/document/press-release.md"));
        long project = created.project().id();
        glossary.create(GlossaryScope.project(project), new EntryRequest("partner", List.of("partner*"), null, false,
                List.of(TermTranslation.approved("ru", "партнёр", "партнёр*"), TermTranslation.forbidden("ru", "компаньон", "компаньон*")),
                null));
        long segment = segmentWith(created, "partners");

        List<QaResult> results = qa.check(segment, "ru", InlineText.of("Встреча ЮНЕСКО и компаньонов в Алматы"));

        assertThat(results).filteredOn(r -> r.finding().checkId().equals("forbiddenTerm")).singleElement()
                .satisfies(r -> {
                    assertThat(r.finding().severity()).isEqualTo(Severity.ERROR);
                    assertThat(r.finding().arguments()).contains("компаньонов");
                });
        assertThat(findings(segment, "ru", "Встреча ЮНЕСКО и партнёров в Алматы")).doesNotContain("forbiddenTerm");
    }

    private long segmentWith(TestProjects.Created created, String word) {
        for (int ordinal = 1; ordinal <= created.document().segmentCount(); ordinal++) {
            var row = projects.segment(created.document().id(), created.project().targetLocales().get(0), ordinal);
            if (row.source().plainText().contains(word)) {
                return row.segmentId();
            }
        }
        throw new AssertionError("No segment mentions " + word);
    }

    private List<String> findings(long segment, String locale, String target) {
        return qa.check(segment, locale, InlineText.of(target)).stream().map(r -> r.finding().checkId()).toList();
    }
}
