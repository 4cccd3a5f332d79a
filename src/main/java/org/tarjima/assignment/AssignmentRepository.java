package org.tarjima.assignment;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AssignmentRepository {

    private static final String SELECT = """
            select a.id, a.project_id, p.name as project_name, a.document_id, d.name as document_name, a.locale, a.step,
                   u.username, u.display_name, a.due, a.created_at, a.created_by, a.granted_role
            from assignment a
            join project p on p.id = a.project_id
            left join document d on d.id = a.document_id
            join app_user u on u.id = a.user_id
            """;
    /** Overdue first (oldest due first), then by due date, those without one last. */
    private static final String ORDER = " order by coalesce(a.due < ?, false) desc, a.due nulls last, p.name, d.name nulls first, a.locale, a.id";

    private final JdbcClient jdbc;

    AssignmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long projectId, Long documentId, String locale, Step step, long userId, LocalDate due, Instant at,
                String by, String grantedRole) {
        return jdbc.sql("""
                        insert into assignment (project_id, document_id, locale, step, user_id, due, created_at,
                                                created_by, granted_role)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(projectId, documentId, locale, step.name(), userId, due == null ? null : Date.valueOf(due),
                        Timestamp.from(at), by, grantedRole)
                .query(Long.class).single();
    }

    boolean exists(long projectId, Long documentId, String locale, Step step, long userId) {
        return jdbc.sql("""
                        select exists(select 1 from assignment where user_id = ? and project_id = ?
                                      and coalesce(document_id, 0) = ? and locale = ? and step = ?)""")
                .params(userId, projectId, documentId == null ? 0L : documentId, locale, step.name())
                .query(Boolean.class).single();
    }

    Optional<Assignment> find(long id, LocalDate today) {
        return jdbc.sql(SELECT + " where a.id = ?").param(id).query((rs, n) -> row(rs, today)).optional();
    }

    List<Assignment> ofUser(String username, LocalDate today) {
        return jdbc.sql(SELECT + " where lower(u.username) = lower(?)" + ORDER)
                .params(username, Date.valueOf(today)).query((rs, n) -> row(rs, today)).list();
    }

    List<Assignment> ofProject(long projectId, LocalDate today) {
        return jdbc.sql(SELECT + " where a.project_id = ?" + ORDER)
                .params(projectId, Date.valueOf(today)).query((rs, n) -> row(rs, today)).list();
    }

    /** Who is assigned the step of the document locale: on the document itself or on its whole project locale. */
    List<Assignment> covering(long documentId, String locale, LocalDate today) {
        return jdbc.sql(SELECT + """
                         where a.locale = ? and (a.document_id = ?
                               or (a.document_id is null and a.project_id = (select project_id from document where id = ?)))"""
                        + ORDER)
                .params(locale, documentId, documentId, Date.valueOf(today)).query((rs, n) -> row(rs, today)).list();
    }

    void setDue(long id, LocalDate due) {
        // A new date is a new promise: its reminders go again.
        jdbc.sql("update assignment set due = ?, due_soon_notified_at = null, overdue_notified_at = null where id = ?")
                .params(due == null ? null : Date.valueOf(due), id).update();
    }

    void delete(long id) {
        jdbc.sql("delete from assignment where id = ?").param(id).update();
    }

    /** Assignments due on {@code day} whose due-tomorrow reminder has not gone, locked against a second node. */
    List<Long> dueOnWithoutReminder(LocalDate day) {
        return jdbc.sql("""
                        select id from assignment where due = ? and due_soon_notified_at is null
                        order by id for update skip locked""")
                .param(Date.valueOf(day)).query(Long.class).list();
    }

    /** Assignments due before {@code today} whose overdue notice has not gone, locked against a second node. */
    List<Long> overdueWithoutNotice(LocalDate today) {
        return jdbc.sql("""
                        select id from assignment where due < ? and overdue_notified_at is null
                        order by id for update skip locked""")
                .param(Date.valueOf(today)).query(Long.class).list();
    }

    void markDueSoonSent(long id, Instant at) {
        jdbc.sql("update assignment set due_soon_notified_at = ? where id = ?").params(Timestamp.from(at), id).update();
    }

    void markOverdueSent(long id, Instant at) {
        jdbc.sql("update assignment set overdue_notified_at = ? where id = ?").params(Timestamp.from(at), id).update();
    }

    private static Assignment row(ResultSet rs, LocalDate today) throws SQLException {
        long documentId = rs.getLong("document_id");
        Long document = rs.wasNull() ? null : documentId;
        Date dueDate = rs.getDate("due");
        LocalDate due = dueDate == null ? null : dueDate.toLocalDate();
        return new Assignment(rs.getLong("id"), rs.getLong("project_id"), rs.getString("project_name"), document,
                rs.getString("document_name"), rs.getString("locale"), Step.valueOf(rs.getString("step")),
                rs.getString("username"), rs.getString("display_name"), due, due != null && due.isBefore(today),
                rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"), rs.getString("granted_role"), 0, 0);
    }
}
