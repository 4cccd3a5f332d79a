package org.tarjima.translation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tarjima.base.db.CopyRows;
import org.tarjima.base.db.FreshStatistics;
import org.tarjima.base.text.InlineText;
import org.tarjima.base.text.InlineTextJson;
import org.tarjima.project.RepetitionsMode;

@Repository
class TargetRepository {

    private final JdbcClient jdbc;
    private final org.springframework.jdbc.core.JdbcTemplate template;
    private final FreshStatistics statistics;

    TargetRepository(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate template, FreshStatistics statistics) {
        this.jdbc = jdbc;
        this.template = template;
        this.statistics = statistics;
    }

    /** The segment's document and source, and whether its project translates into {@code locale}. */
    record SegmentContext(long projectId, long documentId, InlineText source, boolean localeOfProject) {
    }

    Optional<SegmentContext> segmentContext(long segmentId, String locale) {
        return jdbc.sql("""
                        select d.project_id, s.document_id, s.source,
                               exists(select 1 from project_target_locale l
                                      where l.project_id = d.project_id and l.locale = ?) as locale_of_project
                        from segment s join document d on d.id = s.document_id where s.id = ?""")
                .params(locale, segmentId)
                .query((rs, row) -> new SegmentContext(rs.getLong("project_id"), rs.getLong("document_id"),
                        InlineTextJson.read(rs.getString("source")), rs.getBoolean("locale_of_project")))
                .optional();
    }

    /**
     * What a save needs before it writes: the segment's context, its stored target in the locale, if any, and the
     * project's rules for what a confirm sets off (read here so that the save needs no round trip for them).
     */
    record EditContext(SegmentContext segment, Optional<TargetSnapshot> target, ProjectRules rules) {
    }

    /**
     * {@link #segmentContext}, {@link #find} and the project's repetitions setting and the locales derived from
     * {@code locale} (linked script variants) in one round trip: a save is on the editor's hot path, and these were
     * three more statements of every save.
     */
    Optional<EditContext> editContext(long segmentId, String locale) {
        return jdbc.sql("""
                        select d.project_id, s.document_id, s.source,
                               exists(select 1 from project_target_locale l
                                      where l.project_id = d.project_id and l.locale = :locale) as locale_of_project,
                               p.repetitions,
                               array(select k.locale from linked_locale k
                                     where k.project_id = d.project_id and k.base_locale = :locale
                                     order by k.locale) as derived_locales,
                               t.segment_id, t.locale, t.content, t.state, t.version, t.updated_by, t.updated_at
                        from segment s join document d on d.id = s.document_id join project p on p.id = d.project_id
                        left join target t on t.segment_id = s.id and t.locale = :locale
                        where s.id = :segment""")
                .param("locale", locale).param("segment", segmentId)
                .query((rs, row) -> new EditContext(new SegmentContext(rs.getLong("project_id"), rs.getLong("document_id"),
                        InlineTextJson.read(rs.getString("source")), rs.getBoolean("locale_of_project")),
                        rs.getObject("segment_id") == null ? Optional.empty() : Optional.of(snapshot(rs, row)),
                        new ProjectRules(RepetitionsMode.valueOf(rs.getString("repetitions")),
                                List.of((String[]) rs.getArray("derived_locales").getArray()))))
                .optional();
    }

    /** A segment elsewhere in the project with exactly the same source (text and codes) as the given one. */
    record Repetition(long segmentId, long documentId, int version) {
    }

    static final String UNCONFIRMED_REPETITIONS_SQL = """
            with me as (select s.id, s.source_text, s.source, d.project_id
                        from segment s join document d on d.id = s.document_id where s.id = ?),
                 same as materialized (select s.id, s.document_id, s.ordinal, s.source from segment s
                                       where s.source_text = (select source_text from me))
            select same.id, same.document_id, coalesce(t.version, 0) as version
            from same
            join me on same.source = me.source and same.id <> me.id
            join document d on d.id = same.document_id and d.project_id = me.project_id
            left join target t on t.segment_id = same.id and t.locale = ?
            where coalesce(t.state, 'NEW') in ('NEW', 'DRAFT')
            order by same.document_id, same.ordinal""";

