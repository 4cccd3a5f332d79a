package org.tarjima.interchange.xliff;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ExportRepository {

    private final JdbcClient jdbc;
    ExportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record ExportRecord(long id, long documentId, String locale) {
    }

    long insert(long documentId, String locale, String version, String states, Instant now, String user) {
        return jdbc.sql("""
                        insert into xliff_export (document_id, locale, xliff_version, states, unit_count, created_at, created_by)
                        values (?, ?, ?, ?, 0, ?, ?) returning id""")
                .params(documentId, locale, version, states, Timestamp.from(now), user).query(Long.class).single();
    }

    /** Records what went out, in one statement: the ids and versions are two arrays on the export's row. */
    void insertUnits(long exportId, long[] segments, int[] versions) {
        StringBuilder ids = new StringBuilder(segments.length * 8).append('{');
        StringBuilder numbers = new StringBuilder(versions.length * 2).append('{');
        for (int i = 0; i < segments.length; i++) {
            ids.append(i == 0 ? "" : ",").append(segments[i]);
            numbers.append(i == 0 ? "" : ",").append(versions[i]);
        }
        jdbc.sql("update xliff_export set segment_ids = ?::bigint[], target_versions = ?::int[], unit_count = ? where id = ?")
                .params(ids.append('}').toString(), numbers.append('}').toString(), segments.length, exportId).update();
    }

    Optional<ExportRecord> find(long exportId) {
        return jdbc.sql("select id, document_id, locale from xliff_export where id = ?").param(exportId)
                .query((rs, row) -> new ExportRecord(rs.getLong(1), rs.getLong(2), rs.getString(3))).optional();
    }

    /** Segment id → the target version that went out in the export. */
    Map<Long, Integer> exportedVersions(long exportId) {
        return jdbc.sql("""
                        select u.segment_id, u.target_version
                        from xliff_export e, unnest(e.segment_ids, e.target_versions) as u(segment_id, target_version)
                        where e.id = ?""").param(exportId)
                .query((rs, row) -> Map.entry(rs.getLong(1), rs.getInt(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
