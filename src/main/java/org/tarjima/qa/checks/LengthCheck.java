package org.tarjima.qa.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.tarjima.qa.QaCheck;
import org.tarjima.qa.QaFinding;
import org.tarjima.qa.QaSubject;
import org.tarjima.qa.Severity;

/**
 * A document may set a length limit (a UI string, a tweet, an SMS): a longer target is an error. Without a limit, a
 * target far shorter or longer than its source usually lost or doubled a part, which is worth a look.
 *
 * <p>CLDR has no expansion ratios, so the expected ratios below are practice from translating English prose (Turkic
 * languages and Russian run some 10-25% longer in characters); the band around them is wide on purpose, and short
 * segments, whose length varies most, are not compared at all.
 */
@Component
public class LengthCheck implements QaCheck {

    /** Target length / English source length, by language. */
    private static final Map<String, Double> EXPECTED_RATIO = Map.of(
            "ru", 1.15, "kk", 1.2, "ky", 1.2, "tg", 1.2, "tk", 1.15, "uz", 1.15, "en", 1.0);
    private static final double DEFAULT_RATIO = 1.15;
    /** How far off the expected ratio a target may be before it is reported. */
    private static final double BAND = 2.0;
    /** Sources shorter than this (in characters) are not compared. */
    static final int MIN_SOURCE_LENGTH = 25;

    @Override
    public String id() {
        return "length";
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
        List<QaFinding> findings = new ArrayList<>();
        int targetLength = target.codePointCount(0, target.length());
        Integer limit = subject.settings().lengthLimit();
        if (limit != null && targetLength > limit) {
            findings.add(QaFinding.of(this, Severity.ERROR, "limit", target.offsetByCodePoints(0, limit), target.length(),
                    String.valueOf(targetLength), String.valueOf(limit)));
        }
        String source = subject.sourceText().strip();
        int sourceLength = source.codePointCount(0, source.length());
        if (sourceLength >= MIN_SOURCE_LENGTH) {
            double expected = ratio(subject.targetLocale()) / ratio(subject.sourceLocale());
            double actual = (double) target.strip().codePoints().count() / sourceLength;
            if (actual > expected * BAND || actual < expected / BAND) {
                findings.add(QaFinding.of(this, Severity.WARNING, actual > expected ? "long" : "short", -1, -1,
                        String.valueOf(Math.round(actual * 100))));
            }
        }
        return findings;
    }

    private static double ratio(String locale) {
        return EXPECTED_RATIO.getOrDefault(LocaleFacts.of(locale).language(), DEFAULT_RATIO);
    }
}
