package org.tarjima.translation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tarjima.translation.ui.TextDiff.Kind;
import org.tarjima.translation.ui.TextDiff.Run;

class TextDiffTest {

    @Test
    void a_changed_word_in_a_russian_sentence_is_one_removal_and_one_insertion() {
        List<Run> runs = TextDiff.between("Вместе строим будущее", "Вместе создаём будущее", "ru");

        assertThat(runs).containsExactly(new Run(Kind.SAME, "Вместе "), new Run(Kind.REMOVED, "строим"),
                new Run(Kind.INSERTED, "создаём"), new Run(Kind.SAME, " будущее"));
    }

    @Test
    void an_added_uzbek_word_with_its_okina_is_kept_whole() {
        List<Run> runs = TextDiff.between("Tabiat bilan uygʻunlik", "Tabiat bilan toʻliq uygʻunlik", "uz");

        assertThat(runs).containsExactly(new Run(Kind.SAME, "Tabiat bilan "), new Run(Kind.INSERTED, "toʻliq "),
                new Run(Kind.SAME, "uygʻunlik"));
    }

    @Test
    void a_first_version_is_all_inserted_and_equal_texts_are_all_kept() {
        assertThat(TextDiff.between(null, "Жаңа мәтін", "kk")).containsExactly(new Run(Kind.INSERTED, "Жаңа мәтін"));
        assertThat(TextDiff.between("Бир", "Бир", "ky")).containsExactly(new Run(Kind.SAME, "Бир"));
    }
}
