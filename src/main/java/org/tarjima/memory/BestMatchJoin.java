package org.tarjima.memory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.IntConsumer;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.tarjima.base.text.InlineMarkers;
import org.tarjima.base.text.InlineText;

/**
 * The best TM score of many segments at once, for a match analysis: instead of one index lookup per segment (12–21 ms
 * each against a million units), the language pair's units are read once, in one pass, and matched against an index of
 * the segments, a set-similarity join with prefix filtering (Bayardo et al., "Scaling up all pairs similarity search",
 * WWW 2007). A unit can reach {@link FuzzyScore#MIN_SCORE} against a segment only if they share at least 70 % of the
 * longer one's tokens (a token edit distance of d leaves at least max(n, m) − d tokens in common). Ordering every token
 * rarest first, two token lists sharing that many must share one among their first n − ⌈0.7·n⌉ + 1 tokens, so only
 * those "prefix" tokens of the segments are indexed, and a unit is compared with the segments whose prefix holds one of
 * its own prefix tokens, after a length check. A unit whose prefix is made of words no segment has (most units of an
 * unrelated TM) is dropped at once.
 * <p>
 * The result is exact where the editor's lookup is a search: every unit reaching the minimum score is found (the
 * lookup's recall is 0.986 at a million units, docs/PERFORMANCE.md). Candidates are then scored as the editor scores
 * them ({@link TmLookup#score}: codes, case, 101 % for the same neighbours, never the segment's own unit), reading the
 * units whole best first until no unread one can do better.
 */
@Component
class BestMatchJoin {

    private static final Logger log = LoggerFactory.getLogger(BestMatchJoin.class);

    /** Units read from PostgreSQL per round trip while the pair is read through. */
    private static final int FETCH_SIZE = 5_000;
    /** Candidates kept per segment, best token scores first: codes and case take at most 6 points off a score. */
    static final int KEPT_PER_SEGMENT = 64;
    private static final int READ_BATCH = 2_000;
    /** Candidates of a query read whole per round. */
    private static final int PER_ROUND = 4;
    /** The segment of a unit that holds none (imported from TMX): no segment has this id. */
    private static final long NO_SEGMENT = Long.MIN_VALUE;

    private final JdbcTemplate streaming;
    private final TmUnitReads reads;

    BestMatchJoin(DataSource dataSource, TmUnitReads reads) {
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(FETCH_SIZE);
        this.reads = reads;
        // The result set is read through a cursor: PostgreSQL's driver fetches FETCH_SIZE rows at a time only inside a
        // transaction, which the analysis has (read-only); outside one it would hold the whole pair in memory.
    }

    /** A segment to match: its normalized source, its neighbours' context hashes, its id (its own unit is no match). */
    record Query(long segmentId, InlineText source, Long previousHash, Long nextHash) {
    }

