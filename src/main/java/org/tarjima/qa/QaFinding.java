package org.tarjima.qa;

import java.util.List;
import java.util.Optional;
import org.tarjima.base.text.InlineText;

/**
 * One problem a check found in a target.
 *
 * @param messageKey bundle key of the message, {@code qa.<checkId>} or {@code qa.<checkId>.<variant>}
 * @param arguments  the message's arguments, already as text (values quoted from the segment)
 * @param start      offset of the problem in the target's plain text, or -1 when it has no place
 * @param end        end offset (exclusive), or -1
 * @param fix        a one-click fix the check offers, if any
 */
public record QaFinding(String checkId, Severity severity, String messageKey, List<String> arguments, int start, int end,
                        Optional<Fix> fix) {

    /**
     * A corrected target.
     *
     * @param labelKey bundle key of the button's label, e.g. {@code qa.fix.replace} with {@code arguments}
     */
    public record Fix(String labelKey, List<String> arguments, InlineText text) {
        public Fix {
            arguments = List.copyOf(arguments);
        }
    }

    public QaFinding {
        arguments = List.copyOf(arguments);
    }

    public static QaFinding of(QaCheck check, Severity severity, String variant, int start, int end, String... arguments) {
        String key = variant == null ? "qa." + check.id() : "qa." + check.id() + "." + variant;
        return new QaFinding(check.id(), severity, key, List.of(arguments), start, end, Optional.empty());
    }

    public QaFinding withFix(Fix newFix) {
        return new QaFinding(checkId, severity, messageKey, arguments, start, end, Optional.of(newFix));
    }

    public boolean hasPlace() {
        return start >= 0;
    }
}
