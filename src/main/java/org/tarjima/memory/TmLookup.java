package org.tarjima.memory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.tarjima.base.text.InlineMarkers;
import org.tarjima.base.text.InlineText;
import org.tarjima.translation.TargetState;

/**
 * Finds the best units for a source without reading the whole TM: the query's source terms (words and word
 * pairs) are ordered by how many units contain them, the rarest are taken until their postings add up to a
 * budget, a bounded set of units sharing the most of them (weighted by rarity) is found by index, those are ranked
 * by the edit distance of their words (read from the stored plain text alone), and only the best few are read whole
 * and scored exactly ({@link FuzzyScore}). Units with exactly the same source are always added through
 * their own index, so a 100 % match is never missed however common its words are.
 */
@Component
class TmLookup {

    /**
     * Postings read per lookup, at most (the sum of the chosen terms' frequencies). 40,000 was chosen when the minimum
     * score was 50 % and short queries of common words needed many postings; at 70 %, with postings read by length,
     * 10,000 finds the same matches (recall@5 0.986 at 1M units, 1.000 at 100k, as with 40,000 and with 5,000) and
     * halves PostgreSQL's time a lookup (20 → 11 ms with 8 lookups at a time).
     */
    static final int POSTING_BUDGET = 10_000;
    /** Units ranked per lookup by their words' edit distance (the few best are then read whole). */
    static final int CANDIDATES = 300;
    /** At least this many of the rarest terms are read, even past the budget (each capped at the budget). */
    private static final int MIN_TERMS = 3;
    private static final int MAX_TERMS = 64;
    private static final int EXACT_LIMIT = 50;

    private final TmRepository repository;
    private final TmUnitReads reads;

    TmLookup(TmRepository repository, TmUnitReads reads) {
        this.repository = repository;
        this.reads = reads;
    }

    /**
     * The context of a query: the plain texts of the segments before and after it, when known, and the segment asking,
     * if any: its own current translation is in the memory too, and is no match for itself (it was offered as a
     * "101 % context match" of the very text in the editor).
     */
    record Context(Long previousHash, Long nextHash, Long askingSegment) {
        static final Context UNKNOWN = new Context(null, null, null);

        Context(Long previousHash, Long nextHash) {
            this(previousHash, nextHash, null);
        }

        boolean isAsking(StoredUnit unit) {
            return askingSegment != null && askingSegment.equals(unit.segmentId());
        }

        boolean known() {
            return previousHash != null || nextHash != null;
        }
    }

    /** A scored unit before it becomes a {@link TmMatch}. */
    record Scored(StoredUnit unit, MatchKind kind, int score, List<DiffRun> diff) {
    }

    /**
     * At most this many units still waiting for their postings are scored with each lookup: a handful when saves are
     * few, a few hundred at ~700 saves a second (the queue lingers 100 ms to batch them).
     */
    static final int UNPOSTED_LIMIT = 500;

    List<Scored> lookup(InlineText query, String sourceLocale, String targetLocale, Context context, int limit) {
        InlineText source = query.normalized();
        List<TmText.Token> tokens = TmText.tokens(source);
        // Units saved a moment ago whose postings are still queued (TmPostingQueue) are scored like the others. Read
        // first: a unit the queue posts after this read has its postings and term counts by the time the candidates
        // are read (one transaction writes them with the flag); read last, the queue could post it in between and it
        // would be in neither.
        List<Long> unposted = repository.unposted(sourceLocale, targetLocale, UNPOSTED_LIMIT);
        Set<Long> ids = new LinkedHashSet<>(reads.exact(sourceLocale, targetLocale, TmText.exactHash(source), EXACT_LIMIT));
        ids.addAll(candidates(TmText.key(tokens), tokens.size(), sourceLocale, targetLocale));
        ids.addAll(unposted);
        long[] queryHashes = TmText.hashes(tokens);
        List<Rough> rough = roughScores(queryHashes, reads.sourceTexts(sourceLocale, targetLocale, ids));
        String queryMarkers = InlineMarkers.write(source);
        List<Scored> scored = new ArrayList<>();
        List<Scored> best = List.of();
        int read = 0;
        // The first pass ranked by the words alone; the whole units are read best first, until every unit left
        // unread scores too little to enter the answer: a unit's final score is never above its words' score
        // (codes and case only take points off), except a context match, which adds one to an exact one.
        int wanted = Math.min(rough.size(), 2 * limit);
        while (read < wanted) {
            List<Rough> batch = rough.subList(read, wanted);
            for (StoredUnit unit : reads.units(sourceLocale, targetLocale, batch.stream().map(Rough::id).toList())) {
                if (context.isAsking(unit)) {
                    continue;
                }
                Scored result = score(source, queryMarkers, queryHashes, context, unit);
                if (result.score() >= FuzzyScore.MIN_SCORE) {
                    scored.add(result);
                }
            }
            read = wanted;
            best = ranked(scored, limit);
            int bar = best.size() < limit ? FuzzyScore.MIN_SCORE : best.get(limit - 1).score();
            while (wanted < rough.size() && rough.get(wanted).ceiling() >= bar) {
                wanted++;
            }
        }
        return best;
    }

    /** A candidate ranked by its words alone, before its unit is read. */
    private record Rough(long id, int tokenScore) {
        /** The highest score the unit can have once read. */
        int ceiling() {
            return tokenScore == 100 ? 101 : tokenScore;
        }
    }

