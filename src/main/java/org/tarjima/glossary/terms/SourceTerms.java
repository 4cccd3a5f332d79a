package org.tarjima.glossary.terms;

import org.tarjima.glossary.GlossaryEntry;
import org.tarjima.glossary.TermTranslation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The source terms of a project's glossaries compiled for one source and one target locale: what {@code hits()}
 * looks up, built once per glossary revision.
 */
public final class SourceTerms {

    private static final Logger log = LoggerFactory.getLogger(SourceTerms.class);

    /** What a hit says, without where. Identity, not value, equality: it is a map key on every lookup. */
    private static final class Term {
        final long entryId;
        final boolean global;
        final String sourceTerm;
        final List<TermTranslation> approved = new ArrayList<>();
        final List<TermTranslation> forbidden = new ArrayList<>();
        final String notes;
        final boolean doNotTranslate;

        Term(GlossaryEntry entry, boolean global) {
            this.entryId = entry.id();
            this.global = global;
            this.sourceTerm = entry.term();
            this.notes = entry.notes();
            this.doNotTranslate = entry.doNotTranslate();
            for (TermTranslation translation : entry.translations()) {
                (translation.forbidden() ? forbidden : approved).add(translation);
            }
        }
    }

    private final String targetLocale;
    private final TermMatcher<Term> matcher;

    private SourceTerms(String targetLocale, TermMatcher<Term> matcher) {
        this.targetLocale = targetLocale;
        this.matcher = matcher;
    }

    /**
     * @param projectEntries the project's entries (with their translations into the target locale), or none
     * @param globalEntries  the global entries; one with the same term as a project entry is left out
     */
    public static SourceTerms compile(String sourceLocale, String targetLocale, List<GlossaryEntry> projectEntries,
                               List<GlossaryEntry> globalEntries) {
        TermLocale locale = TermLocale.of(sourceLocale);
        TermMatcher<Term> matcher = new TermMatcher<>(locale);
        Set<String> projectKeys = new HashSet<>();
        for (GlossaryEntry entry : projectEntries) {
            projectKeys.add(locale.key(entry.term()));
            add(matcher, locale, entry, new Term(entry, false));
        }
        for (GlossaryEntry entry : globalEntries) {
            if (!projectKeys.contains(locale.key(entry.term()))) {
                add(matcher, locale, entry, new Term(entry, true));
            }
        }
        return new SourceTerms(targetLocale, matcher);
    }

    private static void add(TermMatcher<Term> matcher, TermLocale locale, GlossaryEntry entry, Term term) {
        List<String> forms = new ArrayList<>(entry.forms().size() + 1);
        forms.add(entry.term());
        forms.addAll(entry.forms());
        for (String form : forms) {
            try {
                matcher.add(term, TermPattern.parse(form, locale));
            } catch (IllegalArgumentException e) {
                // Checked when stored, but in the glossary's own source locale: skip what this locale cannot read.
                log.warn("Glossary entry {}: '{}' is not looked for in {}: {}", entry.id(), form, locale, e.getMessage());
            }
        }
    }

    public int size() {
        return matcher.size();
    }

    /** The terms found in the text: project terms first, then global ones, each by first occurrence. */
    public List<TermHit> hits(String text) {
        Map<Term, List<TermSpan>> found = new IdentityHashMap<>();
        List<Term> order = new ArrayList<>();
        for (TermMatcher.Match<Term> match : matcher.find(text)) {
            List<TermSpan> spans = found.get(match.owner());
            if (spans == null) {
                spans = new ArrayList<>(1);
                found.put(match.owner(), spans);
                order.add(match.owner());
            }
            // A shorter form inside an occurrence already counted is the same occurrence.
            if (spans.isEmpty() || match.start() >= spans.get(spans.size() - 1).end()) {
                spans.add(new TermSpan(match.start(), match.end()));
            }
        }
        List<TermHit> hits = new ArrayList<>(order.size());
        for (Term term : order) {
            hits.add(new TermHit(term.entryId, term.global, term.sourceTerm, targetLocale, found.get(term),
                    term.approved, term.forbidden, term.notes, term.doNotTranslate));
        }
        hits.sort(Comparator.comparing(TermHit::global).thenComparingInt(TermHit::start)
                .thenComparingInt(hit -> -(hit.end() - hit.start())));
        return hits;
    }
}
