package org.tarjima.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tarjima.locale.WordCounter;

class WordCounterTest {

    @Test
    void counts_words_and_numbers_not_punctuation() {
        assertThat(WordCounter.count("On 26 November 2020, UNESCO met (online).", "en")).isEqualTo(7);
        assertThat(WordCounter.count("4 декабря 2020 г.", "ru")).isEqualTo(4);
        assertThat(WordCounter.count("", "en")).isZero();
    }

    @Test
    void decomposed_letters_do_not_split_words() {
        // Tajik ӯ as у + combining macron, Turkmen ň as n + combining caron.
        assertThat(WordCounter.count("ту\u0304р", "tg")).isEqualTo(1);
        assertThat(WordCounter.count("Türkmenistanyň ilaty", "tk")).isEqualTo(2);
        assertThat(WordCounter.count("Türkmenistany\u0148 ilaty".replace("\u0148", "n\u030C"), "tk")).isEqualTo(2);
    }

    @Test
    void uzbek_modifier_letter_apostrophe_keeps_oʻzbek_one_word() {
        assertThat(WordCounter.count("Oʻzbekiston Respublikasi", "uz")).isEqualTo(2);
    }
}
