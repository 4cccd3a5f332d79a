package org.tarjima.qa.checks;

import java.util.List;
import org.tarjima.base.text.InlineMarkers;
import org.tarjima.qa.QaCheck;
import org.tarjima.qa.QaFinding;
import org.tarjima.qa.QaSettings;
import org.tarjima.qa.QaSubject;

/** Runs one check on texts written with the API's markers ({@code <1>bold</1>}, {@code <2/>}). */
final class Findings {

    private Findings() {
    }

    static List<QaFinding> of(QaCheck check, String source, String target, String targetLocale) {
        return of(check, source, target, targetLocale, QaSettings.none());
    }

    static List<QaFinding> of(QaCheck check, String source, String target, String targetLocale, QaSettings settings) {
        return check.check(new QaSubject(0, 0, 0, InlineMarkers.read(source), InlineMarkers.read(target), "en",
                targetLocale, true, settings));
    }

    static List<String> keys(QaCheck check, String source, String target, String targetLocale) {
        return of(check, source, target, targetLocale).stream().map(QaFinding::messageKey).toList();
    }

    /** The target after the first finding's fix, as markers. */
    static String fixed(QaCheck check, String source, String target, String targetLocale) {
        return InlineMarkers.write(of(check, source, target, targetLocale).get(0).fix().orElseThrow().text());
    }
}
