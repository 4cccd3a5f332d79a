package org.tarjima.translation.ui;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;

/**
 * The difference between two texts by word (ICU word boundaries, so Cyrillic, Latin and punctuation split the
 * way a reader sees them), as runs of kept, removed and inserted text: what a reviewer scans in a history entry.
 */
final class TextDiff {

    enum Kind { SAME, REMOVED, INSERTED }

    record Run(Kind kind, String text) {
    }

    /** Longer texts are compared as a whole (one removed, one inserted run): the table would grow quadratically. */
    static final int MAX_TOKENS = 2000;

    private TextDiff() {
    }

    static List<Run> between(String before, String after, String locale) {
        List<String> a = tokens(before == null ? "" : before, locale);
        List<String> b = tokens(after == null ? "" : after, locale);
        if (a.size() > MAX_TOKENS || b.size() > MAX_TOKENS) {
            List<Run> whole = new ArrayList<>();
            add(whole, Kind.REMOVED, before == null ? "" : before);
            add(whole, Kind.INSERTED, after == null ? "" : after);
            return whole;
        }
        // Longest common subsequence from the end, then one walk from the start.
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Run> runs = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            if (a.get(i).equals(b.get(j))) {
                add(runs, Kind.SAME, a.get(i++));
                j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                add(runs, Kind.REMOVED, a.get(i++));
            } else {
                add(runs, Kind.INSERTED, b.get(j++));
            }
        }
        while (i < a.size()) {
            add(runs, Kind.REMOVED, a.get(i++));
        }
        while (j < b.size()) {
            add(runs, Kind.INSERTED, b.get(j++));
        }
        return runs;
    }

    private static void add(List<Run> runs, Kind kind, String text) {
        if (text.isEmpty()) {
            return;
        }
        if (!runs.isEmpty() && runs.get(runs.size() - 1).kind() == kind) {
            Run last = runs.remove(runs.size() - 1);
            runs.add(new Run(kind, last.text() + text));
        } else {
            runs.add(new Run(kind, text));
        }
    }

    private static List<String> tokens(String text, String locale) {
        BreakIterator words = BreakIterator.getWordInstance(ULocale.forLanguageTag(locale));
        words.setText(text);
        List<String> tokens = new ArrayList<>();
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            tokens.add(text.substring(start, end));
        }
        return tokens;
    }
}
