package org.tarjima.memory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tarjima.base.text.InlineText;
import org.tarjima.base.text.InlineTextJson;
import org.tarjima.translation.TargetState;

import static org.tarjima.memory.TmRepository.array;
import static org.tarjima.memory.TmRepository.doubleArray;
import static org.tarjima.memory.TmRepository.intArray;

/**
 * The TM read: the language pairs, the terms' document frequencies, a lookup's candidates and exact sources, units by
 * id (their plain sources for the first pass, whole for the second), concordance, and every unit of a pair for TMX.
 * What changes the TM is {@link TmRepository}'s.
 */
@Repository
class TmUnitReads {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    TmUnitReads(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Every language pair with units, with its counts (one pass over the units, grouped by the pair index). */
    List<TmPair> pairs() {
        return jdbc.sql("""
                        select source_locale, target_locale, count(*) as units,
                               count(*) filter (where state = 'APPROVED') as approved
                        from tm_unit group by source_locale, target_locale order by source_locale, target_locale""")
                .query((rs, row) -> new TmPair(rs.getString("source_locale"), rs.getString("target_locale"),
                        rs.getInt("units"), rs.getInt("approved"))).list();
    }

    /** How many units a language pair has (through the exact-match index). */
    long unitCount(String sourceLocale, String targetLocale) {
        return jdbc.sql("select count(*) from tm_unit where source_locale = ? and target_locale = ?")
                .params(sourceLocale, targetLocale).query(Long.class).single();
    }

    /** Document frequencies of the terms that have one. */
    Map<Long, Integer> frequencies(Collection<Long> terms) {
        Map<Long, Integer> result = new HashMap<>();
        if (terms.isEmpty()) {
            return result;
        }
        jdbc.sql("select term, df from tm_term_df where term = any(?::bigint[])").param(array(terms))
                .query(rs -> {
                    result.put(rs.getLong(1), rs.getInt(2));
                });
        return result;
    }

    /**
     * The units of a length between {@code minWords} and {@code maxWords} that share the most terms with a query,
     * weighted by rarity and divided by the longer of the two lengths (a rough similarity), reading at most
     * {@code perTerm} postings of each term from the index alone; without the units that cannot reach the minimum
     * score for the words they lack ({@link #CANDIDATES_SQL}).
     */
    List<Long> candidates(TmLookup.Selection selection, int queryWords, int queryTokens, int minWords, int maxWords,
                          int perTerm, int limit) {
        if (selection.terms().isEmpty()) {
            return List.of();
        }
        return jdbc.sql(CANDIDATES_SQL)
                .params(candidatesParameters(selection, queryWords, queryTokens, minWords, maxWords, perTerm, limit))
                .query(Long.class).list();
    }

    static Object[] candidatesParameters(TmLookup.Selection selection, int queryWords, int queryTokens, int minWords,
                                         int maxWords, int perTerm, int limit) {
        return new Object[] {array(selection.terms()), doubleArray(selection.weights()), intArray(selection.unmatchedWithout()),
                TmTerms.lengthFloor(minWords), TmTerms.lengthFloor(maxWords + 1) - 1, perTerm,
                queryTokens, selection.unmatchedWithoutAll(), FuzzyScore.MIN_SCORE, queryTokens, queryWords, limit};
    }

    /**
     * The candidates of a lookup. A unit lacking a word of the query matches none of its tokens, and the score counts
     * at least as many edits as the longer text has tokens beyond those that match; so a unit that lacks too many of
     * the words read in full (those whose postings all fit the budget) cannot reach the minimum score, whatever its
     * order, and is left out before the limit takes the best: 100 × (query tokens − tokens it cannot match) must
     * reach the minimum × the longer length (the unit's in words, at most its length in tokens).
     */
    static final String CANDIDATES_SQL = """
            select p.length_unit & 1099511627775 from unnest(?::bigint[], ?::float8[], ?::int[]) as q(term, weight, words)
            cross join lateral (select length_unit from tm_posting where term = q.term and length_unit between ? and ?
                                order by length_unit desc limit ?) p
            group by p.length_unit
            having 100 * (? - (? - sum(q.words))) >= ? * greatest(?, p.length_unit >> 40)
            order by sum(q.weight) / greatest(?, p.length_unit >> 40) desc, p.length_unit desc
            limit ?""";

    /** Units of the pair whose source is exactly the given one, approved and newest first. */
    List<Long> exact(String sourceLocale, String targetLocale, long sourceHash, int limit) {
        return jdbc.sql("""
                        select id from tm_unit where source_locale = ? and target_locale = ? and source_hash = ?
                        order by (state = 'APPROVED') desc, updated_at desc limit ?""")
                .params(sourceLocale, targetLocale, sourceHash, limit).query(Long.class).list();
    }

    /** Units of the exact sources of a document at once, for pre-translation: by source hash. */
    Map<Long, List<StoredUnit>> exactAll(String sourceLocale, String targetLocale, Collection<Long> sourceHashes) {
        Map<Long, List<StoredUnit>> result = new HashMap<>();
        if (sourceHashes.isEmpty()) {
            return result;
        }
        jdbc.sql(UNIT_SELECT + """
                         where u.source_locale = ? and u.target_locale = ? and u.source_hash = any(?::bigint[])
                        order by (u.state = 'APPROVED') desc, u.updated_at desc, u.id desc""")
                .params(sourceLocale, targetLocale, array(sourceHashes))
                .query(rs -> {
                    StoredUnit unit = storedUnit(rs, 0);
                    result.computeIfAbsent(rs.getLong("source_hash"), h -> new ArrayList<>()).add(unit);
                });
        return result;
    }

    /** What {@link #storedUnit} reads, and where from. */
    private static final String UNIT_COLUMNS = """
            u.id, u.source, u.target, u.state, u.previous_hash, u.next_hash, u.project_id, p.name as project_name,
                   u.document_id, d.name as document_name, u.updated_by, u.updated_at, u.source_hash, u.origin, u.segment_id""";
    private static final String UNIT_FROM = """
            from tm_unit u left join project p on p.id = u.project_id left join document d on d.id = u.document_id
            """;
    private static final String UNIT_SELECT = "select " + UNIT_COLUMNS + "\n" + UNIT_FROM;

    static final String UNITS_SQL = UNIT_SELECT + " where u.id = any(?::bigint[]) and u.source_locale = ? and u.target_locale = ?";

    /** A unit's id and the plain text of its source, as stored: what a lookup's first pass scores. */
    record SourceText(long id, String plain) {
    }

    /**
     * The plain sources of the units with these ids in the pair: no JSON, no names, so that a lookup can rank its few
     * hundred candidates before it reads the few it shows.
     */
    List<SourceText> sourceTexts(String sourceLocale, String targetLocale, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SOURCE_TEXTS_SQL)
                .params(array(ids), sourceLocale, targetLocale)
                .query((rs, row) -> new SourceText(rs.getLong(1), rs.getString(2))).list();
    }

