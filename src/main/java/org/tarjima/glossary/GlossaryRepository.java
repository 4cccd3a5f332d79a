package org.tarjima.glossary;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class GlossaryRepository {

    private static final int BATCH = 500;

    /** A glossary and the revision its terms are at. */
    record GlossaryRow(long id, Long projectId, String sourceLocale, long revision) {
    }

    /** An entry to insert with an id taken beforehand, so that its translations can go in the same batch. */
    record NewEntry(long id, EntryValidation.Valid entry) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    GlossaryRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    Optional<GlossaryRow> glossary(GlossaryScope scope) {
        String where = scope.global() ? "project_id is null" : "project_id = ?";
        var statement = jdbc.sql("select id, project_id, source_locale, revision from glossary where " + where);
        if (!scope.global()) {
            statement = statement.param(scope.projectId());
        }
        return statement.query(GlossaryRepository::glossaryRow).optional();
    }

    /** The project's glossary (if it has one) and the global one: what the project's term lookups read. */
    List<GlossaryRow> glossariesOf(long projectId) {
        return jdbc.sql("""
                        select id, project_id, source_locale, revision from glossary
                        where project_id = ? or project_id is null order by project_id nulls last""")
                .param(projectId).query(GlossaryRepository::glossaryRow).list();
    }

    /** The project's glossary, created with its first term. */
    long ensureProjectGlossary(long projectId, String sourceLocale, Instant now) {
        jdbc.sql("""
                        insert into glossary (project_id, source_locale, created_at) values (?, ?, ?)
                        on conflict ((coalesce(project_id, 0))) do nothing""")
                .params(projectId, sourceLocale, Timestamp.from(now)).update();
        return glossary(GlossaryScope.project(projectId)).orElseThrow().id();
    }

    /**
     * Marks the glossary changed. Called first in every write: the row lock also makes concurrent writes to one
     * glossary (two imports) take turns.
     */
    void bumpRevision(long glossaryId) {
        jdbc.sql("update glossary set revision = revision + 1 where id = ?").param(glossaryId).update();
    }

    /** Every entry with its translations (only those into {@code locale}, when given), by term. */
    List<GlossaryEntry> entries(long glossaryId, String locale) {
        Map<Long, List<TermTranslation>> translations = new HashMap<>();
        String localeFilter = locale == null ? "" : " and t.locale = ?";
        var statement = jdbc.sql("""
                select t.entry_id, t.locale, t.term, t.forms, t.forbidden, t.notes
                from glossary_translation t join glossary_entry e on e.id = t.entry_id
                where e.glossary_id = ?""" + localeFilter + " order by t.entry_id, t.locale, t.forbidden, t.position")
                .param(glossaryId);
        if (locale != null) {
            statement = statement.param(locale);
        }
        statement.query(rs -> {
            translations.computeIfAbsent(rs.getLong("entry_id"), id -> new ArrayList<>()).add(translation(rs));
        });
        return jdbc.sql(SELECT_ENTRY + " where glossary_id = ? order by term_key, id").param(glossaryId)
                .query((rs, row) -> entry(rs, translations.getOrDefault(rs.getLong("id"), List.of()))).list();
    }

    Optional<GlossaryEntry> entry(long glossaryId, long entryId) {
        List<TermTranslation> translations = jdbc.sql("""
                        select entry_id, locale, term, forms, forbidden, notes from glossary_translation
                        where entry_id = ? order by locale, forbidden, position""")
                .param(entryId).query((rs, row) -> translation(rs)).list();
        return jdbc.sql(SELECT_ENTRY + " where glossary_id = ? and id = ?").params(glossaryId, entryId)
                .query((rs, row) -> entry(rs, translations)).optional();
    }

    /** The entry ids of a glossary by term key. */
    Map<String, Long> keys(long glossaryId) {
        Map<String, Long> keys = new HashMap<>();
        jdbc.sql("select term_key, id from glossary_entry where glossary_id = ?").param(glossaryId)
                .query(rs -> {
                    keys.put(rs.getString("term_key"), rs.getLong("id"));
                });
        return keys;
    }

    Optional<Long> idByKey(long glossaryId, String key) {
        return jdbc.sql("select id from glossary_entry where glossary_id = ? and term_key = ?").params(glossaryId, key)
                .query(Long.class).optional();
    }

    long insertEntry(long glossaryId, EntryValidation.Valid entry, Instant now, String user) {
        long id = nextIds(1).get(0);
        insertEntries(glossaryId, List.of(new NewEntry(id, entry)), now, user);
        return id;
    }

    List<Long> nextIds(int count) {
        return jdbc.sql("select nextval('glossary_entry_id_seq') from generate_series(1, ?)").param(count)
                .query(Long.class).list();
    }

    /** Inserts entries and their translations in batches. */
    void insertEntries(long glossaryId, List<NewEntry> entries, Instant now, String user) {
        Timestamp at = Timestamp.from(now);
        for (int from = 0; from < entries.size(); from += BATCH) {
            List<NewEntry> batch = entries.subList(from, Math.min(entries.size(), from + BATCH));
            template.batchUpdate("""
                    insert into glossary_entry (id, glossary_id, term, term_key, forms, notes, do_not_translate,
                        created_at, created_by, updated_at, updated_by)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", batch, batch.size(), (ps, e) -> {
                ps.setLong(1, e.id());
                ps.setLong(2, glossaryId);
                ps.setString(3, e.entry().term());
                ps.setString(4, e.entry().key());
                ps.setArray(5, ps.getConnection().createArrayOf("text", e.entry().forms().toArray()));
                ps.setString(6, e.entry().notes());
                ps.setBoolean(7, e.entry().doNotTranslate());
                ps.setTimestamp(8, at);
                ps.setString(9, user);
                ps.setTimestamp(10, at);
                ps.setString(11, user);
            });
        }
        Map<Long, List<TermTranslation>> translations = new LinkedHashMap<>();
        entries.forEach(e -> translations.put(e.id(), e.entry().translations()));
        insertTranslations(translations);
    }

    /** Changes an entry's own fields: a new version, who and when (the caller has checked the version). */
    void updateEntry(long entryId, EntryValidation.Valid entry, Instant now, String user) {
        updateEntries(Map.of(entryId, entry), now, user);
    }

    /** Changes entries' own fields (an import): a new version, who and when. */
    void updateEntries(Map<Long, EntryValidation.Valid> entries, Instant now, String user) {
        List<Map.Entry<Long, EntryValidation.Valid>> rows = new ArrayList<>(entries.entrySet());
        Timestamp at = Timestamp.from(now);
        for (int from = 0; from < rows.size(); from += BATCH) {
            List<Map.Entry<Long, EntryValidation.Valid>> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
            template.batchUpdate("""
                    update glossary_entry set term = ?, term_key = ?, forms = ?, notes = ?, do_not_translate = ?,
                        version = version + 1, updated_at = ?, updated_by = ?
                    where id = ?""", batch, batch.size(), (ps, row) -> {
                EntryValidation.Valid e = row.getValue();
                ps.setString(1, e.term());
                ps.setString(2, e.key());
                ps.setArray(3, ps.getConnection().createArrayOf("text", e.forms().toArray()));
                ps.setString(4, e.notes());
                ps.setBoolean(5, e.doNotTranslate());
                ps.setTimestamp(6, at);
                ps.setString(7, user);
                ps.setLong(8, row.getKey());
            });
        }
    }

    /** Replaces all translations of the given entries. */
    void replaceTranslations(Map<Long, List<TermTranslation>> byEntry) {
        if (byEntry.isEmpty()) {
            return;
        }
        jdbc.sql("delete from glossary_translation where entry_id = any(?)")
                .param(byEntry.keySet().toArray(new Long[0])).update();
        insertTranslations(byEntry);
    }

    private void insertTranslations(Map<Long, List<TermTranslation>> byEntry) {
        record Row(long entryId, int position, TermTranslation translation) {
        }
        List<Row> rows = new ArrayList<>();
        byEntry.forEach((entryId, translations) -> {
            Map<String, Integer> positions = new HashMap<>();
            for (TermTranslation t : translations) {
                rows.add(new Row(entryId, positions.merge(t.locale(), 1, Integer::sum), t));
            }
        });
        for (int from = 0; from < rows.size(); from += BATCH) {
            List<Row> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
            template.batchUpdate("""
                    insert into glossary_translation (entry_id, locale, position, term, forms, forbidden, notes)
                    values (?, ?, ?, ?, ?, ?, ?)""", batch, batch.size(), (ps, row) -> {
                ps.setLong(1, row.entryId());
                ps.setString(2, row.translation().locale());
                ps.setInt(3, row.position());
                ps.setString(4, row.translation().term());
                ps.setArray(5, ps.getConnection().createArrayOf("text", row.translation().forms().toArray()));
                ps.setBoolean(6, row.translation().forbidden());
                ps.setString(7, row.translation().notes());
            });
        }
    }

    boolean deleteEntry(long glossaryId, long entryId) {
        return jdbc.sql("delete from glossary_entry where glossary_id = ? and id = ?").params(glossaryId, entryId)
                .update() == 1;
    }

    Optional<GlossaryAccess.ProjectLocales> project(long projectId) {
        return jdbc.sql("""
                        select p.id, p.name, p.source_locale,
                               array(select l.locale from project_target_locale l where l.project_id = p.id
                                     order by l.position) as locales
                        from project p where p.id = ?""")
                .param(projectId)
                .query((rs, row) -> new GlossaryAccess.ProjectLocales(rs.getLong("id"), rs.getString("name"),
                        rs.getString("source_locale"), strings(rs.getArray("locales"))))
                .optional();
    }

    private static final String SELECT_ENTRY = """
            select id, term, forms, notes, do_not_translate, version, created_at, created_by, updated_at, updated_by
            from glossary_entry""";

    private static GlossaryRow glossaryRow(ResultSet rs, int row) throws SQLException {
        Long project = rs.getObject("project_id", Long.class);
        return new GlossaryRow(rs.getLong("id"), project, rs.getString("source_locale"), rs.getLong("revision"));
    }

    private static GlossaryEntry entry(ResultSet rs, List<TermTranslation> translations) throws SQLException {
        return new GlossaryEntry(rs.getLong("id"), rs.getString("term"), strings(rs.getArray("forms")),
                rs.getString("notes"), rs.getBoolean("do_not_translate"), translations, rs.getInt("version"),
                rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"),
                rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"));
    }

    private static TermTranslation translation(ResultSet rs) throws SQLException {
        return new TermTranslation(rs.getString("locale"), rs.getString("term"), strings(rs.getArray("forms")),
                rs.getBoolean("forbidden"), rs.getString("notes"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
