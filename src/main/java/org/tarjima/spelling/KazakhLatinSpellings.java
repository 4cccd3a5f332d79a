package org.tarjima.spelling;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The Cyrillic spellings a word in the 2021 Kazakh Latin alphabet can stand for. Our conversion runs Cyrillic →
 * Latin only, and not one-to-one (и and й are both i, х and һ both h, е and э both e, ц is ts…), so a Latin word is
 * checked through every Cyrillic spelling it could come from: it is known when one of them is. A word with too many
 * readings (more than {@link #MAX_READINGS}) is not judged, and a word that may have lost a ъ or ь is not either.
 */
final class KazakhLatinSpellings {

    static final int MAX_READINGS = 64;

    /** Latin letter (or pair) → the Cyrillic letters it is written for; pairs first, longest match wins. */
    private static final Map<String, List<String>> LETTERS = Map.ofEntries(
            Map.entry("şş", List.of("щ", "шш")), Map.entry("ts", List.of("ц", "тс")), Map.entry("ch", List.of("ч")),
            Map.entry("io", List.of("ё", "ио", "йо")), Map.entry("iu", List.of("ю", "иу", "йу")),
            Map.entry("ia", List.of("я", "иа", "йа")),
            Map.entry("a", List.of("а")), Map.entry("ä", List.of("ә")), Map.entry("b", List.of("б")),
            Map.entry("d", List.of("д")), Map.entry("e", List.of("е", "э")), Map.entry("f", List.of("ф")),
            Map.entry("g", List.of("г")), Map.entry("ğ", List.of("ғ")), Map.entry("h", List.of("х", "һ")),
            Map.entry("ı", List.of("і")), Map.entry("i", List.of("и", "й")), Map.entry("j", List.of("ж")),
            Map.entry("k", List.of("к")), Map.entry("l", List.of("л")), Map.entry("m", List.of("м")),
            Map.entry("n", List.of("н")), Map.entry("ñ", List.of("ң")), Map.entry("o", List.of("о")),
            Map.entry("ö", List.of("ө")), Map.entry("p", List.of("п")), Map.entry("q", List.of("қ")),
            Map.entry("r", List.of("р")), Map.entry("s", List.of("с")), Map.entry("ş", List.of("ш")),
            Map.entry("t", List.of("т")), Map.entry("u", List.of("у")), Map.entry("ū", List.of("ұ")),
            Map.entry("ü", List.of("ү")), Map.entry("v", List.of("в")), Map.entry("y", List.of("ы")),
            Map.entry("z", List.of("з")));

    private KazakhLatinSpellings() {
    }

    /**
     * The Cyrillic readings of a Latin word, in the word's case (first letter capital or not); empty when the word
     * has a letter outside the alphabet or too many readings to judge.
     */
    static Optional<List<String>> readings(String word) {
        String lower = word.toLowerCase(new Locale("kk"));
        boolean capital = !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
        List<String> readings = new ArrayList<>(List.of(""));
        int i = 0;
        while (i < lower.length()) {
            String pair = i + 1 < lower.length() ? lower.substring(i, i + 2) : null;
            List<String> options = pair != null ? LETTERS.get(pair) : null;
            int length = 2;
            if (options == null) {
                // A pair's own list holds its letter-by-letter reading too ("ts": ц or т+с).
                options = LETTERS.get(lower.substring(i, i + 1));
                length = 1;
            }
            if (options == null) {
                return Optional.empty();
            }
            List<String> next = new ArrayList<>();
            for (String reading : readings) {
                for (String option : options) {
                    next.add(reading + option);
                }
            }
            if (next.size() > MAX_READINGS) {
                return Optional.empty();
            }
            readings = next;
            i += length;
        }
        if (!capital) {
            return Optional.of(readings);
        }
        return Optional.of(readings.stream()
                .map(r -> r.isEmpty() ? r : r.substring(0, 1).toUpperCase(new Locale("kk")) + r.substring(1)).toList());
    }
}
