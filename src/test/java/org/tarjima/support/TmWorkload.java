package org.tarjima.support;

import java.io.IOException;
import java.io.Reader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.tarjima.base.text.InlineText;
import org.tarjima.base.text.InlineTextJson;
import org.tarjima.memory.TmTerms;
import org.tarjima.memory.TmText;

/**
 * A large translation memory made up for tests and benchmarks, loaded with COPY: sentences of made-up words
 * drawn from a Zipf distribution over a 40,000-word vocabulary (as in real text, a few words are everywhere and
 * most are rare), with a log-normal length around 14 words (1 to 60), and a target that "translates" every word
 * into a word of another made-up vocabulary. Deterministic for a seed.
 */
public final class TmWorkload {

    private static final String[] SYLLABLES = ("ka ro mun te sa li vo na ber ot ul im pa de zu chi ran mo el ta go "
            + "shu nik ar bo le si tor am pe qu ya ven is ro da").split(" ");
    private static final int VOCABULARY = 40_000;
    private static final double ZIPF = 1.05;

    private final String[] words = new String[VOCABULARY];
    private final String[] translations = new String[VOCABULARY];
    private final double[] cumulative = new double[VOCABULARY];

    public TmWorkload() {
        Random random = new Random(7);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < VOCABULARY; i++) {
            String word;
            do {
                word = word(random, 1 + Math.min(4, i / 400 + random.nextInt(2)));
            } while (!seen.add(word));
            words[i] = word;
            translations[i] = word(random, 2 + random.nextInt(3)) + "ь";
        }
        double sum = 0;
        for (int i = 0; i < VOCABULARY; i++) {
            sum += 1 / Math.pow(i + 1, ZIPF);
            cumulative[i] = sum;
        }
        for (int i = 0; i < VOCABULARY; i++) {
            cumulative[i] /= sum;
        }
    }

    private static String word(Random random, int syllables) {
        StringBuilder word = new StringBuilder();
        for (int s = 0; s < syllables; s++) {
            word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return word.toString();
    }

    /** One sentence pair as word indexes. */
    public record Sentence(int[] words) {
    }

    public Sentence sentence(Random random) {
        int length = (int) Math.round(Math.exp(2.6 + 0.5 * random.nextGaussian()));
        int[] sentence = new int[Math.max(1, Math.min(60, length))];
        for (int i = 0; i < sentence.length; i++) {
            sentence[i] = draw(random);
        }
        return new Sentence(sentence);
    }

    private int draw(Random random) {
        int index = java.util.Arrays.binarySearch(cumulative, random.nextDouble());
        return Math.min(VOCABULARY - 1, index < 0 ? -index - 1 : index);
    }

    /** A close variant of a sentence: {@code edits} words replaced, inserted or deleted. */
    public Sentence variant(Sentence original, int edits, Random random) {
        List<Integer> words = new ArrayList<>();
        for (int word : original.words()) {
            words.add(word);
        }
        for (int e = 0; e < edits; e++) {
            int at = random.nextInt(words.size() + 1);
            int kind = random.nextInt(3);
            if (kind == 0 && at < words.size()) {
                words.set(at, draw(random));
            } else if (kind == 1 || words.size() < 2) {
                words.add(at, draw(random));
            } else if (at < words.size()) {
                words.remove(at);
            }
        }
        return new Sentence(words.stream().mapToInt(Integer::intValue).toArray());
    }

    /** A word of the source vocabulary by rank (0 is the commonest), as the sentences spell it. */
    public String word(int rank) {
        return words[rank];
    }

    /** The target vocabulary's "translation" of a word. */
    public String translation(int rank) {
        return translations[rank];
    }

    public String source(Sentence sentence) {
        return text(sentence, i -> words[i]);
    }

    public String target(Sentence sentence) {
        return text(sentence, i -> translations[i]);
    }

    private static String text(Sentence sentence, Function<Integer, String> vocabulary) {
        StringBuilder text = new StringBuilder();
        int[] w = sentence.words();
        for (int i = 0; i < w.length; i++) {
            String word = vocabulary.apply(w[i]);
            text.append(i == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
            text.append(i + 1 < w.length ? (i % 9 == 8 ? ", " : " ") : ".");
        }
        return text.toString();
    }

    /**
     * Loads {@code count} generated units (seeded) into a language pair no unit uses yet, with COPY: units, then
     * their postings sorted by term (so the B-tree grows at its right edge instead of everywhere at once), then the
     * terms' document frequencies counted while the postings are written; then VACUUM ANALYZE, so the planner
     * knows the new sizes and the postings are readable from the index alone.
     *
     * @return the generated sentences, in id order
     */
    public List<Sentence> load(DataSource dataSource, String sourceLocale, String targetLocale, int count, long seed) {
        List<Sentence> sentences = sentences(count, seed);
        try (Connection connection = dataSource.getConnection()) {
            long first;
            try (var statement = connection.createStatement();
                 var rs = statement.executeQuery("select setval('tm_unit_id_seq', nextval('tm_unit_id_seq') + " + (count - 1) + ")")) {
                rs.next();
                first = rs.getLong(1) - count + 1;
            }
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            long t0 = System.nanoTime();
            Postings postings = new Postings(count * 48);
            copy.copyIn("copy tm_unit (id, source_locale, target_locale, source, target, source_text, target_text, source_key,"
                    + " target_key, source_hash, state, origin, created_at, created_by, updated_at, updated_by) from stdin",
                    rows(count, (i, out) -> {
                        String source = source(sentences.get(i));
                        String target = target(sentences.get(i));
                        String sourceKey = TmText.key(TmText.tokens(source));
                        String targetKey = TmText.key(TmText.tokens(target));
                        long posting = TmTerms.posting(TmTerms.length(sourceKey), first + i);
                        for (long term : TmTerms.all(sourceLocale, targetLocale, sourceKey, targetKey)) {
                            postings.add(term, posting);
                        }
                        out.append(first + i).append('\t').append(sourceLocale).append('\t').append(targetLocale).append('\t')
                                .append(escape(InlineTextJson.write(InlineText.of(source)))).append('\t')
                                .append(escape(InlineTextJson.write(InlineText.of(target)))).append('\t')
                                .append(escape(source)).append('\t').append(escape(target)).append('\t')
                                .append(escape(sourceKey)).append('\t').append(escape(targetKey)).append('\t')
                                .append(TmText.exactHash(InlineText.of(source))).append('\t')
                                .append(i % 3 == 0 ? "APPROVED" : "TRANSLATED").append("\tTMX\t2026-01-01 00:00:00+00\tbench\t")
                                .append("2026-01-01 00:00:00+00\tbench\n");
                    }));
            long t1 = System.nanoTime();
            postings.sort();
            copy.copyIn("copy tm_posting (term, length_unit) from stdin", rows(postings.size, (i, out) ->
                    out.append(postings.terms[i]).append('\t').append(postings.units[i]).append('\n')));
            long t2 = System.nanoTime();
            // Document frequencies are the lengths of the runs of equal terms; the pair is new, so no term has one yet.
            List<long[]> runs = postings.runs();
            copy.copyIn("copy tm_term_df (term, df) from stdin", rows(runs.size(), (i, out) ->
                    out.append(runs.get(i)[0]).append('\t').append(runs.get(i)[1]).append('\n')));
            long t3 = System.nanoTime();
            try (var statement = connection.createStatement()) {
                statement.execute("vacuum analyze tm_unit");
                statement.execute("vacuum analyze tm_posting");
                statement.execute("analyze tm_term_df");
            }
            System.out.printf("units %.1f s, postings (%,d) %.1f s, df %.1f s, vacuum analyze %.1f s%n", (t1 - t0) / 1e9,
                    postings.size, (t2 - t1) / 1e9, (t3 - t2) / 1e9, (System.nanoTime() - t3) / 1e9);
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("bulk load failed: " + e.getMessage(), e);
        }
        return sentences;
    }

    /** The sentences {@link #load} stores for a count and seed, in id order, without loading them. */
    public List<Sentence> sentences(int count, long seed) {
        Random random = new Random(seed);
        List<Sentence> sentences = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            sentences.add(sentence(random));
        }
        return sentences;
    }

    /**
     * {@link #load}, unless the pair already holds exactly this workload (as many units as asked, written by a load,
     * the first and last with this seed's first and last sentence): then the sentences are only generated again.
     * Benchmarks of one run share the TM this way (a million units take minutes to load). A pair holding another
     * workload is refused, since {@link #load} needs a pair no unit uses yet.
     */
    public List<Sentence> loadOnce(DataSource dataSource, String sourceLocale, String targetLocale, int count, long seed) {
        List<Sentence> sentences = sentences(count, seed);
        String loaded = "select count(*), min(id), max(id) from tm_unit where source_locale = ? and target_locale = ?"
                + " and created_by = 'bench'";
        try (Connection connection = dataSource.getConnection();
             var statement = connection.prepareStatement(loaded)) {
            statement.setString(1, sourceLocale);
            statement.setString(2, targetLocale);
            long units;
            long first;
            long last;
            try (var rs = statement.executeQuery()) {
                rs.next();
                units = rs.getLong(1);
                first = rs.getLong(2);
                last = rs.getLong(3);
            }
            if (units == 0) {
                List<Sentence> loadedNow = load(dataSource, sourceLocale, targetLocale, count, seed);
                // A benchmark measures the TM as it is in use, not while the server writes out what it just took in:
                // the buffers the load left dirty are written now rather than by a checkpoint spread over the first
                // minutes of measuring (measured at 1M units: 2.3 s, so it had been a small part).
                long checkpoint = System.nanoTime();
                try (var checkpointStatement = connection.createStatement()) {
                    checkpointStatement.execute("checkpoint");
                }
                System.out.printf("checkpoint after the load %.1f s%n", (System.nanoTime() - checkpoint) / 1e9);
                return loadedNow;
            }
            if (units == count && source(connection, first).equals(source(sentences.get(0)))
                    && source(connection, last).equals(source(sentences.get(count - 1)))) {
                System.out.printf("the TM %s→%s already holds these %,d units: not loaded again%n", sourceLocale, targetLocale, count);
                return sentences;
            }
            throw new IllegalStateException("the TM " + sourceLocale + "→" + targetLocale + " holds " + units
                    + " other generated units; use a fresh test database");
        } catch (SQLException e) {
            throw new IllegalStateException("could not look at the TM: " + e.getMessage(), e);
        }
    }

    /** How many units {@link #load} wrote into the pair (0 when it holds none). */
    public static long loadedUnits(DataSource dataSource, String sourceLocale, String targetLocale) {
        try (Connection connection = dataSource.getConnection();
             var statement = connection.prepareStatement("select count(*) from tm_unit where source_locale = ? and target_locale = ?"
                     + " and created_by = 'bench'")) {
            statement.setString(1, sourceLocale);
            statement.setString(2, targetLocale);
            try (var rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not look at the TM: " + e.getMessage(), e);
        }
    }

    private static String source(Connection connection, long unitId) throws SQLException {
        try (var statement = connection.prepareStatement("select source_text from tm_unit where id = ?")) {
            statement.setLong(1, unitId);
            try (var rs = statement.executeQuery()) {
                return rs.next() ? rs.getString(1) : "";
            }
        }
    }

    /** Postings as two parallel primitive arrays: tens of millions of them fit a benchmark's heap. */
    private static final class Postings {
        long[] terms;
        long[] units;
        int size;

        Postings(int capacity) {
            terms = new long[capacity];
            units = new long[capacity];
        }

        void add(long term, long unit) {
            if (size == terms.length) {
                terms = java.util.Arrays.copyOf(terms, size * 3 / 2);
                units = java.util.Arrays.copyOf(units, size * 3 / 2);
            }
            terms[size] = term;
            units[size++] = unit;
        }

        void sort() {
            sort(0, size - 1);
        }

        private void sort(int low, int high) {
            while (high - low > 16) {
                int middle = low + (high - low) / 2;
                long pivotTerm = terms[middle];
                long pivotUnit = units[middle];
                int i = low;
                int j = high;
                while (i <= j) {
                    while (less(terms[i], units[i], pivotTerm, pivotUnit)) {
                        i++;
                    }
                    while (less(pivotTerm, pivotUnit, terms[j], units[j])) {
                        j--;
                    }
                    if (i <= j) {
                        swap(i++, j--);
                    }
                }
                if (j - low < high - i) {
                    sort(low, j);
                    low = i;
                } else {
                    sort(i, high);
                    high = j;
                }
            }
            for (int i = low + 1; i <= high; i++) {
                for (int j = i; j > low && less(terms[j], units[j], terms[j - 1], units[j - 1]); j--) {
                    swap(j, j - 1);
                }
            }
        }

        private static boolean less(long termA, long unitA, long termB, long unitB) {
            return termA < termB || (termA == termB && unitA < unitB);
        }

        private void swap(int a, int b) {
            long term = terms[a];
            terms[a] = terms[b];
            terms[b] = term;
            long unit = units[a];
            units[a] = units[b];
            units[b] = unit;
        }

        List<long[]> runs() {
            List<long[]> runs = new ArrayList<>();
            for (int i = 0; i < size; ) {
                int j = i;
                while (j < size && terms[j] == terms[i]) {
                    j++;
                }
                runs.add(new long[] {terms[i], j - i});
                i = j;
            }
            return runs;
        }
    }

    private interface RowWriter {
        void write(int index, StringBuilder out);
    }

    /** COPY's input, produced a batch of rows at a time. */
    private static Reader rows(int count, RowWriter writer) {
        return new Reader() {
            private int next;
            private final StringBuilder buffer = new StringBuilder();
            private int position;

            @Override
            public int read(char[] target, int offset, int length) {
                while (position >= buffer.length()) {
                    if (next >= count) {
                        return -1;
                    }
                    buffer.setLength(0);
                    position = 0;
                    for (int end = Math.min(count, next + 1000); next < end; next++) {
                        writer.write(next, buffer);
                    }
                }
                int n = Math.min(length, buffer.length() - position);
                buffer.getChars(position, position + n, target, offset);
                position += n;
                return n;
            }

            @Override
            public void close() {
            }
        };
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }
}