    /**
     * The repetitions of a segment in its project whose target in the locale is not confirmed (NEW or DRAFT). The
     * segments with the same text are found first, on their own, through the hash index on the text: joined in one
     * go, the planner (without statistics of the text, which a bulk import does not analyze) read every segment of
     * the project's documents instead, 87 ms for a 100k-segment document against 0.5 ms.
     */
    List<Repetition> unconfirmedRepetitions(long segmentId, String locale) {
        return jdbc.sql(UNCONFIRMED_REPETITIONS_SQL)
                .params(segmentId, locale)
                .query((rs, row) -> new Repetition(rs.getLong("id"), rs.getLong("document_id"), rs.getInt("version")))
                .list();
    }

    /** Who wrote the target's current text, if anyone has. */
    Optional<String> textAuthor(long segmentId, String locale) {
        return jdbc.sql("select text_by from target where segment_id = ? and locale = ?")
                .params(segmentId, locale).query(String.class).optional();
    }

    /**
     * The document's project, with the document held ({@code for key share}) until the transaction ends: it cannot be
     * deleted meanwhile, nor its segments with it, which is what lets an arrival copy targets without checking each
     * one's segment key ({@link org.tarjima.base.db.CopyRows#intoNewRowsOfThisTransaction}).
     */
    Optional<Long> projectOfDocumentHeld(long documentId) {
        return jdbc.sql("select project_id from document where id = ? for key share").param(documentId).query(Long.class)
                .optional();
    }

    Optional<Long> projectOfDocument(long documentId) {
        return jdbc.sql("select project_id from document where id = ?").param(documentId).query(Long.class).optional();
    }

    Optional<Long> documentOf(long segmentId) {
        return jdbc.sql("select document_id from segment where id = ?").param(segmentId).query(Long.class).optional();
    }

    Optional<InlineText> source(long segmentId) {
        return jdbc.sql("select source from segment where id = ?").param(segmentId)
                .query((rs, row) -> InlineTextJson.read(rs.getString(1))).optional();
    }

    Optional<TargetSnapshot> find(long segmentId, String locale) {
        return jdbc.sql("""
                        select segment_id, locale, content, state, version, updated_by, updated_at
                        from target where segment_id = ? and locale = ?""")
                .params(segmentId, locale).query(TargetRepository::snapshot).optional();
    }

    /**
     * Writes the next version of a target and its history row in one statement: version 1 when {@code before} is
     * untouched (nothing when another writer created it first), otherwise a compare-and-set on the version the
     * writer started from. False when someone else's write came first; then neither row is written.
     */
    boolean writeWithHistory(long documentId, TargetSnapshot before, TargetSnapshot after, Origin origin) {
        boolean existed = before.version() > 0;
        String content = InlineTextJson.write(after.content());
        String write = existed ? """
                update target set content = :content::jsonb, text = :text, state = :state, version = version + 1,
                                  updated_at = :at, updated_by = :by,
                                  text_by = case when content = :content::jsonb then text_by else :by end
                where segment_id = :segment and locale = :locale and version = :expected returning id"""
                : """
                insert into target (segment_id, document_id, locale, content, text, state, version, updated_at, updated_by,
                                    text_by)
                values (:segment, :document, :locale, :content::jsonb, :text, :state, 1, :at, :by, :by)
                on conflict (segment_id, locale) do nothing returning id""";
        return !jdbc.sql("with written as (" + write + """
                        )
                        insert into target_history (target_id, version, changed_at, changed_by, origin, old_content,
                                                    new_content, old_text, new_text, old_state, new_state)
                        select id, :version, :at, :by, :origin, :old_content::jsonb, :content::jsonb, :old_text, :text,
                               :old_state, :state from written
                        returning target_id""")
                .param("content", content).param("text", after.content().plainText()).param("state", after.state().name())
                .param("at", Timestamp.from(after.updatedAt())).param("by", after.updatedBy())
                .param("segment", after.segmentId()).param("locale", after.locale()).param("expected", before.version())
                .param("document", documentId).param("version", after.version()).param("origin", origin.name())
                .param("old_content", existed ? InlineTextJson.write(before.content()) : null, java.sql.Types.VARCHAR)
                .param("old_text", existed ? before.content().plainText() : null, java.sql.Types.VARCHAR)
                .param("old_state", before.state().name())
                .query(Long.class).list().isEmpty();
    }

