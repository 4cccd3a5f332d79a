package org.tarjima.glossary.terms;

import org.tarjima.glossary.TermTranslation;
import java.util.List;

/**
 * A glossary term found in a source text, with what the glossary says about it in one target locale.
 *
 * @param global         from the global glossary (project terms come first and hide a global entry of the same term)
 * @param occurrences    every place the term occurs in the source, in text order; the first one is {@code start/end}
 * @param translations   the approved translations into {@code targetLocale}, in the glossary's order
 * @param forbidden      translations into {@code targetLocale} that must not be used
 * @param doNotTranslate the term stays as it is in the target
 */
public record TermHit(long entryId, boolean global, String sourceTerm, String targetLocale, List<TermSpan> occurrences,
                      List<TermTranslation> translations, List<TermTranslation> forbidden, String notes,
                      boolean doNotTranslate) {

    public TermHit {
        occurrences = List.copyOf(occurrences);
        translations = List.copyOf(translations);
        forbidden = List.copyOf(forbidden);
    }

    public int start() {
        return occurrences.get(0).start();
    }

    public int end() {
        return occurrences.get(0).end();
    }

    /** What the editor inserts for this term: the first approved translation, or the source term itself. */
    public String insertion() {
        if (!translations.isEmpty()) {
            return translations.get(0).term();
        }
        return doNotTranslate ? sourceTerm : null;
    }
}
