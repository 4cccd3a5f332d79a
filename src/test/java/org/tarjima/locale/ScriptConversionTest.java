package org.tarjima.locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ibm.icu.text.Transliterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tarjima.base.text.InlineText;

class ScriptConversionTest {

    private final ScriptConversion conversion = new ScriptConversion();

    @ParameterizedTest(name = "uz {0} → {1}")
    @CsvSource(delimiter = '|', value = {
            // the official letters, one by one
            "a|а", "b|б", "d|д", "f|ф", "g|г", "h|ҳ", "i|и", "j|ж", "k|к", "l|л", "m|м", "n|н", "o|о", "p|п",
            "q|қ", "r|р", "s|с", "t|т", "u|у", "v|в", "x|х", "y|й", "z|з", "oʻ|ў", "gʻ|ғ", "sh|ш", "ch|ч",
            "ya|я", "yo|ё", "yu|ю", "ye|е", "maʼno|маъно",
            // e: э only at the start of a word and after a vowel
            "telefon|телефон", "ekran|экран", "Ergash|Эргаш", "poeziya|поэзия", "shoir|шоир",
            // yoʻ is й + ў
            "yoʻl|йўл", "Yoʻq|Йўқ",
            // the apostrophe look-alikes all work
            "o'zbek|ўзбек", "o‘zbek|ўзбек", "o’zbek|ўзбек", "o`zbek|ўзбек",
            // capitals and digraphs
            "SHAHAR|ШАҲАР", "Shahar|Шаҳар", "Choy|Чой",
            // loanwords from the exception dictionary
            "dekabr|декабрь", "Sentabr|Сентябрь", "kompyuter|компьютер"})
    void uzbek_latin_letters_become_cyrillic(String latin, String cyrillic) {
        assertThat(conversion.convert(latin, "uz", "uz-Cyrl")).isEqualTo(cyrillic);
    }

    @ParameterizedTest(name = "uz-Cyrl {0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "ў|oʻ", "ғ|gʻ", "ш|sh", "ч|ch", "ё|yo", "ю|yu", "я|ya", "ҳ|h", "қ|q", "х|x", "ж|j", "й|y", "э|e",
            "маъно|maʼno", "ер|yer", "телефон|telefon", "поезд|poyezd", "ШАҲАР|SHAHAR", "Чой|Choy", "Ўзбекистон|Oʻzbekiston",
            "Тошкент|Toshkent"})
    void uzbek_cyrillic_letters_become_latin(String cyrillic, String latin) {
        assertThat(conversion.convert(cyrillic, "uz-Cyrl", "uz")).isEqualTo(latin);
    }

    @ParameterizedTest(name = "kk {0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "а|a", "ә|ä", "б|b", "в|v", "г|g", "ғ|ğ", "д|d", "е|e", "ж|j", "з|z", "и|i", "й|i", "к|k", "қ|q",
            "л|l", "м|m", "н|n", "ң|ñ", "о|o", "ө|ö", "п|p", "р|r", "с|s", "т|t", "у|u", "ұ|ū", "ү|ü", "ф|f",
            "х|h", "һ|h", "ы|y", "і|ı", "ш|ş", "ц|ts", "ч|ch", "щ|şş", "ю|iu", "я|ia", "э|e",
            "Қазақстан|Qazaqstan", "Қырғыз Республикасы|Qyrğyz Respublikasy", "Алматы|Almaty", "Іле|Ile",
            "Өзбекстан|Özbekstan", "Түркіменстан|Türkımenstan", "Тәжікстан|Täjıkstan"})
    void kazakh_cyrillic_becomes_the_2021_latin_alphabet(String cyrillic, String latin) {
        assertThat(conversion.convert(cyrillic, "kk", "kk-Latn")).isEqualTo(latin);
    }

    @Test
    void our_uzbek_rules_fix_what_icus_builtin_gets_wrong() {
        // ICU's own rules write every e as э; ours follow the orthography.
        assertThat(Transliterator.getInstance("uz_Latn-uz_Cyrl").transliterate("telefon")).isEqualTo("тэлэфон");
        assertThat(conversion.convert("telefon", "uz-Latn", "uz-Cyrl")).isEqualTo("телефон");
    }

    @Test
    void whole_sentences_round_trip_and_codes_are_untouched() {
        String latin = "Oʻzbekiston Respublikasi va Qirgʻiziston yangi yoʻl xaritasini imzoladi.";
        String cyrillic = conversion.convert(latin, "uz-Latn", "uz-Cyrl");
        assertThat(cyrillic).isEqualTo("Ўзбекистон Республикаси ва Қирғизистон янги йўл харитасини имзолади.");
        assertThat(conversion.convert(cyrillic, "uz-Cyrl", "uz-Latn")).isEqualTo(latin);

        InlineText withCodes = new InlineText(List.of(new InlineText.Text("Oʻzbekiston "),
                new InlineText.Code(InlineText.CodeKind.OPEN, 1, "bold", "<b>"), new InlineText.Text("Respublikasi"),
                new InlineText.Code(InlineText.CodeKind.CLOSE, 1, "bold", "</b>")));
        InlineText converted = conversion.convert(withCodes, "uz", "uz-Cyrl");
        assertThat(converted.plainText()).isEqualTo("Ўзбекистон Республикаси");
        assertThat(converted.codes()).isEqualTo(withCodes.codes());
    }

    @Test
    void an_unsupported_direction_is_refused_with_the_available_ones() {
        assertThatThrownBy(() -> conversion.convert("салом", "tg", "tg-Latn"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("uz-Latn → uz-Cyrl");
    }
}
