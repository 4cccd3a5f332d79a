package org.tarjima.spelling;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The words people added, per project and locale (with the global ones), kept in memory while unchanged. The
 * spelling check runs at every typing pause and over whole documents, so the list's revision (one indexed count)
 * is looked at most once a second per list; a word added on this node is seen at once, on another within a second.
 */
@Component
class WordLists {

    private static final long RECHECK_MILLIS = 1000;
    private static final int MAX_LISTS = 512;

    private record Key(long projectId, String locale) {
    }

    private record Cached(SpellingRepository.Revision revision, long checkedAt, Set<String> folded) {
    }

    private final SpellingRepository repository;
    private final Clock clock;
    private final Map<Key, Cached> cache = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Cached> eldest) {
            return size() > MAX_LISTS;
        }
    };

    WordLists(SpellingRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** The case-folded words of the project's list and the global list in a locale. */
    Set<String> known(long projectId, String locale) {
        Key key = new Key(projectId, locale);
        long now = clock.millis();
        Cached cached;
        synchronized (cache) {
            cached = cache.get(key);
        }
        if (cached != null && now - cached.checkedAt() < RECHECK_MILLIS) {
            return cached.folded();
        }
        SpellingRepository.Revision revision = repository.revision(projectId, locale);
        if (cached == null || !cached.revision().equals(revision)) {
            // Read after the revision: a word added in between only causes one more read later.
            Set<String> folded = repository.words(projectId, locale).stream().map(SpellingRepository.StoredWord::folded)
                    .collect(Collectors.toUnmodifiableSet());
            cached = new Cached(revision, now, folded);
        } else {
            cached = new Cached(revision, now, cached.folded());
        }
        synchronized (cache) {
            cache.put(key, cached);
        }
        return cached.folded();
    }

    /** The list's state as text, for caches of findings that depend on it. */
    String revision(long projectId, String locale) {
        known(projectId, locale);
        synchronized (cache) {
            Cached cached = cache.get(new Key(projectId, locale));
            return cached == null ? "" : cached.revision().count() + ":" + cached.revision().maxId();
        }
    }

    /** After a change on this node: the next look reads the list again. */
    void forget(long projectId, String locale) {
        synchronized (cache) {
            cache.keySet().removeIf(key -> key.locale().equals(locale) && (projectId == 0 || key.projectId() == projectId));
        }
    }
}