    /**
     * The best score of each query against the pair's units (0: nothing reaches the minimum), in query order.
     *
     * @param scanned called with the number of units read so far, every {@value #FETCH_SIZE} units
     */
    int[] bestScores(List<Query> queries, String sourceLocale, String targetLocale, IntConsumer scanned) {
        long began = System.nanoTime();
        SegmentIndex index = new SegmentIndex(queries);
        Candidates candidates = new Candidates(queries.size());
        long indexed = System.nanoTime();
        int[] read = {0};
        // The rows are read on this thread (the transaction's connection); they are tokenised and matched on every core.
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService matchers = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "tarjima-analysis-join");
            thread.setDaemon(true);
            return thread;
        });
        ThreadLocal<SegmentIndex.Probe> probes = ThreadLocal.withInitial(index::newProbe);
        Semaphore inFlight = new Semaphore(2 * threads);
        List<Future<?>> batches = new ArrayList<>();
        UnitBatch[] batch = {new UnitBatch()};
        try {
            streaming.query("select id, segment_id, source_text from tm_unit where source_locale = ? and target_locale = ?",
                    (RowCallbackHandler) rs -> {
                        long segmentId = rs.getLong(2);
                        batch[0].add(rs.getLong(1), rs.wasNull() ? NO_SEGMENT : segmentId, rs.getString(3));
                        if (batch[0].full()) {
                            batches.add(submit(matchers, inFlight, batch[0], index, candidates, probes));
                            batch[0] = new UnitBatch();
                        }
                        if (++read[0] % FETCH_SIZE == 0) {
                            scanned.accept(read[0]);
                        }
                    }, sourceLocale, targetLocale);
            batches.add(submit(matchers, inFlight, batch[0], index, candidates, probes));
            for (Future<?> done : batches) {
                done.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The analysis was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Matching the units failed", e.getCause());
        } finally {
            matchers.shutdownNow();
        }
        long joined = System.nanoTime();
        int[] best = finalScores(queries, index, candidates, sourceLocale, targetLocale);
        log.info("Best matches of {} segments among {} units of {} → {}: segments indexed in {} ms, units read and matched in {} ms, "
                + "candidates scored in {} ms", queries.size(), read[0], sourceLocale, targetLocale, (indexed - began) / 1_000_000,
                (joined - indexed) / 1_000_000, (System.nanoTime() - joined) / 1_000_000);
        return best;
    }

    private static Future<?> submit(ExecutorService matchers, Semaphore inFlight, UnitBatch batch, SegmentIndex index,
                                    Candidates candidates, ThreadLocal<SegmentIndex.Probe> probes) {
        try {
            inFlight.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The analysis was interrupted", e);
        }
        return matchers.submit(() -> {
            try {
                SegmentIndex.Probe probe = probes.get();
                for (int u = 0; u < batch.size; u++) {
                    index.match(batch.ids[u], batch.segments[u], TmText.hashes(TmText.nfc(batch.texts[u])), candidates, probe);
                }
            } finally {
                inFlight.release();
            }
        });
    }

    /** Units read and waiting to be matched: at most a few batches wait, so a large pair is never held in memory. */
    private static final class UnitBatch {
        private static final int SIZE = 1_000;
        private final long[] ids = new long[SIZE];
        private final long[] segments = new long[SIZE];
        private final String[] texts = new String[SIZE];
        private int size;

        void add(long id, long segment, String text) {
            ids[size] = id;
            segments[size] = segment;
            texts[size++] = text;
        }

        boolean full() {
            return size == SIZE;
        }
    }

    /**
     * Reads the candidates whole, best token score first, and scores them as the editor does, until every unread
     * candidate of a query scores less (its token score is its ceiling; an exact one can become 101 with its context).
     */
    private int[] finalScores(List<Query> queries, SegmentIndex index, Candidates candidates, String sourceLocale,
                              String targetLocale) {
        int[] best = new int[queries.size()];
        int[] next = new int[queries.size()];
        for (int q = 0; q < queries.size(); q++) {
            candidates.sort(q);
        }
        while (true) {
            Map<Long, List<Integer>> wanted = new HashMap<>();
            for (int q = 0; q < queries.size(); q++) {
                // A few per query and round, best first, while an unread one could still score higher.
                for (int k = next[q], taken = 0; k < candidates.size(q) && taken < PER_ROUND; k++, taken++) {
                    if (ceiling(candidates.tokenScore(q, k), queries.get(q)) <= best[q]) {
                        next[q] = candidates.size(q);
                        break;
                    }
                    wanted.computeIfAbsent(candidates.unit(q, k), id -> new ArrayList<>()).add(q);
                    next[q] = k + 1;
                }
            }
            if (wanted.isEmpty()) {
                return best;
            }
            List<Long> ids = new ArrayList<>(wanted.keySet());
            for (int from = 0; from < ids.size(); from += READ_BATCH) {
                for (StoredUnit unit : reads.units(sourceLocale, targetLocale, ids.subList(from, Math.min(ids.size(), from + READ_BATCH)))) {
                    for (int q : wanted.get(unit.id())) {
                        Query query = queries.get(q);
                        TmLookup.Context context = new TmLookup.Context(query.previousHash(), query.nextHash(), query.segmentId());
                        if (context.isAsking(unit)) {
                            continue;
                        }
                        int score = TmLookup.score(query.source(), index.markers(q), index.hashes(q), context, unit).score();
                        if (score >= FuzzyScore.MIN_SCORE && score > best[q]) {
                            best[q] = score;
                        }
                    }
                }
            }
        }
    }

    /** The most a candidate can score once read: its words' score, or 101 for the same words and known neighbours. */
    private static int ceiling(int tokenScore, Query query) {
        return tokenScore == 100 && (query.previousHash() != null || query.nextHash() != null) ? 101 : tokenScore;
    }

    /** Whether a token score of two lengths can reach the minimum: at least 70 % of the longer in common. */
    static boolean lengthsCanMatch(int n, int m) {
        return 100 * Math.min(n, m) >= FuzzyScore.MIN_SCORE * Math.max(n, m);
    }

    /** How many of the first tokens (rarest first) of a text of n tokens must be indexed or probed. */
    static int prefixLength(int n) {
        int required = (FuzzyScore.MIN_SCORE * n + 99) / 100;
        return n - required + 1;
    }

    /**
     * The segments' tokens, each occurrence its own element ("the" twice is two elements, so shared elements count
     * shared tokens as the edit distance sees them), ordered by how many segments have them, and the index from each
     * segment's prefix elements to the segments.
     */
    static final class SegmentIndex {
        private final long[][] hashes;
        private final String[] markers;
        private final long[] segmentIds;
        private final Map<Long, Integer> elements = new HashMap<>();
        private int[] rank;
        private int[][] postings;
        private int[][] lengths;
        private int[][] positions;
        /** The elements of each segment by rank, for the overlap check. */
        private final int[][] ranked;

        SegmentIndex(List<Query> queries) {
            int count = queries.size();
            hashes = new long[count][];
            markers = new String[count];
            segmentIds = new long[count];
            int[][] elementsOf = new int[count][];
            List<Integer> frequency = new ArrayList<>();
            for (int q = 0; q < count; q++) {
                InlineText source = queries.get(q).source();
                hashes[q] = TmText.hashes(TmText.plain(source));
                markers[q] = InlineMarkers.write(source);
                segmentIds[q] = queries.get(q).segmentId();
                elementsOf[q] = elementsOf(hashes[q], true, frequency);
            }
            int elementCount = frequency.size();
            Integer[] order = new Integer[elementCount];
            for (int e = 0; e < elementCount; e++) {
                order[e] = e;
            }
            Arrays.sort(order, (a, b) -> frequency.get(a).equals(frequency.get(b)) ? Integer.compare(a, b)
                    : Integer.compare(frequency.get(a), frequency.get(b)));
            rank = new int[elementCount];
            for (int r = 0; r < elementCount; r++) {
                rank[order[r]] = r;
            }
            ranked = new int[count][];
            int[] postingCount = new int[elementCount];
            for (int q = 0; q < count; q++) {
                ranked[q] = byRank(elementsOf[q]);
                for (int k = 0; k < Math.min(prefixLength(ranked[q].length), ranked[q].length); k++) {
                    postingCount[ranked[q][k]]++;
                }
            }
            // Each element's postings: (segment length, segment, position of the element in the segment's ranked
            // list), sorted by length, so a unit reads only the segments of a length it can match.
            long[][] entries = new long[elementCount][];
            for (int r = 0; r < elementCount; r++) {
                entries[r] = new long[postingCount[r]];
                postingCount[r] = 0;
            }
            for (int q = 0; q < count; q++) {
                for (int k = 0; k < Math.min(prefixLength(ranked[q].length), ranked[q].length); k++) {
                    int r = ranked[q][k];
                    entries[r][postingCount[r]++] = ((long) ranked[q].length << 44) | ((long) q << 20) | k;
                }
            }
            lengths = new int[elementCount][];
            postings = new int[elementCount][];
            positions = new int[elementCount][];
            for (int r = 0; r < elementCount; r++) {
                Arrays.sort(entries[r]);
                lengths[r] = new int[entries[r].length];
                postings[r] = new int[entries[r].length];
                positions[r] = new int[entries[r].length];
                for (int e = 0; e < entries[r].length; e++) {
                    lengths[r][e] = (int) (entries[r][e] >>> 44);
                    postings[r][e] = (int) ((entries[r][e] >>> 20) & 0xFFFFFF);
                    positions[r][e] = (int) (entries[r][e] & 0xFFFFF);
                }
            }
        }

        long[] hashes(int q) {
            return hashes[q];
        }

        String markers(int q) {
            return markers[q];
        }

        /**
         * The element of each token occurrence: its k-th occurrence in the text is (hash, k). New elements are added
         * (with their segment frequencies) only while the segments are read; a unit's unknown tokens are -1.
         */
        private int[] elementsOf(long[] tokenHashes, boolean adding, List<Integer> frequency) {
            long[] sorted = tokenHashes.clone();
            Arrays.sort(sorted);
            int[] result = new int[sorted.length];
            int occurrence = 0;
            for (int i = 0; i < sorted.length; i++) {
                occurrence = i > 0 && sorted[i] == sorted[i - 1] ? occurrence + 1 : 0;
                // A token hash is well mixed: the occurrence in its low bits keeps (hash, k) distinct in practice.
                long key = sorted[i] * 31 + occurrence;
                Integer element = elements.get(key);
                if (element == null && adding) {
                    element = frequency.size();
                    elements.put(key, element);
                    frequency.add(0);
                }
                if (adding) {
                    frequency.set(element, frequency.get(element) + 1);
                }
                result[i] = element == null ? -1 : element;
            }
            return result;
        }

        /** Element ranks in increasing order, unknown elements (-1) first: they are the rarest there are. */
        private int[] byRank(int[] elementIds) {
            int[] ranks = new int[elementIds.length];
            for (int i = 0; i < elementIds.length; i++) {
                ranks[i] = elementIds[i] < 0 ? -1 : rank[elementIds[i]];
            }
            Arrays.sort(ranks);
            return ranks;
        }

        Probe newProbe() {
            return new Probe();
        }

        /** What one matching thread keeps between units: which segments the current unit has met already. */
        final class Probe {
            private final int[] lastSeen = new int[hashes.length];
            private int stamp;

            Probe() {
                Arrays.fill(lastSeen, -1);
            }
        }

        /** Adds the unit to the candidates of every segment it can reach the minimum score against. */
        void match(long unitId, long unitSegmentId, long[] unitHashes, Candidates candidates, Probe probe) {
            int m = unitHashes.length;
            if (m == 0) {
                return;
            }
            int prefix = Math.min(prefixLength(m), m);
            int[] unitRanks = byRank(elementsOf(unitHashes, false, null));
            if (unitRanks[prefix - 1] < 0) {
                return; // its whole prefix is words no segment has
            }
            int stamp = ++probe.stamp;
            int shortest = (FuzzyScore.MIN_SCORE * m + 99) / 100;
            int longest = 100 * m / FuzzyScore.MIN_SCORE;
            for (int j = 0; j < prefix; j++) {
                int r = unitRanks[j];
                if (r < 0) {
                    continue;
                }
                int[] segmentLengths = lengths[r];
                for (int e = lowerBound(segmentLengths, shortest); e < segmentLengths.length && segmentLengths[e] <= longest; e++) {
                    int q = postings[r][e];
                    if (probe.lastSeen[q] == stamp) {
                        continue;
                    }
                    probe.lastSeen[q] = stamp;
                    int n = segmentLengths[e];
                    // The first element the two share ranks below every other shared one (an earlier one would have
                    // been met first: both prefixes hold every element ranked below their own prefix's last), so
                    // they share at most this one and what follows it in both (Xiao et al., PPJoin, WWW 2008).
                    int atMost = 1 + Math.min(n - positions[r][e] - 1, m - j - 1);
                    int needed = (FuzzyScore.MIN_SCORE * Math.max(n, m) + 99) / 100;
                    if (atMost < needed || segmentIds[q] == unitSegmentId || overlap(ranked[q], unitRanks) < needed) {
                        continue;
                    }
                    int score = FuzzyScore.tokenScore(hashes[q], unitHashes);
                    if (score >= FuzzyScore.MIN_SCORE) {
                        candidates.add(q, unitId, score);
                    }
                }
            }
        }

        /** The first index whose value is at least {@code value} in an ascending array. */
        private static int lowerBound(int[] sorted, int value) {
            int low = 0;
            int high = sorted.length;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (sorted[mid] < value) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            return low;
        }

        /** Shared elements of two rank lists sorted ascending (unknown elements, -1, are never shared). */
        private static int overlap(int[] a, int[] b) {
            int i = 0;
            int j = 0;
            int shared = 0;
            while (i < a.length && j < b.length) {
                if (b[j] < 0 || a[i] > b[j]) {
                    j++;
                } else if (a[i] < b[j]) {
                    i++;
                } else {
                    shared++;
                    i++;
                    j++;
                }
            }
            return shared;
        }
    }

    /** Each segment's best candidates so far: unit ids with their token scores, at most {@link #KEPT_PER_SEGMENT}. */
    static final class Candidates {
        private final long[][] units;
        private final int[][] scores;
        private final int[] sizes;

        Candidates(int queries) {
            units = new long[queries][];
            scores = new int[queries][];
            sizes = new int[queries];
        }

        synchronized void add(int q, long unit, int tokenScore) {
            if (units[q] == null) {
                units[q] = new long[2];
                scores[q] = new int[2];
            }
            int size = sizes[q];
            if (size == KEPT_PER_SEGMENT) {
                int worst = 0;
                for (int k = 1; k < size; k++) {
                    if (scores[q][k] < scores[q][worst]) {
                        worst = k;
                    }
                }
                if (scores[q][worst] < tokenScore) {
                    units[q][worst] = unit;
                    scores[q][worst] = tokenScore;
                }
                return;
            }
            if (size == units[q].length) {
                units[q] = Arrays.copyOf(units[q], Math.min(KEPT_PER_SEGMENT, size * 2));
                scores[q] = Arrays.copyOf(scores[q], Math.min(KEPT_PER_SEGMENT, size * 2));
            }
            units[q][size] = unit;
            scores[q][size] = tokenScore;
            sizes[q] = size + 1;
        }

        /** Best token score first. */
        void sort(int q) {
            int size = sizes[q];
            Integer[] order = new Integer[size];
            for (int k = 0; k < size; k++) {
                order[k] = k;
            }
            Arrays.sort(order, (a, b) -> Integer.compare(scores[q][b], scores[q][a]));
            long[] u = new long[size];
            int[] s = new int[size];
            for (int k = 0; k < size; k++) {
                u[k] = units[q][order[k]];
                s[k] = scores[q][order[k]];
            }
            units[q] = u;
            scores[q] = s;
        }

        int size(int q) {
            return sizes[q];
        }

        long unit(int q, int k) {
            return units[q][k];
        }

        int tokenScore(int q, int k) {
            return scores[q][k];
        }
    }
}
