package org.tarjima.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import java.util.HashSet;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tarjima.base.i18n.MessageBundles;

/** The UI bundles stay in sync with English and every message is valid ICU MessageFormat for its language. */
class MessageBundlesTest {

    private final MessageBundles bundles = new MessageBundles();

    @Test
    void every_bundle_has_exactly_the_keys_of_english() {
        Set<String> english = bundles.bundle("en").stringPropertyNames();
        assertThat(english).isNotEmpty();
        for (Locale locale : MessageBundles.UI_LOCALES) {
            assertThat(bundles.bundle(locale.toLanguageTag()).stringPropertyNames())
                    .as("keys of messages_%s.properties", locale.toLanguageTag())
                    .containsExactlyInAnyOrderElementsOf(english);
        }
    }

    @Test
    void every_message_parses_and_every_plural_has_the_categories_its_language_needs() {
        for (Locale locale : MessageBundles.UI_LOCALES) {
            Properties bundle = bundles.bundle(locale.toLanguageTag());
            Set<String> required = PluralRules.forLocale(ULocale.forLocale(locale)).getKeywords();
            for (String key : bundle.stringPropertyNames()) {
                String message = bundle.getProperty(key);
                new MessageFormat(message, ULocale.forLocale(locale));
                MessagePattern pattern = new MessagePattern(message);
                for (int i = 0; i < pattern.countParts(); i++) {
                    MessagePattern.Part part = pattern.getPart(i);
                    if (part.getType() == MessagePattern.Part.Type.ARG_START
                            && part.getArgType() == MessagePattern.ArgType.PLURAL) {
                        Set<String> categories = new HashSet<>();
                        int limit = pattern.getLimitPartIndex(i);
                        for (int j = i + 1; j < limit; j++) {
                            MessagePattern.Part selector = pattern.getPart(j);
                            if (selector.getType() == MessagePattern.Part.Type.ARG_SELECTOR) {
                                categories.add(pattern.getSubstring(selector));
                                j = pattern.getLimitPartIndex(j + 1 + (pattern.getPart(j + 1).getType()
                                        == MessagePattern.Part.Type.ARG_INT ? 1 : 0));
                            }
                        }
                        assertThat(categories).as("plural categories of %s in %s", key, locale).containsAll(required);
                    }
                }
            }
        }
    }

    @Test
    void russian_counts_follow_cldr_plural_rules() {
        Locale ru = Locale.forLanguageTag("ru");
        assertThat(bundles.getTranslation("project.documentMeta", ru, 1, 21, "TEXT")).startsWith("1 сегмент · 21 слово");
        assertThat(bundles.getTranslation("project.documentMeta", ru, 3, 5, "TEXT")).startsWith("3 сегмента · 5 слов");
        assertThat(bundles.getTranslation("project.documentMeta", ru, 11, 1234, "TEXT")).startsWith("11 сегментов · 1\u00a0234 слова");
    }

    @Test
    void a_missing_language_falls_back_to_english() {
        assertThat(bundles.getTranslation("nav.projects", Locale.forLanguageTag("de"))).isEqualTo("Projects");
        assertThat(bundles.getTranslation("nav.projects", Locale.forLanguageTag("tk"))).isEqualTo("Taslamalar");
        assertThat(bundles.getTranslation("nav.projects", Locale.forLanguageTag("uz-Cyrl"))).isEqualTo("Лойиҳалар");
    }
}
