package org.tarjima.memory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.tarjima.project.ProjectDeleting;
import org.springframework.transaction.annotation.Transactional;
import org.tarjima.base.LocaleTag;
import org.tarjima.base.text.InlineText;
import org.tarjima.security.NotPermittedException;
import org.tarjima.security.Permission;
import org.tarjima.translation.PivotService;

/**
 * Looks things up in the translation memory: matches for a segment (context 101 %, exact 100 %, fuzzy with the
 * differing words marked), concordance search, and forgetting a project's units. The TM is shared by every
 * project of a language pair; see {@link TmAccess} for who may use it.
 */
@Service
public class TranslationMemory {

    /** Most matches a caller may ask for. */
    public static final int MAX_MATCHES = 20;
    /** Largest concordance page. */
    public static final int MAX_PAGE = 100;
    /** Longest concordance query, in characters. */
    public static final int MAX_QUERY_LENGTH = 200;

    private final TmRepository repository;
    private final TmUnitReads reads;
    private final TmLookup lookup;
    private final BestMatchJoin join;
    private final TmAccess access;
    private final PivotService pivots;

    TranslationMemory(TmRepository repository, TmUnitReads reads, TmLookup lookup, BestMatchJoin join, TmAccess access,
                      PivotService pivots) {
        this.join = join;
        this.pivots = pivots;
        this.repository = repository;
        this.reads = reads;
        this.lookup = lookup;
        this.access = access;
    }

    /**
     * The best matches for a source text, best first: by score (101 context, 100 exact, then fuzzy from
     * {@link FuzzyScore#MIN_SCORE}), then approved before translated, then newest. Each match's target comes
     * carried over to {@code source}'s codes ({@link TmMatch#insertable()}).
     *
     * @throws NotPermittedException    when the user has no role for the target locale anywhere
     * @throws IllegalArgumentException for an invalid locale or limit
     */
    @Transactional(readOnly = true)
    public List<TmMatch> matches(InlineText source, String sourceLocale, String targetLocale, int limit) {
        return matches(source, LocaleTag.canonical(sourceLocale), LocaleTag.canonical(targetLocale), TmLookup.Context.UNKNOWN,
                limit);
    }

    /**
     * The matches for a segment of a document in one of its target locales; its neighbours decide context matches.
     *
     * @throws NoSuchElementException when the segment does not exist
     * @throws NotPermittedException  when the user may not see the locale in the segment's project
     */
    @Transactional(readOnly = true)
    public List<TmMatch> matchesForSegment(long segmentId, String locale, int limit) {
        TmRepository.SegmentInfo segment = repository.segment(segmentId)
                .orElseThrow(() -> new NoSuchElementException("Segment " + segmentId + " does not exist"));
        access.require(Permission.VIEW, segment.projectId(), locale);
        return matches(segment.source(), segment.sourceLocale(), locale, context(segment), limit);
    }

    /**
     * The score of the best match the editor's TM panel would show first for each wanted segment of a document in a
     * locale (101 context, 100 exact, a fuzzy score, 0 for none), looked up as {@link #matchesForSegment} does: with
     * the segment's neighbours as context, and never matching the unit its own target feeds. For the match analysis.
     * When there are many segments for the pair's size ({@link #joinPays}), the pair's units are read once and joined
     * with all the segments instead ({@link BestMatchJoin}): the same scoring, and every unit that reaches the minimum is
     * found, where a lookup's search may miss one now and then (its recall at a million units: 0.986).
     *
     * @param wanted    which segments to look up (the others cost nothing)
     * @param afterEach called after each lookup, e.g. to report progress
     * @throws NoSuchElementException when the document does not exist or has no segments
     * @throws NotPermittedException  when the user may not see the locale in the document's project
     */
    @Transactional(readOnly = true)
    public java.util.Map<Long, Integer> bestScores(long documentId, String locale, java.util.function.LongPredicate wanted,
                                                   Runnable afterEach) {
        return bestScores(List.of(documentId), locale, wanted, afterEach);
    }