    static final String SOURCE_TEXTS_SQL =
            "select id, source_text from tm_unit where id = any(?::bigint[]) and source_locale = ? and target_locale = ?";

    /** The units with these ids in the pair, in the order of the ids. */
    List<StoredUnit> units(String sourceLocale, String targetLocale, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, StoredUnit> byId = jdbc.sql(UNITS_SQL)
                .params(array(ids), sourceLocale, targetLocale).query(TmUnitReads::storedUnit).list().stream()
                .collect(Collectors.toMap(StoredUnit::id, unit -> unit));
        List<StoredUnit> ordered = new ArrayList<>();
        for (long id : ids) {
            StoredUnit unit = byId.get(id);
            if (unit != null) {
                ordered.add(unit);
            }
        }
        return ordered;
    }

    private static StoredUnit storedUnit(ResultSet rs, int row) throws SQLException {
        return new StoredUnit(rs.getLong("id"), InlineTextJson.read(rs.getString("source")),
                InlineTextJson.read(rs.getString("target")), TargetState.valueOf(rs.getString("state")),
                (Long) rs.getObject("previous_hash"), (Long) rs.getObject("next_hash"), (Long) rs.getObject("project_id"),
                rs.getString("project_name"), (Long) rs.getObject("document_id"), rs.getString("document_name"),
                rs.getString("updated_by"), rs.getTimestamp("updated_at").toInstant(), "TMX".equals(rs.getString("origin")),
                (Long) rs.getObject("segment_id"));
    }

