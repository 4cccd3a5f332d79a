package org.tarjima.qa;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The findings of stored targets, by segment, locale, target version and document settings. Every change of a
 * target makes a new version, so an entry never goes stale; the cache only saves the report and the sign-off gate
 * from checking unchanged targets again. Kept in memory and bounded (least recently used go first): recomputing is
 * cheap, so a table would cost more than it saves.
 */
@Component
class QaFindingsCache {

    static final int MAX_ENTRIES = 100_000;

    private record Key(long segmentId, String locale, int version, String settings) {
    }

    private final Map<Key, List<QaFinding>> entries = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, List<QaFinding>> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    List<QaFinding> findings(long segmentId, String locale, int version, String settings, Supplier<List<QaFinding>> compute) {
        Key key = new Key(segmentId, locale, version, settings);
        synchronized (entries) {
            List<QaFinding> cached = entries.get(key);
            if (cached != null) {
                return cached;
            }
        }
        List<QaFinding> computed = List.copyOf(compute.get());
        synchronized (entries) {
            entries.put(key, computed);
        }
        return computed;
    }
}
