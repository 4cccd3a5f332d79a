package org.tarjima.review;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ReviewRepository {

    private final JdbcClient jdbc;

    ReviewRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertComment(long segmentId, String locale, String author, Instant at, String body, boolean rejection) {
        return jdbc.sql("""
                        insert into target_comment (segment_id, locale, author, created_at, body, rejection)
                        values (?, ?, ?, ?, ?, ?) returning id""")
                .params(segmentId, locale, author, Timestamp.from(at), body, rejection).query(Long.class).single();
    }

    List<Comment> comments(long segmentId, String locale) {
        return jdbc.sql("""
                        select id, segment_id, locale, author, created_at, body, rejection from target_comment
                        where segment_id = ? and locale = ? order by created_at, id""")
                .params(segmentId, locale).query(ReviewRepository::comment).list();
    }

    /**
     * Every document locale with confirmed targets waiting for review, longest waiting first. One grouped read over
     * the targets that have been confirmed at least once (the state index), whatever the number of documents.
     */
    List<ReviewQueueItem> queue() {
        return jdbc.sql("""
                        select p.id as project_id, p.name as project_name, d.id as document_id, d.name as document_name,
                               t.locale, d.segment_count,
                               count(*) filter (where t.state = 'TRANSLATED') as awaiting,
                               coalesce(sum(s.word_count) filter (where t.state = 'TRANSLATED'), 0) as awaiting_words,
                               count(*) filter (where t.state = 'REJECTED') as rejected,
                               count(*) filter (where t.state = 'APPROVED') as approved,
                               min(t.updated_at) filter (where t.state = 'TRANSLATED') as waiting_since
                        from target t
                        join segment s on s.id = t.segment_id
                        join document d on d.id = t.document_id
                        join project p on p.id = d.project_id
                        where t.state in ('TRANSLATED', 'REJECTED', 'APPROVED')
                        group by p.id, p.name, d.id, d.name, d.segment_count, t.locale
                        having count(*) filter (where t.state = 'TRANSLATED') > 0
                        order by waiting_since, d.id, t.locale""")
                .query((rs, row) -> new ReviewQueueItem(rs.getLong("project_id"), rs.getString("project_name"),
                        rs.getLong("document_id"), rs.getString("document_name"), rs.getString("locale"),
                        rs.getInt("awaiting"), rs.getInt("awaiting_words"), rs.getInt("rejected"), rs.getInt("approved"),
                        rs.getInt("segment_count"), rs.getTimestamp("waiting_since").toInstant()))
                .list();
    }

    /** The latest rejection reason of each of the given segments that is REJECTED now. */
    Map<Long, Comment> openRejections(String locale, Collection<Long> segmentIds) {
        if (segmentIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                        select distinct on (c.segment_id) c.id, c.segment_id, c.locale, c.author, c.created_at, c.body, c.rejection
                        from target_comment c
                        join target t on t.segment_id = c.segment_id and t.locale = c.locale and t.state = 'REJECTED'
                        where c.locale = :locale and c.rejection and c.segment_id in (:segments)
                        order by c.segment_id, c.created_at desc, c.id desc""")
                .param("locale", locale).param("segments", segmentIds)
                .query(ReviewRepository::comment).list().stream()
                .collect(Collectors.toMap(Comment::segmentId, c -> c));
    }

    private static Comment comment(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Comment(rs.getLong("id"), rs.getLong("segment_id"), rs.getString("locale"), rs.getString("author"),
                rs.getTimestamp("created_at").toInstant(), rs.getString("body"), rs.getBoolean("rejection"));
    }

    long documentOfSegment(long segmentId) {
        return jdbc.sql("select document_id from segment where id = ?").param(segmentId).query(Long.class).single();
    }

    Optional<Long> projectOfSegment(long segmentId) {
        return jdbc.sql("select d.project_id from segment s join document d on d.id = s.document_id where s.id = ?")
                .param(segmentId).query(Long.class).optional();
    }

    /**
     * Counts the document's segments in this locale that are not approved, holding a share lock on its targets
     * until the transaction ends: a concurrent edit waits for the sign-off to commit and then revokes it, and a
     * sign-off after an uncommitted edit waits and sees it.
     */
    int lockAndCountNotApproved(long documentId, String locale) {
        List<String> states = jdbc.sql("select state from target where document_id = ? and locale = ? for share")
                .params(documentId, locale).query(String.class).list();
        int segments = jdbc.sql("select segment_count from document where id = ?").param(documentId)
                .query(Integer.class).single();
        long approved = states.stream().filter("APPROVED"::equals).count();
        return (int) (segments - approved);
    }

    boolean insertSignOff(long documentId, String locale, String by, Instant at) {
        return jdbc.sql("""
                        insert into locale_sign_off (document_id, locale, signed_by, signed_at) values (?, ?, ?, ?)
                        on conflict do nothing""")
                .params(documentId, locale, by, Timestamp.from(at)).update() == 1;
    }

    boolean deleteSignOff(long documentId, String locale) {
        return jdbc.sql("delete from locale_sign_off where document_id = ? and locale = ?")
                .params(documentId, locale).update() == 1;
    }

    void insertEvent(long documentId, String locale, SignOffEvent.Action action, Long segmentId, Integer version,
                     String by, Instant at) {
        jdbc.sql("""
                        insert into sign_off_event (document_id, locale, action, segment_id, target_version, acted_by, acted_at)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(documentId, locale, action.name(), segmentId, version, by, Timestamp.from(at)).update();
    }

    Optional<LocaleSignOff> signOff(long documentId, String locale) {
        return jdbc.sql("select document_id, locale, signed_by, signed_at from locale_sign_off where document_id = ? and locale = ?")
                .params(documentId, locale).query(ReviewRepository::signOff).optional();
    }

    Map<String, LocaleSignOff> signOffs(long documentId) {
        return jdbc.sql("select document_id, locale, signed_by, signed_at from locale_sign_off where document_id = ?")
                .param(documentId).query(ReviewRepository::signOff).list().stream()
                .collect(Collectors.toMap(LocaleSignOff::locale, s -> s));
    }

    Map<String, Integer> signedOffDocuments(long projectId) {
        return jdbc.sql("""
                        select s.locale, count(*) as documents from locale_sign_off s
                        join document d on d.id = s.document_id where d.project_id = ? group by s.locale""")
                .param(projectId)
                .query((rs, row) -> Map.entry(rs.getString("locale"), rs.getInt("documents"))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static LocaleSignOff signOff(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new LocaleSignOff(rs.getLong("document_id"), rs.getString("locale"), rs.getString("signed_by"),
                rs.getTimestamp("signed_at").toInstant());
    }

    List<SignOffEvent> events(long documentId, String locale) {
        return jdbc.sql("""
                        select action, locale, acted_by, acted_at, segment_id, target_version from sign_off_event
                        where document_id = ? and locale = ? order by acted_at, id""")
                .params(documentId, locale)
                .query((rs, row) -> {
                    long segment = rs.getLong("segment_id");
                    Long segmentId = rs.wasNull() ? null : segment;
                    int version = rs.getInt("target_version");
                    Integer targetVersion = rs.wasNull() ? null : version;
                    return new SignOffEvent(SignOffEvent.Action.valueOf(rs.getString("action")), rs.getString("locale"),
                            rs.getString("acted_by"), rs.getTimestamp("acted_at").toInstant(), segmentId, targetVersion);
                }).list();
    }
}
