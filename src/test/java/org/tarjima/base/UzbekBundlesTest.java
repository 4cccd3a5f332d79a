package org.tarjima.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.tarjima.base.i18n.MessageBundles;

/**
 * Uzbek as Uzbek is written: the Latin bundle's oʻ and gʻ with U+02BB and its tutuq belgisi with U+02BC (never a
 * quote or backtick standing in for them), the Cyrillic bundle with none of them, and case suffixes attached to their
 * word ("17 ta segmentdan 3 tasi", not "17 segment dan 3 tasi"). A key marked {@code # native-check:} above it awaits
 * a native speaker's word on its suffixes.
 */
class UzbekBundlesTest {

    /** Messages of the QA check for these very characters: they name them, so they may show them alone. */
    private static final java.util.Set<String> ABOUT_THE_APOSTROPHES = java.util.Set.of("qa.check.uzApostrophe",
            "qa.uzApostrophe.turnedComma", "qa.uzApostrophe.apostrophe");

    /** A case suffix standing alone after a word, a number, a placeholder or a closing quote. */
    private static final Pattern LATIN_LOOSE_SUFFIX = Pattern.compile(
            "(?<=[\\p{L}\\d»”)}]) (?:dan|ga|ka|qa|ni|ning|da|dagi|gacha|lar|larni|lardan|larga)(?![\\p{L}ʻʼ])");
    private static final Pattern CYRILLIC_LOOSE_SUFFIX = Pattern.compile(
            "(?<=[\\p{L}\\d»”)}]) (?:дан|га|ка|қа|ни|нинг|да|даги|гача|лар|ларни|лардан|ларга)(?![\\p{L}])");

    @Test
    void latin_uzbek_writes_its_apostrophes_with_modifier_letters() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Entry entry : entries("uz")) {
            if (entry.value().matches(".*['`‘’].*")) {
                wrong.add(entry.key() + ": a quote or backtick instead of ʻ (U+02BB) or ʼ (U+02BC): " + entry.value());
            }
            if (!ABOUT_THE_APOSTROPHES.contains(entry.key()) && Pattern.compile("(?<![oOgG])ʻ").matcher(entry.value()).find()) {
                wrong.add(entry.key() + ": ʻ (U+02BB) belongs after o or g only, elsewhere the tutuq belgisi is ʼ: "
                        + entry.value());
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void cyrillic_uzbek_has_no_latin_apostrophes() throws IOException {
        assertThat(entries("uz-Cyrl")).filteredOn(entry -> !ABOUT_THE_APOSTROPHES.contains(entry.key()))
                .filteredOn(entry -> entry.value().matches(".*['`‘’ʻʼ].*"))
                .as("Cyrillic Uzbek writes ъ and ў, ғ, қ").isEmpty();
    }

    @Test
    void suffixes_are_attached_to_their_word() throws IOException {
        assertThat(entries("uz")).filteredOn(entry -> !entry.nativeCheck())
                .filteredOn(entry -> LATIN_LOOSE_SUFFIX.matcher(entry.value()).find()).isEmpty();
        assertThat(entries("uz-Cyrl")).filteredOn(entry -> !entry.nativeCheck())
                .filteredOn(entry -> CYRILLIC_LOOSE_SUFFIX.matcher(entry.value()).find()).isEmpty();
    }

    @Test
    void seventeen_segments_of_which_three_are_confirmed() {
        MessageBundles bundles = new MessageBundles();
        assertThat(bundles.getTranslation("editor.counts", Locale.forLanguageTag("uz"), 3, 17, 120))
                .startsWith("17 ta segmentdan 3 tasi");
        assertThat(bundles.getTranslation("editor.counts", Locale.forLanguageTag("uz-Cyrl"), 3, 17, 120))
                .startsWith("17 та сегментдан 3 таси");
    }

    /** A key, its raw value, and whether a {@code # native-check:} comment stands right above it. */
    record Entry(String key, String value, boolean nativeCheck) {
    }

    private static List<Entry> entries(String tag) throws IOException {
        List<Entry> entries = new ArrayList<>();
        boolean nativeCheck = false;
        for (String line : Files.readAllLines(Path.of("translations/messages_" + tag + ".properties"), StandardCharsets.UTF_8)) {
            if (line.startsWith("#")) {
                nativeCheck = line.startsWith("# native-check:");
            } else if (line.contains("=")) {
                entries.add(new Entry(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1), nativeCheck));
                nativeCheck = false;
            }
        }
        return entries;
    }
}
