package org.tarjima.memory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tarjima.base.text.InlineText;
import org.tarjima.base.text.InlineTextJson;

/** The TM's tables: units, their postings in the inverted index and the terms' document frequencies. */
@Repository
class TmRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TermFrequencies termFrequencies;

    TmRepository(JdbcClient jdbc, JdbcTemplate template, TermFrequencies frequencies) {
        this.jdbc = jdbc;
        this.template = template;
        this.termFrequencies = frequencies;
    }

    /** A segment as the TM sees it: its source, language, place and neighbours. */
    record SegmentInfo(long segmentId, int ordinal, long projectId, long documentId, String sourceLocale, InlineText source,
                       String previousText, String nextText) {
    }

    private static final String SEGMENT_COLUMNS = """
            select s.id, s.ordinal, d.project_id, s.document_id, p.source_locale, s.source,
                   prev.source_text as previous_text, nxt.source_text as next_text
            """;
    private static final String SEGMENT_FROM = """
            from segment s join document d on d.id = s.document_id join project p on p.id = d.project_id
            left join segment prev on prev.document_id = s.document_id and prev.ordinal = s.ordinal - 1
            left join segment nxt on nxt.document_id = s.document_id and nxt.ordinal = s.ordinal + 1
            """;
    private static final String SEGMENT_SELECT = SEGMENT_COLUMNS + SEGMENT_FROM;

    /** What a confirmed target's TM entry needs, read in one query: the segment, and the unit it feeds if there is one. */
    record FeedContext(SegmentInfo segment, Optional<IndexedUnit> unit) {
    }

    Optional<FeedContext> feedContext(long segmentId, String targetLocale) {
        return jdbc.sql(SEGMENT_COLUMNS + """
                        , u.id as unit_id, u.source_locale as unit_source_locale, u.target_locale as unit_target_locale,
                          u.source_key as unit_source_key, u.target_key as unit_target_key, u.posted as unit_posted
                        """ + SEGMENT_FROM + """
                        left join tm_unit u on u.segment_id = s.id and u.target_locale = ?
                        where s.id = ?""")
                .params(targetLocale, segmentId)
                .query((rs, row) -> new FeedContext(segmentInfo(rs, row),
                        rs.getObject("unit_id") == null ? Optional.empty() : Optional.of(indexedUnit(rs, "unit_"))))
                .optional();
    }

    Optional<SegmentInfo> segment(long segmentId) {
        return jdbc.sql(SEGMENT_SELECT + " where s.id = ?").param(segmentId).query(TmRepository::segmentInfo).optional();
    }

    /** Some segments of a document, by id. */
    List<SegmentInfo> segments(long documentId, List<Long> segmentIds) {
        return jdbc.sql(SEGMENT_SELECT + " where s.document_id = ? and s.id = any(?::bigint[])").params(documentId, array(segmentIds))
                .query(TmRepository::segmentInfo).list();
    }

    List<SegmentInfo> segmentsOfDocument(long documentId) {
        return jdbc.sql(SEGMENT_SELECT + " where s.document_id = ? order by s.ordinal").param(documentId)
                .query(TmRepository::segmentInfo).list();
    }

    private static SegmentInfo segmentInfo(ResultSet rs, int row) throws SQLException {
        return new SegmentInfo(rs.getLong("id"), rs.getInt("ordinal"), rs.getLong("project_id"), rs.getLong("document_id"),
                rs.getString("source_locale"), InlineTextJson.read(rs.getString("source")), rs.getString("previous_text"),
                rs.getString("next_text"));
    }

    /**
     * The keys of an indexed unit: enough to recompute its terms; {@code posted}: its postings are in the index (see
     * {@link TmPostingQueue}).
     */
    record IndexedUnit(long id, String sourceLocale, String targetLocale, String sourceKey, String targetKey, boolean posted) {
        Set<Long> terms() {
            return TmTerms.all(sourceLocale, targetLocale, sourceKey, targetKey);
        }

        long posting() {
            return TmTerms.posting(TmTerms.length(sourceKey), id);
        }
    }

    Optional<IndexedUnit> unitOfSegment(long segmentId, String targetLocale) {
        return jdbc.sql("""
                        select id, source_locale, target_locale, source_key, target_key, posted from tm_unit
                        where segment_id = ? and target_locale = ?""")
                .params(segmentId, targetLocale).query(TmRepository::indexedUnit).optional();
    }

    private static IndexedUnit indexedUnit(ResultSet rs, int row) throws SQLException {
        return indexedUnit(rs, "");
    }

    /** An indexed unit from columns named as in {@code tm_unit}, each after {@code prefix} (a join's aliases). */
    private static IndexedUnit indexedUnit(ResultSet rs, String prefix) throws SQLException {
        return new IndexedUnit(rs.getLong(prefix + "id"), rs.getString(prefix + "source_locale"),
                rs.getString(prefix + "target_locale"), rs.getString(prefix + "source_key"), rs.getString(prefix + "target_key"),
                rs.getBoolean(prefix + "posted"));
    }

    /** Inserts units with their postings and counts; ids are taken from the sequence first, in order. */
    List<Long> insert(List<TmUnitData> units) {
        return insert(units, true);
    }

    /**
     * Inserts a unit whose postings and counts {@link TmPostingQueue} writes after the commit; until then lookups
     * find it among the {@link #unposted} units.
     */
    long insertUnposted(TmUnitData unit) {
        // one round trip: the id from the sequence in the statement (a save's path counts its statements)
        return template.query(connection -> {
            java.sql.PreparedStatement statement = connection.prepareStatement(
                    INSERT_UNIT.formatted("nextval('tm_unit_id_seq')") + " returning id");
            bindUnit(statement, 1, unit, false);
            return statement;
        }, (ResultSet rs) -> {
            rs.next();
            return rs.getLong(1);
        });
    }

    private static final String INSERT_UNIT = """
            insert into tm_unit (id, source_locale, target_locale, source, target, source_text, target_text,
                                 source_key, target_key, source_hash, previous_hash, next_hash, state, origin,
                                 segment_id, document_id, project_id, created_at, created_by, updated_at, updated_by,
                                 posted)
            values (%s, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    /** Binds a unit's columns to {@link #INSERT_UNIT}'s placeholders from {@code first} on (after the id's, if any). */
    private static void bindUnit(java.sql.PreparedStatement statement, int first, TmUnitData unit, boolean posted)
            throws SQLException {
        int i = first;
        statement.setString(i++, unit.sourceLocale());
        statement.setString(i++, unit.targetLocale());
        statement.setString(i++, InlineTextJson.write(unit.source()));
        statement.setString(i++, InlineTextJson.write(unit.target()));
        statement.setString(i++, unit.source().plainText());
        statement.setString(i++, unit.target().plainText());
        statement.setString(i++, unit.sourceKey());
        statement.setString(i++, unit.targetKey());
        statement.setLong(i++, unit.sourceHash());
        statement.setObject(i++, unit.previousHash());
        statement.setObject(i++, unit.nextHash());
        statement.setString(i++, unit.state().name());
        statement.setString(i++, unit.origin());
        statement.setObject(i++, unit.segmentId());
        statement.setObject(i++, unit.documentId());
        statement.setObject(i++, unit.projectId());
        statement.setTimestamp(i++, Timestamp.from(unit.at()));
        statement.setString(i++, unit.author());
        statement.setTimestamp(i++, Timestamp.from(unit.at()));
        statement.setString(i++, unit.author());
        statement.setBoolean(i, posted);
    }

    private List<Long> insert(List<TmUnitData> units, boolean withPostings) {
        if (units.isEmpty()) {
            return List.of();
        }
        List<Long> ids = jdbc.sql("select nextval('tm_unit_id_seq') from generate_series(1, ?)").param(units.size())
                .query(Long.class).list();
        template.batchUpdate(INSERT_UNIT.formatted("?"), indexed(units), 1000, (statement, entry) -> {
            statement.setLong(1, ids.get(entry.getKey()));
            bindUnit(statement, 2, entry.getValue(), withPostings);
        });
        if (withPostings) {
            List<IndexedUnit> inserted = new ArrayList<>(units.size());
            for (int k = 0; k < units.size(); k++) {
                TmUnitData unit = units.get(k);
                inserted.add(new IndexedUnit(ids.get(k), unit.sourceLocale(), unit.targetLocale(), unit.sourceKey(),
                        unit.targetKey(), true));
            }
            adjustFrequencies(addPostingsOf(inserted));
        }
        return ids;
    }

    // In the order of the partial index of waiting units, so that it is read from its start and no further: ordered by
    // id alone, the planner walked the primary key through every posted unit (37 ms with 30k units; the whole TM with a
    // million), as the statistics of a just-filled table do not say that almost none waits.
    static final String LOCK_UNPOSTED_SQL = """
            select id, source_locale, target_locale, source_key, target_key, posted from tm_unit
            where not posted order by source_locale, target_locale, id limit ? for update skip locked""";

    /**
     * Locks up to {@code limit} units whose postings are not written yet, by language pair and then oldest first,
     * skipping those another transaction holds (a save still changing one, or another node's queue).
     */
    List<IndexedUnit> lockUnposted(int limit) {
        return jdbc.sql(LOCK_UNPOSTED_SQL).param(limit).query(TmRepository::indexedUnit).list();
    }

    /** Writes the postings and counts of units locked by {@link #lockUnposted} and marks them posted. */
    void post(List<IndexedUnit> units) {
        // counted before the units say they are posted: a lookup only uses terms with a count
        termFrequencies.addInThisTransaction(addPostingsOf(units));
        jdbc.sql("update tm_unit set posted = true where id = any(?::bigint[])")
                .param(array(units.stream().map(IndexedUnit::id).toList())).update();
    }

    /**
     * The newest units of the pair whose postings are not written yet: a lookup scores them as candidates too, so
     * a save's unit is found at once (the queue usually holds a handful).
     */
    List<Long> unposted(String sourceLocale, String targetLocale, int limit) {
        return jdbc.sql("select id from tm_unit where not posted and source_locale = ? and target_locale = ? order by id desc limit ?")
                .params(sourceLocale, targetLocale, limit).query(Long.class).list();
    }

    private static List<Map.Entry<Integer, TmUnitData>> indexed(List<TmUnitData> units) {
        List<Map.Entry<Integer, TmUnitData>> entries = new ArrayList<>(units.size());
        for (int i = 0; i < units.size(); i++) {
            entries.add(Map.entry(i, units.get(i)));
        }
        return entries;
    }

    /** Rewrites a unit fed by a target (new text, state or author) and moves its postings to its new terms. */
    void update(IndexedUnit old, TmUnitData unit) {
        // posted as it is now: the update waits for the posting queue if it holds the unit, and then sees its postings
        boolean posted = jdbc.sql("""
                        update tm_unit set source = ?::jsonb, target = ?::jsonb, source_text = ?, target_text = ?,
                                           source_key = ?, target_key = ?, source_hash = ?, previous_hash = ?, next_hash = ?,
                                           state = ?, document_id = ?, project_id = ?, updated_at = ?, updated_by = ?
                        where id = ? returning posted""")
                .params(InlineTextJson.write(unit.source()), InlineTextJson.write(unit.target()), unit.source().plainText(),
                        unit.target().plainText(), unit.sourceKey(), unit.targetKey(), unit.sourceHash(), unit.previousHash(),
                        unit.nextHash(), unit.state().name(), unit.documentId(), unit.projectId(), Timestamp.from(unit.at()),
                        unit.author(), old.id())
                .query(Boolean.class).optional().orElse(false);
        if (!posted) {
            // the queue posts whatever the keys are when it comes to the unit
            return;
        }
        Set<Long> before = old.terms();
        Set<Long> after = unit.terms();
        long oldPosting = old.posting();
        long newPosting = TmTerms.posting(TmTerms.length(unit.sourceKey()), old.id());
        // A new source length moves every posting; otherwise only the terms that changed move.
        List<Long> removed = before.stream().filter(term -> oldPosting != newPosting || !after.contains(term)).toList();
        List<Long> added = after.stream().filter(term -> oldPosting != newPosting || !before.contains(term)).toList();
        if (!removed.isEmpty()) {
            jdbc.sql("delete from tm_posting where length_unit = ? and term = any(?::bigint[])").params(oldPosting, array(removed))
                    .update();
        }
        addPostings(added, added.stream().map(term -> newPosting).toList());
        Map<Long, Integer> counts = new HashMap<>();
        removed.forEach(term -> counts.put(term, -1));
        added.forEach(term -> counts.put(term, 1));
        adjustFrequencies(counts);
    }

    /** Deletes units with their postings. */
    int delete(List<IndexedUnit> units) {
        if (units.isEmpty()) {
            return 0;
        }
        // which have postings now: locked, so the posting queue cannot post one between this and the delete
        Set<Long> posted = new java.util.HashSet<>(jdbc.sql("select id from tm_unit where id = any(?::bigint[]) and posted for update")
                .param(array(units.stream().map(IndexedUnit::id).toList())).query(Long.class).list());
        Map<Long, Integer> counts = new HashMap<>();
        List<Long> terms = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        for (IndexedUnit unit : units) {
            if (!posted.contains(unit.id())) {
                continue;
            }
            for (long term : unit.terms()) {
                terms.add(term);
                ids.add(unit.posting());
                counts.merge(term, -1, Integer::sum);
            }
        }
        jdbc.sql("""
                        delete from tm_posting p using unnest(?::bigint[], ?::bigint[]) as x(term, length_unit)
                        where p.term = x.term and p.length_unit = x.length_unit""")
                .params(array(terms), array(ids)).update();
        int deleted = jdbc.sql("delete from tm_unit where id = any(?::bigint[])")
                .param(array(units.stream().map(IndexedUnit::id).toList())).update();
        adjustFrequencies(counts);
        return deleted;
    }

    /** A unit's keys and the project it came from (null for TMX or a deleted project). */
    record OwnedUnit(IndexedUnit unit, Long projectId) {
    }

    Optional<OwnedUnit> ownedUnit(long id) {
        return jdbc.sql("select id, source_locale, target_locale, source_key, target_key, posted, project_id from tm_unit where id = ?")
                .param(id).query((rs, row) -> new OwnedUnit(indexedUnit(rs, row), (Long) rs.getObject("project_id")))
                .optional();
    }

    /** The project's units, page by page (keys only). */
    void forEachUnitOfProject(long projectId, int pageSize, Consumer<List<IndexedUnit>> page) {
        long after = 0;
        while (true) {
            List<IndexedUnit> units = jdbc.sql("""
                            select id, source_locale, target_locale, source_key, target_key, posted from tm_unit
                            where project_id = ? and id > ? order by id limit ?""")
                    .params(projectId, after, pageSize).query(TmRepository::indexedUnit).list();
            if (units.isEmpty()) {
                return;
            }
            page.accept(units);
            after = units.get(units.size() - 1).id();
        }
    }

    /** Writes the postings of units' terms; how many of the units have each term (to add to the counts). */
    private Map<Long, Integer> addPostingsOf(List<IndexedUnit> units) {
        List<Long> postingTerms = new ArrayList<>();
        List<Long> postingUnits = new ArrayList<>();
        Map<Long, Integer> counts = new HashMap<>();
        for (IndexedUnit unit : units) {
            long posting = unit.posting();
            for (long term : unit.terms()) {
                postingTerms.add(term);
                postingUnits.add(posting);
                counts.merge(term, 1, Integer::sum);
            }
        }
        addPostings(postingTerms, postingUnits);
        return counts;
    }

    private void addPostings(List<Long> terms, List<Long> postings) {
        if (terms.isEmpty()) {
            return;
        }
        // In index order: a batch of a thousand units touches each term's leaf pages once instead of once a unit
        // (measured: the import's posting inserts took 0.2-0.7 s a thousand units in unit order).
        Integer[] order = new Integer[terms.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, java.util.Comparator.<Integer>comparingLong(terms::get).thenComparingLong(postings::get));
        List<Long> sortedTerms = new ArrayList<>(order.length);
        List<Long> sortedPostings = new ArrayList<>(order.length);
        for (int i : order) {
            sortedTerms.add(terms.get(i));
            sortedPostings.add(postings.get(i));
        }
        terms = sortedTerms;
        postings = sortedPostings;
        jdbc.sql("""
                        insert into tm_posting (term, length_unit) select * from unnest(?::bigint[], ?::bigint[])
                        on conflict do nothing""")
                .params(array(terms), array(postings)).update();
    }

    /** Adds to the terms' document frequencies once the change commits (see {@link TermFrequencies}). */
    private void adjustFrequencies(Map<Long, Integer> deltas) {
        termFrequencies.add(deltas);
    }

    static String array(Collection<Long> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }

    static String intArray(Collection<Integer> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }

    static String doubleArray(Collection<Double> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }
}
