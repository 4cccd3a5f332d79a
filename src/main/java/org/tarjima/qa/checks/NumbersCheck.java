package org.tarjima.qa.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.tarjima.qa.QaCheck;
import org.tarjima.qa.QaFinding;
import org.tarjima.qa.QaSubject;
import org.tarjima.qa.Severity;

/**
 * Numbers of the source must come back in the target with the same value, compared as values parsed in each
 * text's own locale ("1,234.5" in English is "1 234,5" in Russian). A number the target writes as words ("пяти",
 * "шестьдесят тысяч"), compactly ("60 млн") or in Roman ("XX век") counts when ICU can render it so; for a language
 * ICU cannot spell out (tg, tk, uz) a missing number is only a warning, since it may be there as a word. A number
 * in the target that the source does not have is a warning ("five" in the source explains a 5 in the target).
 */
@Component
public class NumbersCheck implements QaCheck {

    @Override
    public String id() {
        return "numbers";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public List<QaFinding> check(QaSubject subject) {
        String target = subject.targetText();
        if (target.isBlank()) {
            return List.of();
        }
        String source = subject.sourceText();
        LocaleFacts sourceFacts = LocaleFacts.of(subject.sourceLocale());
        LocaleFacts targetFacts = LocaleFacts.of(subject.targetLocale());
        List<NumberScanner.Found> missing = new ArrayList<>(NumberScanner.scan(source, sourceFacts));
        List<NumberScanner.Found> extra = new ArrayList<>(NumberScanner.scan(target, targetFacts));
        if (missing.isEmpty() && extra.isEmpty()) {
            return List.of();
        }
        List<String> targetValues = extra.stream().map(NumberScanner.Found::value).toList();
        List<String> sourceValues = missing.stream().map(NumberScanner.Found::value).toList();
        missing.removeIf(found -> targetValues.contains(found.value()));
        extra.removeIf(found -> sourceValues.contains(found.value()));
        // A number written differently on the other side explains itself and the digits inside that rendering.
        for (NumberScanner.Found found : List.copyOf(extra)) {
            Optional<int[]> span = NumberWords.find(found.decimal(), source, sourceFacts);
            if (span.isPresent()) {
                extra.remove(found);
                missing.removeIf(m -> m.start() >= span.get()[0] && m.end() <= span.get()[1]);
            }
        }
        for (NumberScanner.Found found : List.copyOf(missing)) {
            Optional<int[]> span = NumberWords.find(found.decimal(), target, targetFacts);
            if (span.isPresent()) {
                missing.remove(found);
                extra.removeIf(e -> e.start() >= span.get()[0] && e.end() <= span.get()[1]);
            }
        }
        List<QaFinding> findings = new ArrayList<>();
        boolean verifiable = NumberWords.canSpellOut(targetFacts);
        for (NumberScanner.Found found : missing) {
            String expected = targetFacts.numberFormat().format(found.decimal());
            findings.add(QaFinding.of(this, verifiable ? Severity.ERROR : Severity.WARNING,
                    verifiable ? "missing" : "missingUnverified", -1, -1, found.text(), expected));
        }
        for (NumberScanner.Found found : extra) {
            findings.add(QaFinding.of(this, Severity.WARNING, "extra", found.start(), found.end(), found.text()));
        }
        return findings;
    }
}
