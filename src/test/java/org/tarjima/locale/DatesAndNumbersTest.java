package org.tarjima.locale;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatesAndNumbersTest {

    private final DatesAndNumbers localizer = new DatesAndNumbers();

    @ParameterizedTest(name = "4 December 2020 in {0}: {1}")
    @CsvSource(delimiter = '|', value = {
            // ICU writes a narrow no-break space (U+202F) before the abbreviations г. and ж.
            "ru|4 декабря 2020\u202Fг.", "kk|2020\u202Fж. 4 желтоқсан", "uz|4-dekabr, 2020"})
    void the_seed_articles_date_is_offered_in_the_target_locales_own_long_format(String locale, String expected) {
        List<LocalizedValue> found = localizer.localize("4 December 2020", "en", locale);

        assertThat(found).singleElement().satisfies(date -> {
            assertThat(date.kind()).isEqualTo(LocalizedValue.Kind.DATE);
            assertThat(date.value()).isEqualTo("2020-12-04");
            assertThat(date.rendering()).isEqualTo(expected);
        });
    }

    @Test
    void every_target_locale_renders_the_seed_dates() {
        String sentence = "On 26 November 2020, UNESCO Cluster Office in Almaty organized an online dialogue.";
        for (String locale : List.of("ru", "kk", "ky", "tg", "tk", "uz", "uz-Cyrl")) {
            assertThat(localizer.localize(sentence, "en", locale)).as(locale).singleElement().satisfies(date -> {
                assertThat(date.source()).isEqualTo("26 November 2020");
                assertThat(date.value()).isEqualTo("2020-11-26");
                assertThat(date.rendering()).contains("2020").contains("26");
            });
        }
    }

    @Test
    void numbers_get_the_target_grouping_and_decimal_comma_and_names_stay_names() {
        List<LocalizedValue> found = localizer.localize(
                "More than 60 participants shared 1,234.5 tonnes after COVID-19 on December 4, 2020.", "en", "ru");

        // 60 reads the same in Russian: no offer of "60 → 60".
        assertThat(found).extracting(LocalizedValue::kind, LocalizedValue::source, LocalizedValue::rendering).containsExactly(
                org.assertj.core.groups.Tuple.tuple(LocalizedValue.Kind.NUMBER, "1,234.5", "1" + grouping("ru") + "234,5"),
                org.assertj.core.groups.Tuple.tuple(LocalizedValue.Kind.DATE, "December 4, 2020", "4 декабря 2020\u202Fг."));
        for (String locale : List.of("ru", "kk", "ky", "tg", "tk", "uz", "uz-Cyrl")) {
            // Every target locale groups with a no-break space (CLDR chooses which) and uses a decimal comma.
            assertThat(grouping(locale)).as(locale).isIn("\u00A0", "\u202F");
            assertThat(localizer.localize("1,234.5", "en", locale)).as(locale)
                    .singleElement().extracting(LocalizedValue::rendering).isEqualTo("1" + grouping(locale) + "234,5");
        }
    }

    private static String grouping(String locale) {
        return String.valueOf(com.ibm.icu.text.DecimalFormatSymbols.getInstance(com.ibm.icu.util.ULocale.forLanguageTag(locale))
                .getGroupingSeparator());
    }
}
