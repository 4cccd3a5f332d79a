package org.tarjima.interchange.okapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A translated page says its language (and direction) on its html element, and nothing else of it changes. */
class HtmlLanguageTest {

    @Test
    void lang_xml_lang_and_dir_follow_the_target() {
        assertThat(set("<!DOCTYPE html>\n<html lang=\"en\" xml:lang=\"en\" dir=\"rtl\" class=\"x\"><body lang=\"en\">Hi</body></html>", "kk"))
                .isEqualTo("<!DOCTYPE html>\n<html lang=\"kk\" xml:lang=\"kk\" dir=\"ltr\" class=\"x\"><body lang=\"en\">Hi</body></html>");
    }

    @Test
    void a_page_without_a_language_gets_one_and_a_fragment_stays_as_it_is() {
        assertThat(set("<html><head></head><body>Hi</body></html>", "uz-Cyrl"))
                .isEqualTo("<html lang=\"uz-Cyrl\"><head></head><body>Hi</body></html>");
        assertThat(set("<p>Just a fragment</p>", "ru")).isEqualTo("<p>Just a fragment</p>");
    }

    private static String set(String page, String locale) {
        return new String(HtmlLanguage.set(page.getBytes(StandardCharsets.UTF_8), locale), StandardCharsets.UTF_8);
    }
}