    /**
     * {@link #bestScores(long, String, java.util.function.LongPredicate, Runnable)} of several documents at once: a
     * project's analysis reads the pair's units once for all its documents, not once for each.
     */
    @Transactional(readOnly = true)
    public java.util.Map<Long, Integer> bestScores(List<Long> documentIds, String locale,
                                                   java.util.function.LongPredicate wanted, Runnable afterEach) {
        String target = LocaleTag.canonical(locale);
        List<TmRepository.SegmentInfo> looked = new ArrayList<>();
        for (long documentId : documentIds) {
            List<TmRepository.SegmentInfo> segments = repository.segmentsOfDocument(documentId);
            if (segments.isEmpty()) {
                throw new NoSuchElementException("Document " + documentId + " does not exist or has no segments");
            }
            access.require(Permission.VIEW, segments.get(0).projectId(), target);
            segments.stream().filter(s -> wanted.test(s.segmentId())).forEach(looked::add);
        }
        access.requireReader(target);
        java.util.Map<Long, Integer> scores = new java.util.HashMap<>();
        if (looked.isEmpty()) {
            return scores;
        }
        String source = looked.get(0).sourceLocale();
        long units = reads.unitCount(source, target);
        if (units == 0) {
            looked.forEach(segment -> {
                scores.put(segment.segmentId(), 0);
                afterEach.run();
            });
        } else if (joinPays(looked.size(), units)) {
            joined(looked, source, target, units, afterEach, scores);
        } else {
            lookedUpOneByOne(looked, source, target, afterEach, scores);
        }
        return scores;
    }

    /** Each segment's best score by its own lookup, as the editor's TM panel asks for it. */
    private void lookedUpOneByOne(List<TmRepository.SegmentInfo> segments, String source, String target,
                                  Runnable afterEach, java.util.Map<Long, Integer> scores) {
        for (TmRepository.SegmentInfo segment : segments) {
            List<TmLookup.Scored> best = lookup.lookup(segment.source(), source, target, context(segment), 1);
            scores.put(segment.segmentId(), best.isEmpty() ? 0 : best.get(0).score());
            afterEach.run();
        }
    }

    /**
     * Whether reading the pair's units once ({@link BestMatchJoin}) costs less than a lookup per segment: a lookup costs
     * 3–20 ms (from 30k to 1M units), a unit read and matched a few microseconds (docs/PERFORMANCE.md, Match analysis).
     */
    static boolean joinPays(int segments, long units) {
        return (long) segments * UNITS_PER_LOOKUP >= units;
    }

    /** Characters above which a segment is looked up on its own rather than joined. */
    private static final int HUGE_SEGMENT = 60_000;

    /** About as many units are read and matched by the join in the time of one lookup. */
    static final long UNITS_PER_LOOKUP = 1_000;

    private void joined(List<TmRepository.SegmentInfo> segments, String source, String target, long units,
                        Runnable afterEach, java.util.Map<Long, Integer> scores) {
        // A segment of tens of thousands of words (a pasted book) is looked up on its own: the join's index counts
        // token positions in 20 bits, and such a segment is no repetition of a sentence anyway.
        java.util.Map<Boolean, List<TmRepository.SegmentInfo>> bySize = segments.stream()
                .collect(java.util.stream.Collectors.partitioningBy(s -> s.source().plainText().length() > HUGE_SEGMENT));
        lookedUpOneByOne(bySize.get(true), source, target, afterEach, scores);
        List<TmRepository.SegmentInfo> looked = bySize.get(false);
        if (looked.isEmpty()) {
            return;
        }
        List<BestMatchJoin.Query> queries = looked.stream().map(s -> {
            TmLookup.Context context = context(s);
            return new BestMatchJoin.Query(s.segmentId(), s.source().normalized(), context.previousHash(), context.nextHash());
        }).toList();
        // Progress: the read of the units is most of the work; the segments count as done in proportion to it.
        int[] reported = {0};
        int[] best = join.bestScores(queries, source, target, read -> {
            int due = (int) Math.min(looked.size() - 1, looked.size() * Math.min(1.0, (double) read / units));
            for (; reported[0] < due; reported[0]++) {
                afterEach.run();
            }
        });
        for (int q = 0; q < queries.size(); q++) {
            scores.put(queries.get(q).segmentId(), best[q]);
        }
        for (; reported[0] < looked.size(); reported[0]++) {
            afterEach.run();
        }
    }

