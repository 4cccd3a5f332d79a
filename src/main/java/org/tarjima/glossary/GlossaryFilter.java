package org.tarjima.glossary;

import org.tarjima.glossary.terms.TermLocale;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The search filter of a glossary (case-insensitive, by ICU case folding), and how two entries compare. */
final class GlossaryFilter {

    private final TermLocale folding = TermLocale.of("und");
    private final String needle;

    GlossaryFilter(String filter) {
        this.needle = folding.key(filter.strip());
    }

    boolean matches(GlossaryEntry entry) {
        if (contains(entry.term()) || contains(entry.notes()) || entry.forms().stream().anyMatch(this::contains)) {
            return true;
        }
        return entry.translations().stream().anyMatch(t -> contains(t.term()) || contains(t.notes())
                || t.forms().stream().anyMatch(this::contains));
    }

    private boolean contains(String text) {
        return text != null && folding.key(text).contains(needle);
    }

    /** Whether storing {@code entry} would change nothing of {@code stored}. */
    static boolean same(GlossaryEntry stored, EntryValidation.Valid entry) {
        return stored.term().equals(entry.term()) && stored.forms().equals(entry.forms())
                && Objects.equals(stored.notes(), entry.notes()) && stored.doNotTranslate() == entry.doNotTranslate()
                && sameTranslations(stored.translations(), entry.translations());
    }

    /** The same translations per locale, approved and forbidden ones each in the same order. */
    static boolean sameTranslations(List<TermTranslation> a, List<TermTranslation> b) {
        return grouped(a).equals(grouped(b));
    }

    private static Map<String, List<TermTranslation>> grouped(List<TermTranslation> translations) {
        Map<String, List<TermTranslation>> groups = new LinkedHashMap<>();
        translations.forEach(t -> groups.computeIfAbsent(t.locale() + (t.forbidden() ? "!" : ""),
                k -> new java.util.ArrayList<>()).add(t));
        return new java.util.TreeMap<>(groups);
    }
}
