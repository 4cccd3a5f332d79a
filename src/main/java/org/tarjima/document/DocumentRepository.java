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
import org.tarjima.base.db.CopyRows;
import org.tarjima.base.db.FreshStatistics;
import org.tarjima.base.text.InlineTextJson;

@Repository
class DocumentRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final FreshStatistics statistics;

    DocumentRepository(JdbcClient jdbc, JdbcTemplate template, FreshStatistics statistics) {
        this.jdbc = jdbc;
        this.template = template;
        this.statistics = statistics;
    }

    /** A new document with its original file streamed in (not held in memory); its counts follow in {@link #finishDocument}. */
    long insertDocument(long projectId, String name, SourceFormat format, java.io.InputStream original, long size,
                        String charset, Instant now, String user) {
        org.springframework.jdbc.support.KeyHolder key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        template.update(connection -> {
            java.sql.PreparedStatement statement = connection.prepareStatement("""
                    insert into document (project_id, name, format, original, original_charset, segment_count,
                                          word_count, created_at, created_by)
                    values (?, ?, ?, ?, ?, 0, 0, ?, ?)""", new String[] {"id"});
            statement.setLong(1, projectId);
            statement.setString(2, name);
            statement.setString(3, format.name());
            statement.setBinaryStream(4, original, size);
            statement.setString(5, charset);
            statement.setTimestamp(6, Timestamp.from(now));
            statement.setString(7, user);
            return statement;
        }, key);
        return key.getKey().longValue();
    }

    /**
     * Segments after those already stored, with COPY; their ids (taken from the sequence first, so nothing is read
     * back), in order. Only for the document a {@link DocumentWriter} created in this transaction: the rows' document
     * key is not checked one by one, as nobody else can see (or delete) the document before the commit.
     */
    List<Long> copySegments(long documentId, List<PreparedSegment> segments) {
        if (segments.isEmpty()) {
            return List.of();
        }
        List<Long> ids = jdbc.sql("select nextval('segment_id_seq') from generate_series(1, ?)").param(segments.size())
                .query(Long.class).list();
        CopyRows rows = new CopyRows();
        for (int i = 0; i < segments.size(); i++) {
            PreparedSegment segment = segments.get(i);
            rows.add(ids.get(i), documentId, segment.ordinal, segment.blockNo, segment.type.name(), segment.sourceJson,
                    segment.sourceText, segment.words, segment.notesJson, segment.context);
        }
        rows.intoNewRowsOfThisTransaction(template, "segment", List.of("id", "document_id", "ordinal", "block_no", "block_type", "source",
                "source_text", "word_count", "notes", "context"));
        return ids;
    }

    /**
     * The document's counts, once its segments are stored; the planner's statistics are freshened after the commit
     * (only the columns the editor's range reads depend on).
     */
    void finishDocument(long documentId, int segments, int words) {
        jdbc.sql("update document set segment_count = ?, word_count = ? where id = ?").params(segments, words, documentId)
                .update();
        statistics.afterBulkInsert("segment", List.of("id", "document_id", "ordinal", "block_no"), segments);
    }

    /** How the import split the article's units (null when it did not record it). */
    void setSegmentation(long documentId, String segmentation) {
        jdbc.sql("update document set segmentation = ? where id = ?").params(segmentation, documentId).update();
    }

    Optional<String> segmentation(long documentId) {
        return jdbc.sql("select segmentation from document where id = ?").param(documentId).query(String.class)
                .optional();
    }

    Optional<byte[]> original(long documentId) {
        return jdbc.sql("select original from document where id = ?").param(documentId).query(byte[].class).optional();
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
