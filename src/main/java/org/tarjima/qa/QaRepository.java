package org.tarjima.qa;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tarjima.base.text.InlineText;
import org.tarjima.base.text.InlineTextJson;

@Repository
class QaRepository {

    private final JdbcClient jdbc;

    QaRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What the checks of one document need to know besides its segments. */
    record DocumentContext(long projectId, long documentId, String sourceLocale, Integer lengthLimit, boolean localeOfProject) {
    }

    /**
     * One segment with its document's context and its stored target in the locale.
     *
     * @param targetState the stored state's name, or null when nobody wrote a target
     */
    record SegmentContext(DocumentContext document, long segmentId, int ordinal, InlineText source, InlineText target,
                          String targetState, int targetVersion) {
    }

    Optional<DocumentContext> document(long documentId, String locale) {
        return jdbc.sql("""
                        select d.project_id, d.id as document_id, p.source_locale, q.length_limit,
                               exists(select 1 from project_target_locale l where l.project_id = d.project_id and l.locale = :locale)
                                   as locale_of_project
                        from document d join project p on p.id = d.project_id
                        left join qa_document_setting q on q.document_id = d.id
                        where d.id = :document""")
                .param("locale", locale).param("document", documentId)
                .query(QaRepository::documentContext).optional();
    }

    Optional<SegmentContext> segment(long segmentId, String locale) {
        return jdbc.sql("""
                        select d.project_id, d.id as document_id, p.source_locale, q.length_limit,
                               exists(select 1 from project_target_locale l where l.project_id = d.project_id and l.locale = :locale)
                                   as locale_of_project,
                               s.id as segment_id, s.ordinal, s.source, t.content, t.state, t.version
                        from segment s join document d on d.id = s.document_id join project p on p.id = d.project_id
                        left join qa_document_setting q on q.document_id = d.id
                        left join target t on t.segment_id = s.id and t.locale = :locale
                        where s.id = :segment""")
                .param("locale", locale).param("segment", segmentId)
                .query((rs, row) -> new SegmentContext(documentContext(rs, row), rs.getLong("segment_id"), rs.getInt("ordinal"),
                        InlineTextJson.read(rs.getString("source")),
                        rs.getString("content") == null ? InlineText.empty() : InlineTextJson.read(rs.getString("content")),
                        rs.getString("state"), rs.getInt("version")))
                .optional();
    }

    private static DocumentContext documentContext(ResultSet rs, int row) throws SQLException {
        int limit = rs.getInt("length_limit");
        Integer lengthLimit = rs.wasNull() ? null : limit;
        return new DocumentContext(rs.getLong("project_id"), rs.getLong("document_id"), rs.getString("source_locale"),
                lengthLimit, rs.getBoolean("locale_of_project"));
    }

    Set<String> identicalAllowed(long projectId) {
        return new LinkedHashSet<>(jdbc.sql("select text from qa_identical_allowed where project_id = ? order by text")
                .param(projectId).query(String.class).list());
    }

    boolean insertIdenticalAllowed(long projectId, String text, String by, Instant at) {
        return jdbc.sql("""
                        insert into qa_identical_allowed (project_id, text, added_by, added_at) values (?, ?, ?, ?)
                        on conflict do nothing""")
                .params(projectId, text, by, Timestamp.from(at)).update() == 1;
    }

    boolean deleteIdenticalAllowed(long projectId, String text) {
        return jdbc.sql("delete from qa_identical_allowed where project_id = ? and text = ?").params(projectId, text).update() == 1;
    }

    void saveLengthLimit(long documentId, Integer limit, String by, Instant at) {
        jdbc.sql("""
                        insert into qa_document_setting (document_id, length_limit, updated_by, updated_at) values (?, ?, ?, ?)
                        on conflict (document_id) do update
                        set length_limit = excluded.length_limit, updated_by = excluded.updated_by, updated_at = excluded.updated_at""")
                .params(documentId, limit, by, Timestamp.from(at)).update();
    }

    /** A stored ignore with the target text it was made for. */
    record StoredIgnore(QaIgnore ignore, String targetText) {
    }

    void insertIgnore(QaIgnore ignore, String targetText) {
        jdbc.sql("""
                        insert into qa_ignore (segment_id, locale, check_id, target_text, target_version, reason, ignored_by, ignored_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(ignore.segmentId(), ignore.locale(), ignore.checkId(), targetText, ignore.targetVersion(),
                        ignore.reason(), ignore.ignoredBy(), Timestamp.from(ignore.ignoredAt()))
                .update();
    }

    /** Every ignore of a segment in a locale, oldest first: the history. */
    List<StoredIgnore> ignores(long segmentId, String locale) {
        return jdbc.sql("""
                        select segment_id, locale, check_id, target_text, target_version, reason, ignored_by, ignored_at
                        from qa_ignore where segment_id = ? and locale = ? order by ignored_at, id""")
                .params(segmentId, locale).query(QaRepository::storedIgnore).list();
    }

    /** Every ignore of a document's segments in a locale, by segment, oldest first. */
    Map<Long, List<StoredIgnore>> ignoresOfDocument(long documentId, String locale) {
        Map<Long, List<StoredIgnore>> bySegment = new HashMap<>();
        jdbc.sql("""
                        select i.segment_id, i.locale, i.check_id, i.target_text, i.target_version, i.reason, i.ignored_by, i.ignored_at
                        from qa_ignore i join segment s on s.id = i.segment_id
                        where s.document_id = ? and i.locale = ? order by i.ignored_at, i.id""")
                .params(documentId, locale).query(QaRepository::storedIgnore).list()
                .forEach(stored -> bySegment.computeIfAbsent(stored.ignore().segmentId(), id -> new java.util.ArrayList<>()).add(stored));
        return bySegment;
    }

    private static StoredIgnore storedIgnore(ResultSet rs, int row) throws SQLException {
        return new StoredIgnore(new QaIgnore(rs.getLong("segment_id"), rs.getString("locale"), rs.getString("check_id"),
                rs.getInt("target_version"), rs.getString("reason"), rs.getString("ignored_by"),
                rs.getTimestamp("ignored_at").toInstant()), rs.getString("target_text"));
    }
}