    /**
     * Version 1 of many targets at once, for a document that has none yet, and their history rows, with COPY: an
     * import of a new document pays neither a round trip nor a statement per target. Ids are taken from the
     * sequences first, so the history rows need nothing read back. The keys are not checked row by row: the history
     * rows reference the targets of this statement, and the targets segments of a document the arrival holds, which
     * {@link TargetArrival#finish()} checks once for all.
     */
    void copyFirstVersions(long documentId, String locale, List<Long> segmentIds, List<PreparedTarget> targets, Origin origin,
                           String user, Instant at) {
        if (targets.isEmpty()) {
            return;
        }
        List<Long> ids = jdbc.sql("select nextval('target_id_seq') from generate_series(1, ?)").param(targets.size())
                .query(Long.class).list();
        CopyRows rows = new CopyRows();
        CopyRows history = new CopyRows();
        for (int i = 0; i < targets.size(); i++) {
            PreparedTarget target = targets.get(i);
            rows.add(ids.get(i), segmentIds.get(i), documentId, locale, target.json, target.text, target.state.name(), 1,
                    at, user, user);
            history.add(ids.get(i), 1, at, user, origin.name(), target.json, target.text, "NEW", target.state.name());
        }
        rows.intoNewRowsOfThisTransaction(template, "target", List.of("id", "segment_id", "document_id", "locale", "content", "text", "state",
                "version", "updated_at", "updated_by", "text_by"));
        history.intoNewRowsOfThisTransaction(template, "target_history", List.of("target_id", "version", "changed_at", "changed_by", "origin",
                "new_content", "new_text", "old_state", "new_state"));
    }

    /**
     * Whether a target of the document in the locale belongs to a segment of another document, or to none (its key was
     * not checked as it was copied): checked once after a bulk arrival, with fresh statistics (checked per batch, before
     * them, the planner scanned the segment table).
     */
    boolean hasTargetOutsideDocument(long documentId, String locale) {
        return jdbc.sql("""
                        select exists(select 1 from target t left join segment s on s.id = t.segment_id
                                      where t.document_id = ? and t.locale = ?
                                        and (s.id is null or s.document_id <> t.document_id))""")
                .params(documentId, locale).query(Boolean.class).single();
    }

    boolean isLocaleOfProject(long projectId, String locale) {
        return jdbc.sql("select exists(select 1 from project_target_locale where project_id = ? and locale = ?)")
                .params(projectId, locale).query(Boolean.class).single();
    }

    /** After a bulk insert, the planner's statistics of the editor's and the TM's joins are freshened after the commit. */
    void refreshStatistics(int inserted) {
        statistics.afterBulkInsert("target", List.of("segment_id", "document_id", "locale", "state"), inserted);
        statistics.afterBulkInsert("target_history", List.of("target_id"), inserted);
    }

    List<HistoryEntry> history(long segmentId, String locale) {
        return jdbc.sql("""
                        select h.version, h.changed_at, h.changed_by, h.origin, h.old_content, h.new_content,
                               h.old_state, h.new_state,
                               exists(select 1 from sign_off_event e
                                      where e.action = 'REVOKED' and e.segment_id = t.segment_id and e.locale = t.locale
                                        and e.target_version = h.version) as revoked_sign_off
                        from target_history h join target t on t.id = h.target_id
                        where t.segment_id = ? and t.locale = ? order by h.version""")
                .params(segmentId, locale)
                .query((rs, row) -> new HistoryEntry(rs.getInt("version"), rs.getTimestamp("changed_at").toInstant(),
                        rs.getString("changed_by"), Origin.valueOf(rs.getString("origin")),
                        InlineTextJson.read(rs.getString("old_content")), InlineTextJson.read(rs.getString("new_content")),
                        TargetState.valueOf(rs.getString("old_state")), TargetState.valueOf(rs.getString("new_state")),
                        rs.getBoolean("revoked_sign_off")))
                .list();
    }

