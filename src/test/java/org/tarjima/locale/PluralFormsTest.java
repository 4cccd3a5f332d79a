package org.tarjima.locale;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PluralFormsTest {

    private final PluralForms plurals = new PluralForms();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "en|one other", "ru|one few many other", "kk|one other", "ky|one other", "tk|one other", "uz|one other",
            "uz-Cyrl|one other", "tg|other"})
    void categories_come_from_cldr_as_icu_78_has_them(String locale, String expected) {
        assertThat(plurals.categories(locale)).extracting(PluralForms.Category::keyword).containsExactly(expected.split(" "));
    }

    @Test
    void each_category_comes_with_numbers_that_fall_into_it() {
        List<PluralForms.Category> russian = plurals.categories("ru");
        assertThat(russian.get(0).samples()).startsWith("1", "21");
        assertThat(russian.get(1).samples()).startsWith("2", "3", "4");
        assertThat(russian.get(2).samples()).contains("5");
    }

    @Test
    void a_skeleton_has_exactly_the_targets_categories() {
        String source = "You have {count, plural, one {# new segment} other {# new segments}} in {doc}.";

        assertThat(plurals.hasPlural(source)).isTrue();
        assertThat(plurals.skeleton(source, "ru")).contains(
                "You have {count, plural, one {# new segment} few {# new segments} many {# new segments} other {# new segments}} in {doc}.");
        assertThat(plurals.skeleton(source, "tg")).contains("You have {count, plural, other {# new segments}} in {doc}.");
        assertThat(plurals.skeleton("Plain text, no braces", "ru")).isEmpty();
        assertThat(plurals.skeleton("Broken {count, plural, one {x}", "ru")).isEmpty();
    }
}