    /**
     * Ids of units of the pair that contain a phrase, longest source first, then newest: the postings of one (the
     * rarest) word drive the scan in index order and each unit's key is checked for the whole phrase, so a page
     * costs what it reads, never the whole TM.
     */
    List<Long> concordance(String sourceLocale, String targetLocale, Long sourceTerm, Long targetTerm, boolean sourceSide,
                           boolean targetSide, String phraseKey, int offset, int limit) {
        List<String> branches = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (sourceTerm != null) {
            branches.add(CONCORDANCE_BRANCH.replace("$key", "source_key"));
            params.addAll(List.of(sourceTerm, sourceLocale, targetLocale, phraseKey, offset + limit));
        }
        if (targetTerm != null) {
            branches.add(CONCORDANCE_BRANCH.replace("$key", "target_key"));
            params.addAll(List.of(targetTerm, sourceLocale, targetLocale, phraseKey, offset + limit));
        }
        // units whose postings are still queued: few, checked directly (their words may not even be counted yet)
        branches.add("""
                (select u.id, greatest(0, length(u.source_key) - length(replace(u.source_key, ' ', '')) - 1)::bigint << 40 | u.id as length_unit
                 from tm_unit u where not u.posted and u.source_locale = ? and u.target_locale = ?
                 and (strpos(u.source_key, ?) > 0 and ? or strpos(u.target_key, ?) > 0 and ?) limit ?)""");
        params.addAll(List.of(sourceLocale, targetLocale, phraseKey, sourceSide, phraseKey, targetSide, offset + limit));
        params.add(limit);
        params.add(offset);
        String sql = "select id from (" + String.join(" union ", branches) + ") hits order by length_unit desc limit ? offset ?";
        return jdbc.sql(sql).params(params).query(Long.class).list();
    }

    private static final String CONCORDANCE_BRANCH = """
            (select u.id, p.length_unit from tm_posting p join tm_unit u on u.id = p.length_unit & 1099511627775
             where p.term = ? and u.source_locale = ? and u.target_locale = ? and strpos(u.$key, ?) > 0
             order by p.length_unit desc limit ?)""";

    /** Every unit of a pair for a TMX export, oldest first, streamed. */
    void forEachUnit(String sourceLocale, String targetLocale, boolean approvedOnly, Consumer<AuthoredUnit> each) {
        template.query(AUTHORED_SELECT + " where u.source_locale = ? and u.target_locale = ?"
                        + (approvedOnly ? " and u.state = 'APPROVED'" : "") + " order by u.id",
                rs -> {
                    StoredUnit unit = storedUnit(rs, 0);
                    Timestamp createdAt = rs.getTimestamp("first_at");
                    Timestamp writtenAt = rs.getTimestamp("written_at");
                    each.accept(new AuthoredUnit(unit,
                            rs.getString("first_by") != null ? rs.getString("first_by") : rs.getString("created_by"),
                            createdAt != null ? createdAt.toInstant() : rs.getTimestamp("created_at").toInstant(),
                            rs.getString("written_by") != null ? rs.getString("written_by") : unit.updatedBy(),
                            writtenAt != null ? writtenAt.toInstant() : unit.updatedAt()));
                }, sourceLocale, targetLocale);
    }

    /**
     * A unit with who wrote it: {@code createdBy}/{@code createdAt} the first translation of its segment into the
     * locale, {@code writtenBy}/{@code writtenAt} the edit that produced the text as it is, whoever approved it later.
     * From the target's history where the unit came from a segment; the unit's own record otherwise (TMX imports).
     */
    record AuthoredUnit(StoredUnit unit, String createdBy, Instant createdAt, String writtenBy, Instant writtenAt) {
    }

    private static final String AUTHORED_SELECT = "select " + UNIT_COLUMNS + """
            , u.created_by, u.created_at, first.changed_by as first_by, first.changed_at as first_at,
                   written.changed_by as written_by, written.changed_at as written_at
            """ + UNIT_FROM + """
            left join target t on t.segment_id = u.segment_id and t.locale = u.target_locale
            left join lateral (select h.changed_by, h.changed_at from target_history h
                               where h.target_id = t.id order by h.version limit 1) first on true
            left join lateral (select h.changed_by, h.changed_at from target_history h
                               where h.target_id = t.id and h.new_text = u.target_text
                                 and h.old_text is distinct from h.new_text
                               order by h.version desc limit 1) written on true
            """;

    /** Targets already stored for these exact sources in the pair, as marker strings by source hash. */
    Map<Long, List<InlineText>> targetsOf(String sourceLocale, String targetLocale, Collection<Long> sourceHashes) {
        Map<Long, List<InlineText>> result = new LinkedHashMap<>();
        if (sourceHashes.isEmpty()) {
            return result;
        }
        jdbc.sql("select source_hash, target from tm_unit where source_locale = ? and target_locale = ? and source_hash = any(?::bigint[])")
                .params(sourceLocale, targetLocale, array(sourceHashes))
                .query(rs -> {
                    result.computeIfAbsent(rs.getLong(1), h -> new ArrayList<>()).add(InlineTextJson.read(rs.getString(2)));
                });
        return result;
    }
}
