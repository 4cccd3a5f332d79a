package org.tarjima.translation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tarjima.base.text.InlineText;
import org.tarjima.security.NotPermittedException;
import org.tarjima.security.RunAs;
import org.tarjima.support.TarjimaTest;
import org.tarjima.support.TestProjects;
import org.tarjima.support.TestUsers;

/** The editor's search box: finds text in the source or the translation, ignoring case in every script. */
@TarjimaTest
class SegmentSearchTest {

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

    private long document;
    private long project;

    @BeforeEach
    void aDocumentWithSomeTranslations() {
        TestProjects.Created created = projects.aProject().withTargets("kk", "ru").withDocument(new TestProjects.Article(
                "almaty.txt", ("People met in Almaty.\n\nUNESCO hosted the meeting.\n\nThey talked about Almaty's parks.\n\n"
                        + "Nothing else happened.").getBytes(StandardCharsets.UTF_8)));
        document = created.document().id();
        project = created.project().id();
        save(1, "Адамдар Алматыда кездесті.", true);
        save(2, "Кездесуді ЮНЕСКО өткізді.", false);
        save(4, "Басқа\u00A0ештеңе болған жоқ.", true);
    }

    private void save(int ordinal, String text, boolean confirm) {
        SegmentRow row = projects.segment(document, "kk", ordinal);
        TargetEdit edit = new TargetEdit(row.segmentId(), "kk", InlineText.of(text), row.version(), Origin.EDITOR);
        assertThat(confirm ? translations.confirm(edit) : translations.saveDraft(edit)).isInstanceOf(SaveResult.Saved.class);
    }

    @Test
    void source_text_is_found_whatever_its_case() {
        assertThat(listing.find(document, "kk", StateFilter.ALL, "almaty")).containsExactly(1, 3);
        assertThat(listing.find(document, "kk", StateFilter.ALL, "  unesco ")).containsExactly(2);
    }

    @Test
    void translations_are_found_by_icu_case_folding_and_a_space_finds_a_no_break_space() {
        assertThat(listing.find(document, "kk", StateFilter.ALL, "АЛМАТЫДА")).containsExactly(1);
        assertThat(listing.find(document, "kk", StateFilter.ALL, "юнеско")).containsExactly(2);
        assertThat(listing.find(document, "kk", StateFilter.ALL, "басқа ештеңе")).containsExactly(4);
        // Another locale's translation is not searched.
        assertThat(listing.find(document, "ru", StateFilter.ALL, "юнеско")).isEmpty();
    }

    @Test
    void the_state_filter_and_the_search_combine_and_the_rows_come_in_document_order() {
        assertThat(listing.find(document, "kk", StateFilter.DRAFT, "e")).containsExactly(2);
        assertThat(listing.find(document, "kk", StateFilter.NEW, "almaty")).containsExactly(3);
        List<Integer> found = listing.find(document, "kk", StateFilter.ALL, "");
        assertThat(found).containsExactly(1, 2, 3, 4);
        assertThat(listing.rows(document, "kk", List.of(4, 1))).extracting(SegmentRow::ordinal).containsExactly(1, 4);
        assertThat(listing.rows(document, "kk", List.of())).isEmpty();
    }

    @Test
    void nobody_searches_a_locale_they_were_not_given() {
        String kazakh = users.create("searching-translator", TestUsers.translator(project, "kk"));
        assertThat(runAs.user(kazakh, () -> listing.find(document, "kk", StateFilter.ALL, "almaty"))).hasSize(2);
        assertThatThrownBy(() -> runAs.user(kazakh, () -> listing.find(document, "ru", StateFilter.ALL, "almaty")))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> runAs.user(kazakh, () -> listing.rows(document, "ru", List.of(1))))
                .isInstanceOf(NotPermittedException.class);
    }
}
