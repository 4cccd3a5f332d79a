package org.tarjima.jobs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tarjima.base.i18n.Message;

@Repository
class JobRepository {

    private final JdbcClient jdbc;

    JobRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, long projectId, Message title, String node, String startedBy, Instant at) {
        jdbc.sql("""
                        insert into job (id, project_id, title, state, node, started_by, started_at, updated_at)
                        values (?, ?, cast(? as jsonb), 'RUNNING', ?, ?, ?, ?)""")
                .params(id, projectId, MessageJson.write(title), node, startedBy, Timestamp.from(at), Timestamp.from(at)).update();
    }

    void progress(UUID id, long done, long total, Instant at) {
        jdbc.sql("update job set done = ?, total = ?, updated_at = ? where id = ? and state = 'RUNNING'")
                .params(done, total, Timestamp.from(at), id).update();
    }

    void touch(Collection<UUID> running, Instant at) {
        if (!running.isEmpty()) {
            jdbc.sql("update job set updated_at = :at where id in (:ids) and state = 'RUNNING'")
                    .param("at", Timestamp.from(at)).param("ids", running).update();
        }
    }

    void finish(UUID id, JobSnapshot.State state, long done, long total, Message message, Instant at) {
        jdbc.sql("""
                        update job set state = ?, done = ?, total = ?, message = cast(? as jsonb), updated_at = ?, finished_at = ?
                        where id = ?""")
                .params(state.name(), done, total, MessageJson.write(message), Timestamp.from(at), Timestamp.from(at), id).update();
    }

    List<JobSnapshot> forProject(long projectId, Instant since) {
        return jdbc.sql("""
                        select id, project_id, title, state, done, total, message, node, started_at, finished_at from job
                        where project_id = ? and (state = 'RUNNING' or finished_at >= ?) order by started_at desc""")
                .params(projectId, Timestamp.from(since)).query(JobRepository::snapshot).list();
    }

    Optional<JobSnapshot> find(UUID id) {
        return jdbc.sql("select id, project_id, title, state, done, total, message, node, started_at, finished_at from job where id = ?")
                .param(id).query(JobRepository::snapshot).optional();
    }

    /** Running jobs nobody has touched since {@code before}: their node stopped while they ran. */
    int markInterrupted(Instant before, Instant at) {
        return jdbc.sql("""
                        update job set state = 'INTERRUPTED', updated_at = ?, finished_at = ?
                        where state = 'RUNNING' and updated_at < ?""")
                .params(Timestamp.from(at), Timestamp.from(at), Timestamp.from(before)).update();
    }

    /** Takes the cluster-wide cleanup lock for the current transaction, if no other node holds it. */
    boolean tryCleanupLock() {
        return jdbc.sql("select pg_try_advisory_xact_lock(hashtext('tarjima-job-cleanup'))").query(Boolean.class).single();
    }

    int deleteFinishedBefore(Instant before) {
        return jdbc.sql("delete from job where state <> 'RUNNING' and finished_at < ?")
                .param(Timestamp.from(before)).update();
    }

    private static JobSnapshot snapshot(ResultSet rs, int row) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        return new JobSnapshot(rs.getObject("id", UUID.class), rs.getLong("project_id"), MessageJson.read(rs.getString("title")),
                JobSnapshot.State.valueOf(rs.getString("state")), rs.getLong("done"), rs.getLong("total"),
                MessageJson.read(rs.getString("message")), rs.getTimestamp("started_at").toInstant(),
                finished == null ? null : finished.toInstant(), null, rs.getString("node"));
    }
}