    private static TmLookup.Context context(TmRepository.SegmentInfo segment) {
        return new TmLookup.Context(TmText.contextHash(segment.previousText()), TmText.contextHash(segment.nextText()),
                segment.segmentId());
    }

    /**
     * Matches looked up from one text of a segment, labelled by that text's locale: {@code en → kk} from the source,
     * {@code ru → kk} from the pivot.
     */
    public record LabelledMatches(String fromLocale, String toLocale, List<TmMatch> matches) {
        public LabelledMatches {
            matches = List.copyOf(matches);
        }
    }

    /**
     * The matches for a segment from its source, then, when the project has a pivot locale (Russian by default) and
     * the segment's pivot target is confirmed, the matches of that pivot text in the pivot → target memory (the
     * same lookup, scored against the pivot text). The second list is left out when there is no usable pivot; each
     * has at most {@code limit} matches.
     *
     * @throws NoSuchElementException when the segment does not exist
     * @throws NotPermittedException  when the user may not see the locale in the segment's project
     */
    @Transactional(readOnly = true)
    public List<LabelledMatches> matchesWithPivot(long segmentId, String locale, int limit) {
        TmRepository.SegmentInfo segment = repository.segment(segmentId)
                .orElseThrow(() -> new NoSuchElementException("Segment " + segmentId + " does not exist"));
        List<LabelledMatches> result = new ArrayList<>();
        result.add(new LabelledMatches(segment.sourceLocale(), locale, matchesForSegment(segmentId, locale, limit)));
        pivots.forSegment(segmentId, locale).ifPresent(pivot -> result.add(new LabelledMatches(pivot.locale(), locale,
                // No context for the pivot's pair (its neighbours' pivot texts are not read); the segment itself asks.
                matches(pivot.text(), pivot.locale(), locale, new TmLookup.Context(null, null, segmentId), limit))));
        return result;
    }

