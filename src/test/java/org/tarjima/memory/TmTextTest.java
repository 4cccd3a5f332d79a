package org.tarjima.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TmTextTest {

    @Test
    void the_hashes_made_without_tokens_are_those_of_the_tokens_in_every_script() {
        List<String> texts = List.of(
                "Rangers count 12 snow leopards (Panthera uncia) every winter.",
                "UNESCO's “World Heritage” list — 2024: 1,199 sites!",
                "Oʻzbekiston Respublikasi Prezidentining qarori, maʼlumot uchun.",
                "Қазақстан Республикасының Үкіметі ҚАУЛЫ ЕТЕДІ:",
                "Straße İstanbul ΣΊΣΥΦΟΣ ﬁnal caﬀè naïve e\u0301",
                "Ўзбекистон — “Тошкент” шаҳри, 2025 йил.",
                "",
                "   \t ",
                "𝐀𝐁𝐂 emoji 🙂 and tabs\tand\u00a0no-break spaces");
        for (String text : texts) {
            String plain = TmText.nfc(text);
            assertThat(TmText.hashes(plain)).as(text).containsExactly(TmText.hashes(TmText.tokens(plain)));
        }
    }

    @Test
    void ascii_words_fold_to_lower_case_like_any_other() {
        assertThat(TmText.hashes("Snow SNOW snow")).containsExactly(TmText.hash("snow"), TmText.hash("snow"), TmText.hash("snow"));
    }
}
