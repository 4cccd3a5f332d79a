package org.tarjima.locale;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.tarjima.base.text.InlineText;

/**
 * Cyrillic ↔ Latin conversion for Uzbek and Cyrillic → Latin (2021 alphabet) for Kazakh, with our own ICU
 * rule-based transliterators ({@code resources/locale/transliteration/*.txt}) and an exception dictionary for
 * loanwords. Only text is converted; inline codes stay as they are.
 */
@Component
public class ScriptConversion {

    /** A supported direction, by BCP 47 tags of source and result. */
    public record Direction(String from, String to) {
    }

    private static final Map<Direction, String> RULES = Map.of(
            new Direction("uz-Latn", "uz-Cyrl"), "uz-Latn-uz-Cyrl",
            new Direction("uz-Cyrl", "uz-Latn"), "uz-Cyrl-uz-Latn",
            new Direction("kk-Cyrl", "kk-Latn"), "kk-Cyrl-kk-Latn");
    /** Tags as projects write them, mapped to the script they imply. */
    private static final Map<String, String> DEFAULT_SCRIPT = Map.of("uz", "uz-Latn", "kk", "kk-Cyrl");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\u02BB\\u02BC'‘’`]+");

    private final Map<Direction, Transliterator> transliterators = new HashMap<>();
    private final Map<String, String> uzbekLoanwords;

    public ScriptConversion() {
        RULES.forEach((direction, file) -> transliterators.put(direction,
                Transliterator.createFromRules(file, read("/locale/transliteration/" + file + ".txt"), Transliterator.FORWARD)));
        uzbekLoanwords = read("/locale/transliteration/uz-exceptions.tsv").lines()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("\t"))
                .collect(Collectors.toMap(columns -> columns[0].strip(), columns -> columns[1].strip()));
    }

    /** The directions offered, e.g. uz-Latn → uz-Cyrl. */
    public List<Direction> directions() {
        return List.copyOf(RULES.keySet());
    }

    /** The direction between two locale tags ({@code uz} counts as uz-Latn, {@code kk} as kk-Cyrl), if supported. */
    public Optional<Direction> direction(String from, String to) {
        Direction direction = new Direction(script(from), script(to));
        return RULES.containsKey(direction) ? Optional.of(direction) : Optional.empty();
    }

    /**
     * @throws IllegalArgumentException for a direction that is not supported
     */
    public String convert(String text, String from, String to) {
        Direction direction = direction(from, to).orElseThrow(() -> new IllegalArgumentException(
                "No script conversion from " + from + " to " + to + "; available: " + RULES.keySet().stream()
                        .map(d -> d.from() + " → " + d.to()).sorted().collect(Collectors.joining(", "))));
        String nfc = Normalizer2.getNFCInstance().normalize(text);
        if (direction.from().equals("uz-Latn")) {
            nfc = withLoanwords(nfc);
        }
        return transliterators.get(direction).transliterate(nfc);
    }

    /** Converts the text parts of an inline text; codes are kept as they are. */
    public InlineText convert(InlineText text, String from, String to) {
        return new InlineText(text.parts().stream().map(part -> part instanceof InlineText.Text t
                ? (InlineText.Part) new InlineText.Text(convert(t.value(), from, to)) : part).toList()).normalized();
    }

    /** Loanwords become their Cyrillic spelling before the letter rules run; the rules leave Cyrillic alone. */
    private String withLoanwords(String text) {
        Matcher words = WORD.matcher(text);
        StringBuilder out = new StringBuilder();
        while (words.find()) {
            String word = words.group();
            String cyrillic = uzbekLoanwords.get(word.toLowerCase(Locale.ROOT));
            words.appendReplacement(out, Matcher.quoteReplacement(cyrillic == null ? word : sameCase(word, cyrillic)));
        }
        words.appendTail(out);
        return out.toString();
    }

    private static String sameCase(String model, String word) {
        if (model.length() > 1 && model.equals(model.toUpperCase(Locale.ROOT))) {
            return word.toUpperCase(Locale.ROOT);
        }
        if (Character.isUpperCase(model.codePointAt(0))) {
            return UCharacter.toTitleCase(word, null);
        }
        return word;
    }

    private static String script(String tag) {
        String normalized = tag == null ? "" : tag.strip().replace('_', '-');
        for (String known : List.of("uz-Latn", "uz-Cyrl", "kk-Cyrl", "kk-Latn")) {
            if (known.equalsIgnoreCase(normalized)) {
                return known;
            }
        }
        return DEFAULT_SCRIPT.getOrDefault(normalized.toLowerCase(Locale.ROOT), normalized);
    }

    private static String read(String resource) {
        try (InputStream in = ScriptConversion.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .collect(Collectors.joining("\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
