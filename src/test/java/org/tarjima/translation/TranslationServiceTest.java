package org.tarjima.translation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tarjima.support.TestProjects.article;
import static org.tarjima.support.TestProjects.seedArticle;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tarjima.base.text.InlineText;
import org.tarjima.support.TarjimaTest;
import org.tarjima.security.RunAs;
import org.tarjima.support.TestProjects;

@TarjimaTest
class TranslationServiceTest {

    @Autowired
    org.tarjima.translation.SegmentListing listing;
    @Autowired
    RunAs runAs;

    @Autowired
    TestProjects projects;
    @Autowired
    TranslationService translations;

    private SegmentRow segment(long document, String locale, int ordinal) {
        return projects.segment(document, locale, ordinal);
    }

    private static TargetEdit edit(SegmentRow row, String locale, String text, int version) {
        return new TargetEdit(row.segmentId(), locale, InlineText.of(text), version, Origin.EDITOR);
    }

    @Test
    void stale_save_is_refused_and_the_newer_text_survives() {
        long document = projects.aProject().withDocument(seedArticle()).document().id();
        SegmentRow row = segment(document, "kk", 2);
        // Two translators open the same segment at version 0.
        SaveResult aida = translations.saveDraft(edit(row, "kk", "2020 жылғы 4 желтоқсан", 0));
        SaveResult bolat = translations.saveDraft(edit(row, "kk", "4 желтоқсан 2020 ж.", 0));

        assertThat(aida).isInstanceOf(SaveResult.Saved.class);
        assertThat(bolat).isInstanceOf(SaveResult.Conflict.class);
        assertThat(bolat.target().content().plainText()).isEqualTo("2020 жылғы 4 желтоқсан");
        assertThat(bolat.target().version()).isEqualTo(1);
        TargetSnapshot stored = translations.target(row.segmentId(), "kk");
        assertThat(stored.content().plainText()).isEqualTo("2020 жылғы 4 желтоқсан");
        assertThat(translations.history(row.segmentId(), "kk")).hasSize(1);

        // Bolat chose to keep his text on top of Aida's version: now it is saved, and both are in history.
        SaveResult kept = translations.saveDraft(edit(row, "kk", "4 желтоқсан 2020 ж.", bolat.target().version()));
        assertThat(kept).isInstanceOf(SaveResult.Saved.class);
        assertThat(translations.history(row.segmentId(), "kk")).extracting(h -> h.newContent().plainText())
                .containsExactly("2020 жылғы 4 желтоқсан", "4 желтоқсан 2020 ж.");
    }

    @Test
    void a_stale_confirm_after_an_update_is_refused_too() {
        long document = projects.aProject().withDocument(seedArticle()).document().id();
        SegmentRow row = segment(document, "ru", 1);
        TargetSnapshot first = translations.saveDraft(edit(row, "ru", "Вместе", 0)).target();
        translations.saveDraft(edit(row, "ru", "Вместе строим будущее", first.version()));

        SaveResult stale = translations.confirm(edit(row, "ru", "Вместе к будущему", first.version()));

        assertThat(stale).isInstanceOf(SaveResult.Conflict.class);
        assertThat(translations.target(row.segmentId(), "ru").content().plainText()).isEqualTo("Вместе строим будущее");
        assertThat(translations.target(row.segmentId(), "ru").state()).isEqualTo(TargetState.DRAFT);
    }

    @Test
    void of_many_simultaneous_first_saves_exactly_one_wins_and_history_has_one_row() throws Exception {
        long document = projects.aProject().withDocument(seedArticle()).document().id();
        SegmentRow row = segment(document, "ky", 3);
        int writers = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<SaveResult>> results = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            String text = "Котормо " + i;
            Callable<SaveResult> save = () -> {
                start.await();
                return runAs.admin(() -> translations.saveDraft(edit(row, "ky", text, 0)));
            };
            results.add(pool.submit(save));
        }
        start.countDown();
        int saved = 0;
        String winner = null;
        for (Future<SaveResult> result : results) {
            if (result.get() instanceof SaveResult.Saved s) {
                saved++;
                winner = s.target().content().plainText();
            }
        }
        pool.shutdown();