    Optional<SegmentRow> row(long segmentId, String locale) {
        return jdbc.sql(ROW_SELECT + " where s.id = :segment").param("locale", locale).param("segment", segmentId)
                .query(TargetRepository::row).optional();
    }

    private static final String ROW_SELECT = """
            select s.id, s.ordinal, s.source, s.word_count, s.notes, t.content, coalesce(t.state, 'NEW') as state,
                   coalesce(t.version, 0) as version
            from segment s left join target t on t.segment_id = s.id and t.locale = :locale
            """;

    /**
     * A page of rows. Unfiltered pages use the dense ordinals as a range (constant cost wherever the
     * page is); filtered pages need an offset over the matching rows.
     */
    List<SegmentRow> page(long documentId, String locale, StateFilter filter, int offset, int limit) {
        if (filter == StateFilter.ALL) {
            return jdbc.sql(ROW_SELECT + " where s.document_id = :document and s.ordinal > :from and s.ordinal <= :to order by s.ordinal")
                    .param("locale", locale).param("document", documentId)
                    .param("from", offset).param("to", offset + limit)
                    .query(TargetRepository::row).list();
        }
        return jdbc.sql(ROW_SELECT + " where s.document_id = :document and coalesce(t.state, 'NEW') in (:states)"
                        + " order by s.ordinal offset :offset limit :limit")
                .param("locale", locale).param("document", documentId).param("states", stateNames(filter))
                .param("offset", offset).param("limit", limit)
                .query(TargetRepository::row).list();
    }

    /** The first row after the ordinal whose state is one of these, in document order. */
    Optional<SegmentRow> firstAfter(long documentId, String locale, java.util.Collection<TargetState> states, int afterOrdinal) {
        return jdbc.sql(ROW_SELECT + " where s.document_id = :document and s.ordinal > :after"
                        + " and coalesce(t.state, 'NEW') in (:states) order by s.ordinal limit 1")
                .param("locale", locale).param("document", documentId).param("after", afterOrdinal)
                .param("states", states.stream().map(Enum::name).toList())
                .query(TargetRepository::row).optional();
    }

    /**
     * Every target of the document in the locale whose state is one of these, with its segment's ordinal: only what
     * a translated document needs (no source, notes or NEW rows), in one pass.
     */
    void forEachTargetIn(long documentId, String locale, java.util.Collection<TargetState> states,
                         TranslationService.TargetVisitor visitor) {
        jdbc.sql("""
                        select s.ordinal, s.id, t.content from target t join segment s on s.id = t.segment_id
                        where t.document_id = :document and t.locale = :locale and t.state in (:states)""")
                .param("document", documentId).param("locale", locale)
                .param("states", states.stream().map(Enum::name).toList())
                .query((RowCallbackHandler) rs -> visitor.visit(rs.getInt(1), rs.getLong(2), InlineTextJson.read(rs.getString(3))));
    }

    /** What a search looks at in each row. */
    interface TextVisitor {
        void visit(int ordinal, String source, String target);
    }

    /** The source and target text of every row that passes the filter, in document order. */
    void forEachText(long documentId, String locale, StateFilter filter, TextVisitor visitor) {
        jdbc.sql("""
                        select s.ordinal, s.source_text, t.text
                        from segment s left join target t on t.segment_id = s.id and t.locale = :locale
                        where s.document_id = :document and coalesce(t.state, 'NEW') in (:states)
                        order by s.ordinal""")
                .param("locale", locale).param("document", documentId).param("states", stateNames(filter))
                .query(rs -> {
                    visitor.visit(rs.getInt(1), rs.getString(2), rs.getString(3));
                });
    }

