package org.tarjima.spelling;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TARJIMA_DICTIONARIES: a folder per locale tag adds a dictionary or replaces a shipped one; a bad folder is skipped. */
class SpellingDictionariesTest {

    @TempDir
    Path directory;

    @Test
    void a_dictionary_directory_adds_kyrgyz_replaces_russian_and_skips_what_it_cannot_use() throws Exception {
        // A tiny Kyrgyz dictionary: "китеп" with the plural suffix -тер as an affix rule.
        write("ky/ky.aff", "SET UTF-8\nSFX A Y 1\nSFX A 0 тер .\n");
        write("ky/ky.dic", "2\nкитеп/A\nбала\n");
        write("ru/ru.aff", "SET UTF-8\n");
        write("ru/ru.dic", "1\nтолько\n");
        write("not a tag!/x.aff", "SET UTF-8\n");
        write("tk/only.dic", "1\nkitap\n");

        SpellingDictionaries dictionaries = new SpellingDictionaries(directory.toString());

        assertThat(dictionaries.tags()).containsExactly("kk", "ky", "ru", "uz-Cyrl");
        assertThat(dictionaries.tagFor("ky-KG")).contains("ky");
        assertThat(dictionaries.origin("ru")).contains(directory.resolve("ru").toString());
        var kyrgyz = dictionaries.checker("ky").orElseThrow();
        assertThat(kyrgyz.spell("китептер")).isTrue();
        assertThat(kyrgyz.spell("бала")).isTrue();
        assertThat(kyrgyz.spell("китпетер")).isFalse();
        var russian = dictionaries.checker("ru").orElseThrow();
        assertThat(russian.spell("только")).isTrue();
        assertThat(russian.spell("правительство")).as("the shipped Russian is replaced").isFalse();
        assertThat(dictionaries.tagFor("tk")).as("a folder without .aff is skipped").isEmpty();
    }

    @Test
    void without_a_directory_the_shipped_dictionaries_serve() {
        SpellingDictionaries dictionaries = new SpellingDictionaries("");
        assertThat(dictionaries.tags()).containsExactly("kk", "ru", "uz-Cyrl");
        assertThat(dictionaries.tagFor("kk-Latn")).isEmpty();
        assertThat(dictionaries.tagFor("uz")).as("uz is Latin; the shipped Uzbek is Cyrillic").isEmpty();
        assertThat(dictionaries.checker("ru").orElseThrow().spell("правительство")).isTrue();
    }

    private void write(String path, String content) throws Exception {
        Path file = directory.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
