package org.tarjima.locale;

import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Plural categories from ICU/CLDR for ICU MessageFormat segments (software strings): which categories
 * the target language needs, with sample numbers, and a skeleton of the source message with exactly
 * those categories. CLDR, not a hand-written table: ru one/few/many/other, kk one/other, tg other.
 */
@Component
public class PluralForms {

    /** CLDR's order of categories. */
    private static final List<String> ORDER = List.of("zero", "one", "two", "few", "many", "other");

    /** A category with numbers that fall into it, e.g. few: 2, 3, 4, 22. */
    public record Category(String keyword, List<String> samples) {
    }

    /** The categories the language needs, in CLDR's order. */
    public List<Category> categories(String locale) {
        PluralRules rules = PluralRules.forLocale(ULocale.forLanguageTag(locale));
        List<Category> categories = new ArrayList<>();
        for (String keyword : ORDER) {
            if (rules.getKeywords().contains(keyword)) {
                Collection<Double> integers = rules.getSamples(keyword, PluralRules.SampleType.INTEGER);
                List<String> samples = new ArrayList<>();
                if (integers != null) {
                    integers.stream().limit(4).forEach(n -> samples.add(String.valueOf(n.longValue())));
                }
                if (samples.isEmpty()) {
                    Collection<Double> decimals = rules.getSamples(keyword, PluralRules.SampleType.DECIMAL);
                    if (decimals != null) {
                        decimals.stream().limit(3).forEach(n -> samples.add(String.valueOf(n)));
                    }
                }
                categories.add(new Category(keyword, samples));
            }
        }
        return categories;
    }

    /** Whether the text is an ICU message with at least one plural argument. */
    public boolean hasPlural(String text) {
        return parse(text).map(PluralForms::hasPluralArgument).orElse(false);
    }

    /**
     * The source message with each plural argument rewritten to the target language's categories, every
     * branch holding the source's {@code other} text to translate; empty when the text has no plural.
     */
    public Optional<String> skeleton(String source, String targetLocale) {
        Optional<MessagePattern> parsed = parse(source);
        if (parsed.isEmpty() || !hasPluralArgument(parsed.get())) {
            return Optional.empty();
        }
        MessagePattern pattern = parsed.get();
        List<String> keywords = categories(targetLocale).stream().map(Category::keyword).toList();
        StringBuilder out = new StringBuilder();
        int copied = 0;
        for (int i = 0; i < pattern.countParts(); i++) {
            MessagePattern.Part part = pattern.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_START && part.getArgType() == MessagePattern.ArgType.PLURAL) {
                int limit = pattern.getLimitPartIndex(i);
                String name = pattern.getSubstring(pattern.getPart(i + 1));
                Map<String, String> branches = branches(pattern, i, limit);
                String other = branches.getOrDefault("other", branches.values().stream().findFirst().orElse(""));
                out.append(source, copied, part.getIndex()).append('{').append(name).append(", plural,");
                for (String keyword : keywords) {
                    out.append(' ').append(keyword).append(" {").append(branches.getOrDefault(keyword, other)).append('}');
                }
                out.append('}');
                copied = pattern.getPart(limit).getLimit();
                i = limit;
            }
        }
        return Optional.of(out.append(source.substring(copied)).toString());
    }

    private static Map<String, String> branches(MessagePattern pattern, int start, int limit) {
        Map<String, String> branches = new LinkedHashMap<>();
        for (int j = start + 1; j < limit; j++) {
            MessagePattern.Part selector = pattern.getPart(j);
            if (selector.getType() == MessagePattern.Part.Type.ARG_SELECTOR) {
                int message = j + 1;
                if (pattern.getPart(message).getType() == MessagePattern.Part.Type.ARG_INT
                        || pattern.getPart(message).getType() == MessagePattern.Part.Type.ARG_DOUBLE) {
                    message++;
                }
                int messageLimit = pattern.getLimitPartIndex(message);
                String text = pattern.getPatternString().substring(pattern.getPart(message).getLimit(),
                        pattern.getPart(messageLimit).getIndex());
                branches.put(pattern.getSubstring(selector), text);
                j = messageLimit;
            }
        }
        return branches;
    }

    private static boolean hasPluralArgument(MessagePattern pattern) {
        for (int i = 0; i < pattern.countParts(); i++) {
            MessagePattern.Part part = pattern.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_START && part.getArgType() == MessagePattern.ArgType.PLURAL) {
                return true;
            }
        }
        return false;
    }

    private static Optional<MessagePattern> parse(String text) {
        if (text == null || !text.contains("{")) {
            return Optional.empty();
        }
        try {
            return Optional.of(new MessagePattern(text));
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }
}
