package org.tarjima.qa.checks;

import com.ibm.icu.text.MessagePattern;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.tarjima.locale.PluralForms;
import org.tarjima.qa.QaCheck;
import org.tarjima.qa.QaFinding;
import org.tarjima.qa.QaSubject;
import org.tarjima.qa.Severity;

/**
 * A software string in ICU MessageFormat with a plural ("{0, plural, one {# file} other {# files}}") must come back
 * as a message that parses, whose plural arguments have exactly the CLDR categories of the target language (ru
 * one/few/many/other, kk one/other, tg other; explicit values such as =0 may be added) and that keeps every
 * placeholder of the source. Anything else fails at run time or shows the wrong form.
 */
@Component
public class PluralCheck implements QaCheck {

    private final PluralForms pluralForms;

    public PluralCheck(PluralForms pluralForms) {
        this.pluralForms = pluralForms;
    }

    @Override
    public String id() {
        return "plural";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public List<QaFinding> check(QaSubject subject) {
        String source = subject.sourceText();
        String target = subject.targetText();
        if (target.isBlank() || !source.contains("{") || !pluralForms.hasPlural(source)) {
            return List.of();
        }
        MessagePattern targetPattern;
        try {
            targetPattern = new MessagePattern(target);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return List.of(QaFinding.of(this, Severity.ERROR, "syntax", -1, -1, String.valueOf(e.getMessage())));
        }
        List<QaFinding> findings = new ArrayList<>();
        List<String> expected = pluralForms.categories(subject.targetLocale()).stream().map(PluralForms.Category::keyword).toList();
        for (Map.Entry<String, Set<String>> plural : plurals(targetPattern).entrySet()) {
            Set<String> missing = new LinkedHashSet<>(expected);
            missing.removeAll(plural.getValue());
            Set<String> extra = new LinkedHashSet<>(plural.getValue());
            extra.removeIf(keyword -> expected.contains(keyword) || keyword.startsWith("="));
            if (!missing.isEmpty()) {
                findings.add(QaFinding.of(this, Severity.ERROR, "missingCategory", -1, -1, plural.getKey(), String.join(", ", missing)));
            }
            if (!extra.isEmpty()) {
                findings.add(QaFinding.of(this, Severity.ERROR, "extraCategory", -1, -1, plural.getKey(), String.join(", ", extra)));
            }
        }
        Set<String> sourceArguments = arguments(new MessagePattern(source));
        Set<String> targetArguments = arguments(targetPattern);
        for (String argument : sourceArguments) {
            if (!targetArguments.contains(argument)) {
                findings.add(QaFinding.of(this, Severity.ERROR, "missingPlaceholder", -1, -1, "{" + argument + "}"));
            }
        }
        for (String argument : targetArguments) {
            if (!sourceArguments.contains(argument)) {
                findings.add(QaFinding.of(this, Severity.ERROR, "extraPlaceholder", -1, -1, "{" + argument + "}"));
            }
        }
        return findings;
    }

    /** Each plural argument by name with its selectors. */
    private static Map<String, Set<String>> plurals(MessagePattern pattern) {
        Map<String, Set<String>> plurals = new LinkedHashMap<>();
        for (int i = 0; i < pattern.countParts(); i++) {
            MessagePattern.Part part = pattern.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_START && part.getArgType() == MessagePattern.ArgType.PLURAL) {
                String name = pattern.getSubstring(pattern.getPart(i + 1));
                Set<String> selectors = plurals.computeIfAbsent(name, n -> new LinkedHashSet<>());
                int limit = pattern.getLimitPartIndex(i);
                int depth = 0;
                for (int j = i + 1; j < limit; j++) {
                    MessagePattern.Part inner = pattern.getPart(j);
                    if (inner.getType() == MessagePattern.Part.Type.MSG_START) {
                        depth++;
                    } else if (inner.getType() == MessagePattern.Part.Type.MSG_LIMIT) {
                        depth--;
                    } else if (depth == 0 && inner.getType() == MessagePattern.Part.Type.ARG_SELECTOR) {
                        selectors.add(pattern.getSubstring(inner));
                    }
                }
            }
        }
        return plurals;
    }

    /** The names and numbers of all arguments, {0} or {count}, however deep. */
    private static Set<String> arguments(MessagePattern pattern) {
        Set<String> arguments = new LinkedHashSet<>();
        for (int i = 0; i < pattern.countParts(); i++) {
            MessagePattern.Part part = pattern.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_NAME || part.getType() == MessagePattern.Part.Type.ARG_NUMBER) {
                arguments.add(pattern.getSubstring(part));
            }
        }
        return arguments;
    }
}