    List<SegmentRow> rows(long documentId, String locale, List<Integer> ordinals) {
        return jdbc.sql(ROW_SELECT + " where s.document_id = :document and s.ordinal in (:ordinals) order by s.ordinal")
                .param("locale", locale).param("document", documentId).param("ordinals", ordinals)
                .query(TargetRepository::row).list();
    }

    int count(long documentId, String locale, StateFilter filter) {
        return jdbc.sql("""
                        select count(*) from segment s left join target t on t.segment_id = s.id and t.locale = :locale
                        where s.document_id = :document and coalesce(t.state, 'NEW') in (:states)""")
                .param("locale", locale).param("document", documentId).param("states", stateNames(filter))
                .query(Integer.class).single();
    }

    /** Position (0-based) of a segment among the rows that pass the filter, if it passes. */
    Optional<Integer> indexOf(long documentId, String locale, StateFilter filter, int ordinal) {
        return jdbc.sql("""
                        select count(*) from segment s left join target t on t.segment_id = s.id and t.locale = :locale
                        where s.document_id = :document and coalesce(t.state, 'NEW') in (:states) and s.ordinal < :ordinal""")
                .param("locale", locale).param("document", documentId).param("states", stateNames(filter))
                .param("ordinal", ordinal)
                .query(Integer.class).optional();
    }

    /**
     * Segments and words per state and locale for one document. Only written targets are grouped;
     * the rest of the document is NEW, so the caller adds it from the document's totals.
     */
    Map<String, LocaleProgress> writtenProgress(long documentId) {
        return writtenProgress("""
                select t.locale, t.state, count(*) as segments, coalesce(sum(s.word_count), 0) as words
                from target t join segment s on s.id = t.segment_id
                where t.document_id = ? group by t.locale, t.state""", documentId);
    }

    /** The same over all documents of a project. */
    Map<String, LocaleProgress> writtenProgressOfProject(long projectId) {
        return writtenProgress("""
                select t.locale, t.state, count(*) as segments, coalesce(sum(s.word_count), 0) as words
                from target t join segment s on s.id = t.segment_id join document d on d.id = t.document_id
                where d.project_id = ? group by t.locale, t.state""", projectId);
    }

    private Map<String, LocaleProgress> writtenProgress(String sql, long id) {
        Map<String, LocaleProgress> result = new LinkedHashMap<>();
        jdbc.sql(sql)
                .param(id)
                .query(rs -> {
                    String locale = rs.getString("locale");
                    LocaleProgress progress = result.computeIfAbsent(locale, l -> new LocaleProgress(l,
                            new EnumMap<>(TargetState.class), new EnumMap<>(TargetState.class)));
                    TargetState state = TargetState.valueOf(rs.getString("state"));
                    progress.segments().merge(state, rs.getInt("segments"), Integer::sum);
                    progress.words().merge(state, rs.getInt("words"), Integer::sum);
                });
        return result;
    }

    record DocumentTotals(int segments, int words) {
    }

    DocumentTotals totalsOfProject(long projectId) {
        return jdbc.sql("select coalesce(sum(segment_count), 0), coalesce(sum(word_count), 0) from document where project_id = ?")
                .param(projectId).query((rs, row) -> new DocumentTotals(rs.getInt(1), rs.getInt(2))).single();
    }

    DocumentTotals totals(long documentId) {
        return jdbc.sql("select segment_count, word_count from document where id = ?").param(documentId)
                .query((rs, row) -> new DocumentTotals(rs.getInt(1), rs.getInt(2))).single();
    }

    private static List<String> stateNames(StateFilter filter) {
        return filter.states().stream().map(Enum::name).toList();
    }

    private static SegmentRow row(ResultSet rs, int row) throws SQLException {
        return new SegmentRow(rs.getLong("id"), rs.getInt("ordinal"), InlineTextJson.read(rs.getString("source")),
                InlineTextJson.read(rs.getString("content")), TargetState.valueOf(rs.getString("state")),
                rs.getInt("version"), rs.getInt("word_count"), InlineTextJson.readNotes(rs.getString("notes")));
    }

