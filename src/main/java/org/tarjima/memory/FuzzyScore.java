package org.tarjima.memory;

import java.util.ArrayList;
import java.util.List;
import org.tarjima.base.text.InlineText;

/**
 * The fuzzy score of a TM source against the current source: a Levenshtein distance over tokens (words and
 * punctuation, case-folded, codes ignored), as a percentage of the longer text, minus a point for every
 * difference the tokens do not show (a code, case, whitespace), never more than 99: 100 is for exact matches.
 */
public final class FuzzyScore {

    /**
     * Below this a match is not worth showing (Trados's default minimum too). Measured: at 50 % the matches a
     * brute force finds beyond the first are mostly sentences that share only common words with the segment, and
     * finding them all would mean reading the postings of words that most units contain (docs/PERFORMANCE.md).
     */
    public static final int MIN_SCORE = 70;

    private static final int MAX_MARKUP_PENALTY = 5;

    private FuzzyScore() {
    }

    /** Token edit distance (insertions, deletions and substitutions cost 1). */
    public static int distance(long[] a, long[] b) {
        int[] previous = new int[b.length + 1];
        int[] current = new int[b.length + 1];
        for (int j = 0; j <= b.length; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length; i++) {
            current[0] = i;
            for (int j = 1; j <= b.length; j++) {
                int substitute = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length];
    }

    /** The percentage a distance leaves of the longer text, rounded down. */
    public static int percent(int distance, int lengthA, int lengthB) {
        int longer = Math.max(lengthA, lengthB);
        if (longer == 0) {
            return 100;
        }
        return (int) Math.floor(100.0 * (longer - distance) / longer);
    }

    /** The token score alone, as the benchmark's brute force computes it. */
    public static int tokenScore(long[] query, long[] candidate) {
        return percent(distance(query, candidate), query.length, candidate.length);
    }

    /** A scored candidate with the tokens of its source that differ from the query. */
    record Result(int score, boolean[] differs) {
    }

    static Result score(InlineText query, long[] queryHashes, InlineText candidate, String candidatePlain,
                        List<TmText.Token> candidateTokens) {
        long[] hashes = TmText.hashes(candidateTokens);
        boolean[] differs = new boolean[hashes.length];
        int distance = align(queryHashes, hashes, differs);
        int score = percent(distance, queryHashes.length, hashes.length);
        int penalty = codePenalty(query, candidate);
        if (distance == 0 && !TmText.plain(query).equals(candidatePlain)) {
            penalty++;
        }
        return new Result(Math.max(0, Math.min(99, score - Math.min(MAX_MARKUP_PENALTY, penalty))), differs);
    }

    /** The distance, marking which candidate tokens are substituted or inserted relative to the query. */
    private static int align(long[] query, long[] candidate, boolean[] differs) {
        int n = query.length;
        int m = candidate.length;
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= m; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                int substitute = d[i - 1][j - 1] + (query[i - 1] == candidate[j - 1] ? 0 : 1);
                d[i][j] = Math.min(substitute, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
            }
        }
        int i = n;
        int j = m;
        while (i > 0 || j > 0) {
            if (i > 0 && j > 0 && d[i][j] == d[i - 1][j - 1] + (query[i - 1] == candidate[j - 1] ? 0 : 1)) {
                differs[j - 1] = query[i - 1] != candidate[j - 1];
                i--;
                j--;
            } else if (j > 0 && d[i][j] == d[i][j - 1] + 1) {
                differs[j - 1] = true;
                j--;
            } else {
                i--;
            }
        }
        return d[n][m];
    }

    /** A point for every code position whose kind differs, and for every code one text has more than the other. */
    private static int codePenalty(InlineText query, InlineText candidate) {
        List<InlineText.Code> a = query.codes();
        List<InlineText.Code> b = candidate.codes();
        int penalty = Math.abs(a.size() - b.size());
        for (int k = 0; k < Math.min(a.size(), b.size()); k++) {
            if (a.get(k).kind() != b.get(k).kind()) {
                penalty++;
            }
        }
        return penalty;
    }

    /**
     * The candidate's plain text cut into runs, the differing tokens (and the spaces between two of them)
     * marked, so that a view can highlight them.
     */
    static List<DiffRun> runs(String plain, List<TmText.Token> tokens, boolean[] differs) {
        List<DiffRun> runs = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        boolean pendingChanged = false;
        int position = 0;
        for (int k = 0; k < tokens.size(); k++) {
            TmText.Token token = tokens.get(k);
            String gap = plain.substring(position, token.start());
            boolean gapChanged = differs[k] && k > 0 && differs[k - 1];
            if (!gap.isEmpty()) {
                if (gapChanged != pendingChanged && !pending.isEmpty()) {
                    runs.add(new DiffRun(pending.toString(), pendingChanged));
                    pending.setLength(0);
                }
                if (pending.isEmpty()) {
                    pendingChanged = gapChanged;
                }
                pending.append(gap);
            }
            if (differs[k] != pendingChanged && !pending.isEmpty()) {
                runs.add(new DiffRun(pending.toString(), pendingChanged));
                pending.setLength(0);
            }
            pendingChanged = differs[k];
            pending.append(plain, token.start(), token.end());
            position = token.end();
        }
        String tail = plain.substring(position);
        if (!tail.isEmpty()) {
            if (pendingChanged && !pending.isEmpty()) {
                runs.add(new DiffRun(pending.toString(), true));
                pending.setLength(0);
            }
            pendingChanged = false;
            pending.append(tail);
        }
        if (!pending.isEmpty()) {
            runs.add(new DiffRun(pending.toString(), pendingChanged));
        }
        return runs;
    }
}