    /** The candidates whose words alone reach the minimum score, best first. */
    private static List<Rough> roughScores(long[] queryHashes, List<TmUnitReads.SourceText> sources) {
        List<Rough> rough = new ArrayList<>();
        for (TmUnitReads.SourceText source : sources) {
            // as score() will see the unit: source_text is its normalized source's plain text, which score() reads in NFC
            int tokenScore = FuzzyScore.tokenScore(queryHashes, TmText.hashes(TmText.nfc(source.plain())));
            if (tokenScore >= FuzzyScore.MIN_SCORE) {
                rough.add(new Rough(source.id(), tokenScore));
            }
        }
        rough.sort(Comparator.comparingInt(Rough::tokenScore).reversed());
        return rough;
    }

    /**
     * The best {@code limit} of the scored units: by score, approved first, newest first; the same translation of the
     * same sentence in ten documents is one suggestion, not ten.
     */
    private static List<Scored> ranked(List<Scored> scored, int limit) {
        List<Scored> sorted = new ArrayList<>(scored);
        sorted.sort(Comparator.comparingInt(Scored::score).reversed()
                .thenComparing(s -> s.unit().state() == TargetState.APPROVED ? 0 : 1)
                .thenComparing(s -> s.unit().updatedAt(), Comparator.reverseOrder())
                .thenComparing(s -> s.unit().id(), Comparator.reverseOrder()));
        Set<String> seen = new HashSet<>();
        List<Scored> distinct = new ArrayList<>();
        for (Scored s : sorted) {
            if (seen.add(InlineMarkers.write(s.unit().source()) + "\u0000" + InlineMarkers.write(s.unit().target()))) {
                distinct.add(s);
                if (distinct.size() == limit) {
                    break;
                }
            }
        }
        return distinct;
    }

    private List<Long> candidates(String sourceKey, int queryTokens, String sourceLocale, String targetLocale) {
        Selection selection = select(sourceKey, sourceLocale, targetLocale);
        int words = TmTerms.length(sourceKey);
        return reads.candidates(selection, Math.max(1, words), queryTokens, minWords(words), maxWords(words),
                POSTING_BUDGET, CANDIDATES);
    }

    /**
     * The shortest unit that can still score {@link FuzzyScore#MIN_SCORE}: the score is at most the shorter length
     * over the longer, counted in tokens; words are counted here, so allow a little for punctuation.
     */
    static int minWords(int words) {
        return Math.max(0, words * FuzzyScore.MIN_SCORE / 100 - 2);
    }

    static int maxWords(int words) {
        return words * 100 / FuzzyScore.MIN_SCORE + 2;
    }

    /**
     * The terms a lookup reads postings of, with their weights and, for each, how many of the query's tokens a unit
     * without it cannot match: the times the query has it as a word when every unit with it is read (its postings
     * fit the budget), otherwise 0 (a unit whose posting was cut off may still have it).
     */
    record Selection(List<Long> terms, List<Double> weights, List<Integer> unmatchedWithout) {
        /** The query's tokens a unit without any of the terms cannot match. */
        int unmatchedWithoutAll() {
            return unmatchedWithout.stream().mapToInt(Integer::intValue).sum();
        }
    }

    Selection select(String sourceKey, String sourceLocale, String targetLocale) {
        List<Long> terms = new ArrayList<>(TmTerms.sourceTerms(sourceLocale, targetLocale, sourceKey));
        List<Long> chosen = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        List<Integer> unmatched = new ArrayList<>();
        if (terms.isEmpty()) {
            return new Selection(chosen, weights, unmatched);
        }
        Map<Long, Integer> wordCounts = TmTerms.sourceWordCounts(sourceLocale, targetLocale, sourceKey);
        Map<Long, Integer> frequencies = reads.frequencies(terms);
        List<Long> known = terms.stream().filter(frequencies::containsKey)
                .sorted(Comparator.comparingInt(frequencies::get)).toList();
        long postings = 0;
        for (long term : known) {
            int df = frequencies.get(term);
            if (chosen.size() >= MAX_TERMS || (chosen.size() >= MIN_TERMS && postings + df > POSTING_BUDGET)) {
                break;
            }
            chosen.add(term);
            // Rarer terms say more about a unit: an inverse document frequency.
            weights.add(Math.log(1.0 + (double) TmTerms.SATURATED * 100 / Math.max(1, df)));
            // Half the budget: the counts are written just after the postings' commit, so they may lag a little.
            unmatched.add(df <= POSTING_BUDGET / 2 ? wordCounts.getOrDefault(term, 0) : 0);
            postings += Math.min(df, POSTING_BUDGET);
        }
        return new Selection(chosen, weights, unmatched);
    }

    static Scored score(InlineText query, String queryMarkers, long[] queryHashes, Context context, StoredUnit unit) {
        String plain = TmText.plain(unit.source());
        List<TmText.Token> tokens = TmText.tokens(plain);
        if (queryMarkers.equals(InlineMarkers.write(unit.source().normalized()))) {
            boolean sameContext = context.known() && Objects.equals(context.previousHash(), unit.previousHash())
                    && Objects.equals(context.nextHash(), unit.nextHash());
            return new Scored(unit, sameContext ? MatchKind.CONTEXT : MatchKind.EXACT, sameContext ? 101 : 100,
                    List.of(new DiffRun(plain, false)));
        }
        FuzzyScore.Result result = FuzzyScore.score(query, queryHashes, unit.source(), plain, tokens);
        return new Scored(unit, MatchKind.FUZZY, result.score(), FuzzyScore.runs(plain, tokens, result.differs()));
    }
}
