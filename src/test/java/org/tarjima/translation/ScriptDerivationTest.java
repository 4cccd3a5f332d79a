package org.tarjima.translation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tarjima.base.text.InlineText;
import org.tarjima.support.TarjimaTest;
import org.tarjima.support.TestProjects;

@TarjimaTest
class ScriptDerivationTest {

    @Autowired
    TestProjects projects;
    @Autowired
    TranslationService translations;
    @Autowired
    ScriptDerivationService derivation;

    private SegmentRow row(long document, String locale, int ordinal) {
        return projects.segment(document, locale, ordinal);
    }

    @Test
    void uzbek_cyrillic_is_filled_from_approved_latin_as_drafts_with_their_own_history() {
        var created = projects.aProject().withTargets("uz", "uz-Cyrl").withDocument(TestProjects.seedArticle());
        long document = created.document().id();
        assertThat(derivation.sourceLocaleFor("uz-Cyrl", created.project().targetLocales())).contains("uz");
        SegmentRow title = row(document, "uz", 1);
        translations.arrive(new TargetEdit(title.segmentId(), "uz",
                InlineText.of("Tabiat bilan uygʻunlikda kelajak qurish uchun birgalikda ishlash"), 0, Origin.IMPORT), TargetState.APPROVED);
        SegmentRow date = row(document, "uz", 2);
        translations.confirm(new TargetEdit(date.segmentId(), "uz", InlineText.of("2020-yil 4-dekabr"), 0, Origin.EDITOR));

        int filled = derivation.deriveLocale(document, "uz", "uz-Cyrl");

        assertThat(filled).as("only approved work is derived").isEqualTo(1);
        SegmentRow derived = row(document, "uz-Cyrl", 1);
        assertThat(derived.target().plainText()).isEqualTo("Табиат билан уйғунликда келажак қуриш учун биргаликда ишлаш");
        assertThat(derived.state()).isEqualTo(TargetState.DRAFT);
        assertThat(translations.history(derived.segmentId(), "uz-Cyrl")).extracting(HistoryEntry::origin)
                .containsExactly(Origin.TRANSLITERATION);
        assertThat(row(document, "uz-Cyrl", 2).state()).isEqualTo(TargetState.NEW);
        assertThat(derivation.deriveLocale(document, "uz", "uz-Cyrl")).as("filled targets are left alone").isZero();
        assertThat(derivation.convertedSegment(date.segmentId(), "uz", "uz-Cyrl")).map(InlineText::plainText)
                .contains("2020-йил 4-декабрь");
    }
}