    private static TargetSnapshot snapshot(ResultSet rs, int row) throws SQLException {
        Timestamp updated = rs.getTimestamp("updated_at");
        return new TargetSnapshot(rs.getLong("segment_id"), rs.getString("locale"),
                InlineTextJson.read(rs.getString("content")), TargetState.valueOf(rs.getString("state")),
                rs.getInt("version"), rs.getString("updated_by"), updated == null ? null : updated.toInstant());
    }


    /**
     * Whether the target's text was changed by anything but a derivation since its last derivation (origin
     * TRANSLITERATION): a person's edit, an import, a TM insert. A target never derived and never written is not.
     */
    boolean editedSinceDerivation(long segmentId, String locale) {
        return jdbc.sql("""
                        select exists(
                            select 1 from target t join target_history h on h.target_id = t.id
                            where t.segment_id = ? and t.locale = ? and h.origin <> 'TRANSLITERATION'
                              and h.new_content is distinct from h.old_content
                              and h.version > coalesce((select max(d.version) from target_history d
                                                        where d.target_id = t.id and d.origin = 'TRANSLITERATION'), 0))""")
                .params(segmentId, locale).query(Boolean.class).single();
    }

    /** Marks a derived target whose base changed after a person's edit (kept at the newest base version). */
    void markBaseChanged(long segmentId, String locale, int baseVersion, Instant at) {
        jdbc.sql("""
                        insert into linked_base_changed (segment_id, locale, base_version, marked_at) values (?, ?, ?, ?)
                        on conflict (segment_id, locale)
                        do update set base_version = excluded.base_version, marked_at = excluded.marked_at""")
                .params(segmentId, locale, baseVersion, Timestamp.from(at)).update();
    }

    void clearBaseChanged(long segmentId, String locale) {
        jdbc.sql("delete from linked_base_changed where segment_id = ? and locale = ?").params(segmentId, locale).update();
    }

    /** The base version and time of a derived target's mark, if it has one. */
    Optional<LinkedVariants.Mark> baseChanged(long segmentId, String locale) {
        return jdbc.sql("select base_version, marked_at from linked_base_changed where segment_id = ? and locale = ?")
                .params(segmentId, locale)
                .query((rs, row) -> new LinkedVariants.Mark(rs.getInt(1), rs.getTimestamp(2).toInstant())).optional();
    }

    /** The stored targets of these segments in one locale (segments without one are left out). */
    Map<Long, TargetSnapshot> findAll(List<Long> segmentIds, String locale) {
        if (segmentIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, TargetSnapshot> found = new java.util.HashMap<>();
        jdbc.sql("""
                        select segment_id, locale, content, state, version, updated_by, updated_at
                        from target where locale = :locale and segment_id in (:segments)""")
                .param("locale", locale).param("segments", segmentIds)
                .query(TargetRepository::snapshot).list().forEach(target -> found.put(target.segmentId(), target));
        return found;
    }

    /**
     * Whether every segment of the document has a TRANSLATED or APPROVED target in the locale (a missing row is NEW),
     * and the document is the project's. Asked on every confirm, so it stops at the first segment that is not: an
     * unconfirmed target is found through the (document, locale, state) index at once, and an untouched segment (no
     * row) by walking the document's segments until the first without a target. Counting the confirmed targets, as
     * before, read every one of them on every confirm: most of a save's time on a large document.
     */
    boolean allConfirmed(long projectId, long documentId, String locale) {
        return jdbc.sql("""
                        select exists (select 1 from document where id = :document and project_id = :project)
                           and not exists (select 1 from target where document_id = :document and locale = :locale
                                                                 and state in ('NEW', 'DRAFT', 'REJECTED'))
                           and not exists (select 1 from segment s where s.document_id = :document
                                           and not exists (select 1 from target t
                                                           where t.segment_id = s.id and t.locale = :locale))""")
                .param("project", projectId).param("document", documentId).param("locale", locale)
                .query(Boolean.class).single();
    }
}