    private List<TmMatch> matches(InlineText source, String sourceLocale, String targetLocale, TmLookup.Context context,
                                  int limit) {
        if (limit < 1 || limit > MAX_MATCHES) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_MATCHES);
        }
        access.requireReader(targetLocale);
        List<TmMatch> matches = new ArrayList<>();
        for (TmLookup.Scored scored : lookup.lookup(source, sourceLocale, targetLocale, context, limit)) {
            StoredUnit unit = scored.unit();
            CodeMapping.Adapted adapted = CodeMapping.adapt(unit.source(), unit.target(), source);
            boolean visible = access.maySee(unit.projectId(), targetLocale);
            matches.add(new TmMatch(unit.id(), scored.kind(), scored.score(), unit.source(), unit.target(), adapted.text(),
                    adapted.dropped(), scored.diff(), unit.state(), visible ? unit.projectId() : null,
                    visible ? unit.projectName() : null, visible ? unit.documentId() : null,
                    visible ? unit.documentName() : null, unit.updatedBy(), unit.updatedAt(), unit.fromTmx()));
        }
        return matches;
    }

    /** A page of concordance hits; {@code more} says whether another page follows. */
    public record ConcordancePage(List<ConcordanceHit> hits, boolean more) {
        public ConcordancePage {
            hits = List.copyOf(hits);
        }
    }

    /**
     * Units of a language pair whose source or target (or either) contains a word or phrase, case-insensitively
     * and as whole words; longer sources first, then newest (the order of the index that
     * drives the search, so a page costs what it reads).
     *
     * @throws IllegalArgumentException when the query has no word or is too long, or for a bad page
     */
    // One snapshot for the rarest terms' counts and the search: the posting queue writes a unit's postings, counts and
    // flag in one transaction, and a search that saw the counts before it and the flag after would miss the unit.
    @Transactional(readOnly = true, isolation = org.springframework.transaction.annotation.Isolation.REPEATABLE_READ)
    public ConcordancePage concordance(String query, String sourceLocale, String targetLocale, ConcordanceSide side,
                                       int offset, int limit) {
        String source = LocaleTag.canonical(sourceLocale);
        String target = LocaleTag.canonical(targetLocale);
        if (query == null || query.length() > MAX_QUERY_LENGTH) {
            throw new IllegalArgumentException("Search for 1 to " + MAX_QUERY_LENGTH + " characters");
        }
        if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("offset must be ≥ 0 and limit between 1 and " + MAX_PAGE);
        }
        access.requireReader(target);
        String key = TmText.key(TmText.tokens(TmText.plain(InlineText.of(query))));
        List<String> words = TmText.wordsOfKey(key);
        if (words.isEmpty()) {
            throw new IllegalArgumentException("Search for at least one word");
        }
        String pair = TmTerms.pair(source, target);
        Long sourceTerm = side == ConcordanceSide.TARGET ? null
                : rarest(words.stream().map(word -> TmTerms.word(pair, word)).toList());
        Long targetTerm = side == ConcordanceSide.SOURCE ? null
                : rarest(words.stream().map(word -> TmTerms.targetWord(pair, word)).toList());
        List<Long> ids = reads.concordance(source, target, sourceTerm, targetTerm, side != ConcordanceSide.TARGET,
                side != ConcordanceSide.SOURCE, key, offset, limit + 1);
        boolean more = ids.size() > limit;
        List<ConcordanceHit> hits = new ArrayList<>();
        for (StoredUnit unit : reads.units(source, target, ids.subList(0, Math.min(limit, ids.size())))) {
            boolean visible = access.maySee(unit.projectId(), target);
            hits.add(new ConcordanceHit(unit.id(), unit.source(), unit.target(), unit.state(),
                    visible ? unit.projectName() : null, visible ? unit.documentName() : null, unit.updatedBy(),
                    unit.updatedAt(), unit.fromTmx()));
        }
        return new ConcordancePage(hits, more);
    }

    /** The term with the fewest units; null when no unit has one of them (then nothing can match). */
    private Long rarest(List<Long> terms) {
        var frequencies = reads.frequencies(terms);
        if (frequencies.size() < terms.stream().distinct().count()) {
            return null;
        }
        return terms.stream().min(Comparator.comparingInt(frequencies::get)).orElse(null);
    }

    /**
     * The language pairs with units whose target locale the user may search, with their counts.
     */
    @Transactional(readOnly = true)
    public List<TmPair> pairs() {
        return reads.pairs().stream().filter(pair -> access.mayRead(pair.targetLocale())).toList();
    }

    /** What the signed-in user may do with the TM, for a view to offer only that. */
    public record TmAbilities(boolean search, boolean curate) {
    }

    @Transactional(readOnly = true)
    public TmAbilities abilities() {
        return new TmAbilities(access.mayUse(), access.isCurator());
    }

    /**
     * Deletes one unit with its index entries. A unit fed by a target comes back when that target is confirmed or
     * approved again: the TM follows the work, this only removes a wrong unit from what is there now.
     *
     * @throws NoSuchElementException when there is no such unit
     * @throws NotPermittedException  unless the user is an admin, or a manager of the unit's project (any manager for a
     *                                unit from TMX, which belongs to no project)
     */
    @Transactional
    public void deleteUnit(long unitId) {
        TmRepository.OwnedUnit owned = repository.ownedUnit(unitId)
                .orElseThrow(() -> new NoSuchElementException("Translation memory unit " + unitId + " does not exist"));
        access.requireUnitCurator(owned.projectId());
        repository.delete(List.of(owned.unit()));
    }

    /**
     * Removes every unit a project's targets left in the TM (units imported from TMX stay). Without it, a project's
     * units outlive the project, with no project named.
     *
     * @return how many units were removed
     * @throws NotPermittedException when the user may not manage the project
     */
    /** A project being deleted takes its TM units with it when the manager chose so. */
    @EventListener
    void on(ProjectDeleting deleting) {
        if (!deleting.keepTranslationMemory()) {
            forgetProject(deleting.projectId());
        }
    }

    @Transactional
    public int forgetProject(long projectId) {
        access.requireManager(projectId);
        int[] removed = {0};
        // Pages go by id, so deleting the page just read does not disturb the next one.
        repository.forEachUnitOfProject(projectId, 1000, page -> removed[0] += repository.delete(page));
        return removed[0];
    }
}
