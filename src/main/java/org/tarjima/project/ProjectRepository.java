package org.tarjima.project;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ProjectRepository {

    private final JdbcClient jdbc;

    ProjectRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(NewProject project, String cldrVersion, Instant now, String user) {
        long id = jdbc.sql("""
                        insert into project (name, source_locale, cldr_version, created_at, created_by, pretranslate)
                        values (?, ?, ?, ?, ?, ?) returning id""")
                .params(project.name(), project.sourceLocale(), cldrVersion, Timestamp.from(now), user,
                        project.pretranslate().name())
                .query(Long.class).single();
        int position = 0;
        for (String locale : project.targetLocales()) {
            jdbc.sql("insert into project_target_locale (project_id, locale, position) values (?, ?, ?)")
                    .params(id, locale, position++).update();
        }
        return id;
    }

    /** Locks the project's row against concurrent changes until the transaction ends; false when it is gone. */
    boolean lock(long id) {
        return jdbc.sql("select id from project where id = ? for update").param(id).query(Long.class).optional().isPresent();
    }

    /** Deletes the project; every row that belongs to it goes with it (the schema's cascades). */
    void delete(long id) {
        jdbc.sql("delete from project where id = ?").param(id).update();
    }

    void setRepetitions(long id, RepetitionsMode mode) {
        jdbc.sql("update project set repetitions = ? where id = ?").params(mode.name(), id).update();
    }

    /** Only the repetitions setting: read on every confirm, so it is one primary-key lookup. */
    Optional<RepetitionsMode> repetitions(long id) {
        return jdbc.sql("select repetitions from project where id = ?").param(id).query(String.class).optional()
                .map(RepetitionsMode::valueOf);
    }

    /** The stored pivot choice (null: the default) and the project's target locales; empty when there is no project. */
    Optional<PivotSetting> pivot(long id) {
        return jdbc.sql("""
                        select p.pivot_locale,
                               (select array_agg(l.locale order by l.position) from project_target_locale l
                                where l.project_id = p.id) as locales
                        from project p where p.id = ?""")
                .param(id)
                .query((rs, row) -> PivotSetting.of(rs.getString("pivot_locale"), locales(rs.getArray("locales"))))
                .optional();
    }

    void setPivot(long id, String stored) {
        jdbc.sql("update project set pivot_locale = ? where id = ?").params(stored, id).update();
    }

    List<LinkedLocale> linkedLocales(long id) {
        return jdbc.sql("select locale, base_locale from linked_locale where project_id = ? order by locale")
                .param(id).query((rs, row) -> new LinkedLocale(rs.getString(1), rs.getString(2))).list();
    }

    /** The links of the project become exactly these. */
    void replaceLinkedLocales(long id, List<LinkedLocale> links) {
        jdbc.sql("delete from linked_locale where project_id = ?").param(id).update();
        for (LinkedLocale link : links) {
            jdbc.sql("insert into linked_locale (project_id, locale, base_locale) values (?, ?, ?)")
                    .params(id, link.locale(), link.baseLocale()).update();
        }
    }

    void setPretranslate(long id, PretranslateOnImport mode) {
        jdbc.sql("update project set pretranslate = ? where id = ?").params(mode.name(), id).update();
    }

    boolean nameTaken(String name) {
        return jdbc.sql("select exists(select 1 from project where lower(name) = lower(?))")
                .param(name).query(Boolean.class).single();
    }

    List<ProjectSummary> findAll() {
        return jdbc.sql(SELECT + " order by p.created_at, p.id").query(this::summary).list();
    }

    Optional<ProjectSummary> find(long id) {
        return jdbc.sql(SELECT + " where p.id = ?").param(id).query(this::summary).optional();
    }

    Optional<ProjectSummary> findByName(String name) {
        return jdbc.sql(SELECT + " where lower(p.name) = lower(?)").param(name).query(this::summary).optional();
    }

    private static final String SELECT = """
            select p.id, p.name, p.source_locale, p.cldr_version, p.created_at, p.pretranslate, p.repetitions,
                   (select array_agg(l.locale order by l.position) from project_target_locale l where l.project_id = p.id) as locales,
                   (select count(*) from document d where d.project_id = p.id) as documents
            from project p""";

    private ProjectSummary summary(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        List<String> locales = locales(rs.getArray("locales"));
        return new ProjectSummary(rs.getLong("id"), rs.getString("name"), rs.getString("source_locale"), locales,
                rs.getString("cldr_version"), rs.getTimestamp("created_at").toInstant(), rs.getInt("documents"),
                PretranslateOnImport.valueOf(rs.getString("pretranslate")), RepetitionsMode.valueOf(rs.getString("repetitions")));
    }

    private static List<String> locales(java.sql.Array array) throws java.sql.SQLException {
        List<String> locales = new ArrayList<>();
        if (array != null) {
            for (Object locale : (Object[]) array.getArray()) {
                locales.add((String) locale);
            }
        }
        return locales;
    }
}
