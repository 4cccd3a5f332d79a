package org.tarjima.glossary;

import org.tarjima.glossary.terms.ForbiddenTerms;
import org.tarjima.glossary.terms.SourceTerms;
import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.util.ULocale;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Compiled term matchers per project and locale pair, kept while the glossaries they were built from are unchanged.
 * A lookup first reads the revisions of the project's glossaries (one indexed query): any change, committed by
 * this node or another, bumps a revision and the next lookup recompiles. A rolled-back change never bumps it.
 */
@Component
class GlossaryIndex {

    /** Project × locale pairs kept compiled; the least recently used go first. */
    static final int MAX_COMPILED = 256;

    private record Key(String kind, long projectId, String sourceLocale, String targetLocale) {
    }

    private record Compiled(String revisions, Object terms) {
    }

    private final GlossaryRepository repository;
    private final Map<Key, Compiled> cache = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Compiled> eldest) {
            return size() > MAX_COMPILED;
        }
    };

    GlossaryIndex(GlossaryRepository repository) {
        this.repository = repository;
    }

    /** The source terms of the project's glossary and the global one that are written in {@code sourceLocale}. */
    SourceTerms sourceTerms(long projectId, String sourceLocale, String targetLocale) {
        List<GlossaryRepository.GlossaryRow> glossaries = repository.glossariesOf(projectId).stream()
                .filter(g -> sameLanguage(g.sourceLocale(), sourceLocale)).toList();
        return compiled(new Key("source", projectId, sourceLocale, targetLocale), glossaries,
                entries -> SourceTerms.compile(sourceLocale, targetLocale, entries.apply(false), entries.apply(true)),
                targetLocale);
    }

    /** The forbidden terms in {@code targetLocale} of the project's glossary and the global one. */
    ForbiddenTerms forbiddenTerms(long projectId, String targetLocale) {
        return compiled(new Key("forbidden", projectId, null, targetLocale), repository.glossariesOf(projectId),
                entries -> ForbiddenTerms.compile(targetLocale, entries.apply(false), entries.apply(true)),
                targetLocale);
    }

    /**
     * The words of the approved target terms (and their forms) in {@code targetLocale} of the project's glossary and
     * the global one, case-folded; a {@code *} stem mark is dropped. For spelling: a glossary word is never flagged.
     */
    Set<String> targetWords(long projectId, String targetLocale) {
        return compiled(new Key("words", projectId, null, targetLocale), repository.glossariesOf(projectId),
                entries -> {
                    Set<String> words = new HashSet<>();
                    for (boolean global : new boolean[] {false, true}) {
                        for (GlossaryEntry entry : entries.apply(global)) {
                            entry.translations().stream().filter(t -> !t.forbidden())
                                    .filter(t -> t.locale().equals(targetLocale))
                                    .forEach(t -> {
                                        addWords(words, t.term());
                                        t.forms().forEach(form -> addWords(words, form));
                                    });
                            if (entry.doNotTranslate()) {
                                addWords(words, entry.term());
                            }
                        }
                    }
                    return Set.copyOf(words);
                }, targetLocale);
    }

    private static void addWords(Set<String> words, String term) {
        for (String word : term.split("[\\s*]+")) {
            if (!word.isBlank()) {
                words.add(UCharacter.foldCase(word, true));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private <T> T compiled(Key key, List<GlossaryRepository.GlossaryRow> glossaries,
                           Function<Function<Boolean, List<GlossaryEntry>>, T> compile, String targetLocale) {
        StringBuilder revisions = new StringBuilder();
        glossaries.forEach(g -> revisions.append(g.id()).append('@').append(g.revision()).append(' '));
        String signature = revisions.toString();
        synchronized (cache) {
            Compiled cached = cache.get(key);
            if (cached != null && cached.revisions().equals(signature)) {
                return (T) cached.terms();
            }
        }
        // Read after the revisions: a change committed in between is newer than the signature, so it only causes
        // one more compile later, never a stale matcher.
        T terms = compile.apply(global -> glossaries.stream()
                .filter(g -> (g.projectId() == null) == global)
                .findFirst()
                .map(g -> repository.entries(g.id(), targetLocale))
                .orElse(List.of()));
        synchronized (cache) {
            cache.put(key, new Compiled(signature, terms));
        }
        return terms;
    }

    private static boolean sameLanguage(String a, String b) {
        return ULocale.forLanguageTag(a).getLanguage().equals(ULocale.forLanguageTag(b).getLanguage());
    }
}
