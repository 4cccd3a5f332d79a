package org.tarjima.document;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tarjima.base.text.InlineTextJson;

@Repository
class DocumentRepository {

    private static final int BATCH = 1000;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    DocumentRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    record NewSegment(int ordinal, int blockNo, BlockType type, String sourceJson, String sourceText, int words,
                      String notesJson, String context) {
    }

    long insertDocument(long projectId, String name, SourceFormat format, byte[] original, String charset,
                        int segments, int words, Instant now, String user) {
        return jdbc.sql("""
                        insert into document (project_id, name, format, original, original_charset, segment_count,
                                              word_count, created_at, created_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(projectId, name, format.name(), original, charset, segments, words, Timestamp.from(now), user)
                .query(Long.class).single();
    }

    void insertSegments(long documentId, List<NewSegment> segments, java.util.function.IntConsumer stored) {
        insertInBatches(documentId, segments, stored);
        // Fresh statistics keep the editor's range reads on the index right after a large import; only a table that
        // grew by a fifth or more has statistics stale enough to matter (ANALYZE of a big table costs 0.1 s).
        if (segments.size() >= 1000) {
            double estimate = jdbc.sql("select reltuples from pg_class where oid = 'segment'::regclass").query(Double.class).single();
            if (estimate < 0 || segments.size() * 5.0 >= estimate) {
                jdbc.sql("analyze segment").update();
            }
        }
    }

    private void insertInBatches(long documentId, List<NewSegment> segments, java.util.function.IntConsumer stored) {
        for (int from = 0; from < segments.size(); from += BATCH) {
            List<NewSegment> batch = segments.subList(from, Math.min(segments.size(), from + BATCH));
            template.batchUpdate("""
                            insert into segment (document_id, ordinal, block_no, block_type, source, source_text, word_count,
                                                 notes, context)
                            values (?, ?, ?, ?, ?::jsonb, ?, ?, ?::jsonb, ?)""", batch, batch.size(),
                    (statement, segment) -> {
                        statement.setLong(1, documentId);
                        statement.setInt(2, segment.ordinal());
                        statement.setInt(3, segment.blockNo());
                        statement.setString(4, segment.type().name());
                        statement.setString(5, segment.sourceJson());
                        statement.setString(6, segment.sourceText());
                        statement.setInt(7, segment.words());
                        statement.setString(8, segment.notesJson());
                        statement.setString(9, segment.context());
                    });
            stored.accept(Math.min(segments.size(), from + BATCH));
        }
    }

    Optional<byte[]> original(long documentId) {
        return jdbc.sql("select original from document where id = ?").param(documentId).query(byte[].class).optional();
    }

    List<Long> segmentIds(long documentId) {
        return jdbc.sql("select id from segment where document_id = ? order by ordinal").param(documentId)
                .query(Long.class).list();
    }

    List<DocumentSummary> findByProject(long projectId) {
        return jdbc.sql(SELECT + " where project_id = ? order by created_at, id").param(projectId)
                .query(DocumentRepository::summary).list();
    }

    Optional<DocumentSummary> find(long id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(DocumentRepository::summary).optional();
    }

    List<ArticleSegment> segments(long documentId, int fromOrdinal, int toOrdinal) {
        return jdbc.sql("""
                        select id, ordinal, block_no, block_type, source, context from segment
                        where document_id = ? and ordinal between ? and ? order by ordinal""")
                .params(documentId, fromOrdinal, toOrdinal)
                .query((rs, row) -> new ArticleSegment(rs.getLong("id"), rs.getInt("ordinal"), rs.getInt("block_no"),
                        BlockType.valueOf(rs.getString("block_type")), InlineTextJson.read(rs.getString("source")),
                        rs.getString("context")))
                .list();
    }

    /** The ordinals of the first and last segment of the block that holds the given ordinal. */
    int[] blockBounds(long documentId, int ordinal) {
        return jdbc.sql("""
                        select min(s.ordinal), max(s.ordinal) from segment s
                        where s.document_id = ? and s.block_no =
                              (select block_no from segment where document_id = ? and ordinal = ?)""")
                .params(documentId, documentId, ordinal)
                .query((rs, row) -> new int[] {rs.getInt(1), rs.getInt(2)}).optional()
                .orElse(new int[] {ordinal, ordinal});
    }

    private static final String SELECT = """
            select id, project_id, name, format, segment_count, word_count, created_at from document""";

    private static DocumentSummary summary(ResultSet rs, int row) throws SQLException {
        return new DocumentSummary(rs.getLong("id"), rs.getLong("project_id"), rs.getString("name"),
                SourceFormat.valueOf(rs.getString("format")), rs.getInt("segment_count"), rs.getInt("word_count"),
                rs.getTimestamp("created_at").toInstant());
    }

    /** Deletes the document; its segments, targets and everything hanging on them go with it (the schema's cascades). */
    void delete(long documentId) {
        jdbc.sql("delete from document where id = ?").param(documentId).update();
    }

}