        assertThat(saved).isEqualTo(1);
        assertThat(translations.target(row.segmentId(), "ky").content().plainText()).isEqualTo(winner);
        assertThat(translations.history(row.segmentId(), "ky")).hasSize(1);
    }

    @Test
    void every_change_leaves_a_history_row_with_old_and_new_text_and_state() {
        long document = projects.aProject().withDocument(seedArticle()).document().id();
        SegmentRow row = segment(document, "kk", 2);

        TargetSnapshot v1 = translations.saveDraft(edit(row, "kk", "4 желтоқсан", 0)).target();
        TargetSnapshot v2 = translations.confirm(edit(row, "kk", "2020 ж. 4 желтоқсан", v1.version())).target();
        TargetSnapshot unchanged = translations.confirm(edit(row, "kk", "2020 ж. 4 желтоқсан", v2.version())).target();
        TargetSnapshot v3 = translations.saveDraft(edit(row, "kk", "", v2.version())).target();

        assertThat(unchanged.version()).as("confirming an unchanged translated target changes nothing").isEqualTo(2);
        assertThat(v3.state()).isEqualTo(TargetState.NEW);
        List<HistoryEntry> history = translations.history(row.segmentId(), "kk");
        assertThat(history).extracting(HistoryEntry::version).containsExactly(1, 2, 3);
        assertThat(history).extracting(HistoryEntry::oldState, HistoryEntry::newState).containsExactly(
                org.assertj.core.groups.Tuple.tuple(TargetState.NEW, TargetState.DRAFT),
                org.assertj.core.groups.Tuple.tuple(TargetState.DRAFT, TargetState.TRANSLATED),
                org.assertj.core.groups.Tuple.tuple(TargetState.TRANSLATED, TargetState.NEW));
        assertThat(history.get(0).oldContent().plainText()).isEmpty();
        assertThat(history.get(1).oldContent().plainText()).isEqualTo("4 желтоқсан");
        assertThat(history.get(1).newContent().plainText()).isEqualTo("2020 ж. 4 желтоқсан");
        assertThat(history).allSatisfy(h -> {
            assertThat(h.changedBy()).isEqualTo("admin");
            assertThat(h.origin()).isEqualTo(Origin.EDITOR);
            assertThat(h.changedAt()).isNotNull();
        });
    }

    @Test
    void an_empty_translation_cannot_be_confirmed() {
        long document = projects.aProject().withDocument(seedArticle()).document().id();
        SegmentRow row = segment(document, "ru", 1);

        assertThatThrownBy(() -> translations.confirm(edit(row, "ru", "   ", 0)))
                .isInstanceOf(IllegalTransitionException.class);
        assertThat(translations.history(row.segmentId(), "ru")).isEmpty();
    }

    @Test
    void a_locale_outside_the_project_is_refused() {
        long document = projects.aProject().withTargets("ru").withDocument(seedArticle()).document().id();
        SegmentRow row = segment(document, "ru", 1);

        assertThatThrownBy(() -> translations.saveDraft(edit(row, "tg", "Якҷоя", 0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tg");
    }

    @Test
    void target_codes_come_from_the_source_and_foreign_markup_is_dropped() {
        long document = projects.aProject().withDocument(article("/document/press-release.md")).document().id();
        SegmentRow heading = segment(document, "ru", 1);
        InlineText.Code open = heading.source().codes().get(0);
        InlineText.Code close = heading.source().codes().get(1);
        InlineText typed = new InlineText(List.of(new InlineText.Text("ЮНЕСКО и партнёры встречаются в "),
                new InlineText.Code(open.kind(), open.id(), "", "<script>"), new InlineText.Text("Алматы"),
                new InlineText.Code(close.kind(), close.id(), "", ""),
                new InlineText.Code(InlineText.CodeKind.ISOLATED, 99, "x", "<img src=x onerror=alert(1)>")));

        TargetSnapshot saved = translations.confirm(new TargetEdit(heading.segmentId(), "ru", typed, 0, Origin.EDITOR)).target();

        assertThat(saved.content().codes()).containsExactly(open, close);
        assertThat(saved.content().hasSameCodesAs(heading.source())).isTrue();
    }

    @Test
    void progress_counts_segments_and_words_per_state_with_untouched_segments_as_new() {
        long document = projects.aProject().withDocument(seedArticle()).document().id();
        SegmentRow title = segment(document, "uz", 1);
        SegmentRow date = segment(document, "uz", 2);
        translations.confirm(edit(title, "uz", "Tabiat bilan uygʻunlikda kelajak qurish uchun birgalikda ishlash", 0));
        translations.saveDraft(edit(date, "uz", "2020-yil 4-dekabr", 0));

        LocaleProgress uz = translations.progress(document, List.of("uz", "ru")).get("uz");
        LocaleProgress ru = translations.progress(document, List.of("uz", "ru")).get("ru");

        assertThat(uz.segments(TargetState.TRANSLATED)).isEqualTo(1);
        assertThat(uz.segments(TargetState.DRAFT)).isEqualTo(1);
        assertThat(uz.segments(TargetState.NEW)).isEqualTo(15);
        assertThat(uz.words(TargetState.TRANSLATED)).isEqualTo(title.words()).isEqualTo(10);
        assertThat(uz.words(TargetState.DRAFT)).isEqualTo(3);
        assertThat(ru.segments(TargetState.NEW)).isEqualTo(17);
        assertThat(uz.totalWords()).isEqualTo(ru.totalWords());
    }

    @Test
    void filters_page_through_the_matching_segments_in_document_order() {
        long document = projects.aProject().withDocument(seedArticle()).document().id();
        translations.confirm(edit(segment(document, "tk", 2), "tk", "2020-nji ýylyň 4-nji dekabry", 0));
        translations.saveDraft(edit(segment(document, "tk", 5), "tk", "Syýasy gepleşik", 0));

        assertThat(listing.count(document, "tk", StateFilter.ALL)).isEqualTo(17);
        assertThat(listing.count(document, "tk", StateFilter.TO_DO)).isEqualTo(16);
        assertThat(listing.page(document, "tk", StateFilter.TRANSLATED, 0, 10)).extracting(SegmentRow::ordinal).containsExactly(2);
        assertThat(listing.page(document, "tk", StateFilter.TO_DO, 0, 3)).extracting(SegmentRow::ordinal).containsExactly(1, 3, 4);
        assertThat(listing.page(document, "tk", StateFilter.ALL, 15, 10)).extracting(SegmentRow::ordinal).containsExactly(16, 17);
        assertThat(listing.indexOf(document, "tk", StateFilter.TO_DO, 5)).contains(3);
        assertThat(listing.indexOf(document, "tk", StateFilter.TO_DO, 2)).isEmpty();
    }
}
