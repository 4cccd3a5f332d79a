package org.tarjima.glossary.terms;

import org.tarjima.glossary.GlossaryEntry;
import org.tarjima.glossary.TermTranslation;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The forbidden target terms of a project's glossaries in one target locale, compiled for {@code forbiddenIn()}. */
public final class ForbiddenTerms {

    private static final Logger log = LoggerFactory.getLogger(ForbiddenTerms.class);

    private record Term(long entryId, boolean global, String term, String sourceTerm, List<String> alternatives,
                        String notes) {
    }

    private final TermMatcher<Term> matcher;

    private ForbiddenTerms(TermMatcher<Term> matcher) {
        this.matcher = matcher;
    }

    public static ForbiddenTerms compile(String targetLocale, List<GlossaryEntry> projectEntries,
                                  List<GlossaryEntry> globalEntries) {
        TermLocale locale = TermLocale.of(targetLocale);
        TermMatcher<Term> matcher = new TermMatcher<>(locale);
        addAll(matcher, locale, targetLocale, projectEntries, false);
        addAll(matcher, locale, targetLocale, globalEntries, true);
        return new ForbiddenTerms(matcher);
    }

    private static void addAll(TermMatcher<Term> matcher, TermLocale locale, String targetLocale,
                               List<GlossaryEntry> entries, boolean global) {
        for (GlossaryEntry entry : entries) {
            List<TermTranslation> translations = entry.translations(targetLocale);
            List<String> alternatives = translations.stream().filter(t -> !t.forbidden()).map(TermTranslation::term)
                    .toList();
            for (TermTranslation translation : translations) {
                if (!translation.forbidden()) {
                    continue;
                }
                Term term = new Term(entry.id(), global, translation.term(), entry.term(), alternatives,
                        translation.notes());
                List<String> forms = new ArrayList<>(translation.forms().size() + 1);
                forms.add(translation.term());
                forms.addAll(translation.forms());
                for (String form : forms) {
                    try {
                        matcher.add(term, TermPattern.parse(form, locale));
                    } catch (IllegalArgumentException e) {
                        log.warn("Glossary entry {}: forbidden '{}' is not looked for: {}", entry.id(), form,
                                e.getMessage());
                    }
                }
            }
        }
    }

    public int size() {
        return matcher.size();
    }

    /** Every forbidden term in the text, in text order. */
    public List<ForbiddenUse> in(String text) {
        List<ForbiddenUse> uses = new ArrayList<>();
        for (TermMatcher.Match<Term> match : matcher.find(text)) {
            Term term = match.owner();
            uses.add(new ForbiddenUse(term.entryId(), term.global(), term.term(), text.substring(match.start(),
                    match.end()), match.start(), match.end(), term.sourceTerm(), term.alternatives(), term.notes()));
        }
        return uses;
    }
}
