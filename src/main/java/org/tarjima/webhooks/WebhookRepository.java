package org.tarjima.webhooks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class WebhookRepository {

    private final JdbcClient jdbc;

    WebhookRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A subscription with what the worker needs to send to it. */
    record Target(long id, String url, String secret) {
    }

    /** A delivery the worker has claimed. */
    record Claimed(UUID id, long webhookId, String eventType, String body, Instant createdAt, Instant replayedAt,
                   int attempts) {
    }

    long insert(Long projectId, String url, String secret, List<String> events, Instant at, String by) {
        return jdbc.sql("""
                        insert into webhook (project_id, url, secret, events, created_at, created_by)
                        values (?, ?, ?, ?, ?, ?) returning id""")
                .params(projectId, url, secret, events.toArray(String[]::new), Timestamp.from(at), by)
                .query(Long.class).single();
    }

    List<Webhook> list(Long projectId) {
        return jdbc.sql("select id, project_id, url, events, created_at, created_by from webhook "
                        + "where project_id is not distinct from ? order by id")
                .param(projectId).query(WebhookRepository::webhook).list();
    }

    Optional<Webhook> find(long id) {
        return jdbc.sql("select id, project_id, url, events, created_at, created_by from webhook where id = ?")
                .param(id).query(WebhookRepository::webhook).optional();
    }

    boolean delete(long id) {
        return jdbc.sql("delete from webhook where id = ?").param(id).update() > 0;
    }

    /** The project's webhooks and the global ones that want this type. */
    List<Long> subscribers(Long projectId, String type) {
        return jdbc.sql("select id from webhook where (project_id is null or project_id = ?) and ? = any(events) order by id")
                .params(projectId, type).query(Long.class).list();
    }

    void insertDelivery(UUID id, long webhookId, String type, String body, Instant at) {
        jdbc.sql("""
                        insert into webhook_delivery (id, webhook_id, event_type, body, created_at, next_attempt_at)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(id, webhookId, type, body, Timestamp.from(at), Timestamp.from(at)).update();
    }

    /**
     * Takes up to {@code limit} due deliveries for this worker: their next attempt moves to {@code lease}, so that no
     * other worker takes them meanwhile and a worker that dies leaves them to be tried again then.
     */
    List<Claimed> claimDue(Instant now, Instant lease, int limit) {
        return jdbc.sql("""
                        update webhook_delivery d set next_attempt_at = ?
                        where d.id in (select id from webhook_delivery where next_attempt_at <= ?
                                       order by next_attempt_at limit ? for update skip locked)
                        returning d.id, d.webhook_id, d.event_type, d.body, d.created_at, d.replayed_at, d.attempts""")
                .params(Timestamp.from(lease), Timestamp.from(now), limit)
                .query((rs, n) -> new Claimed(rs.getObject("id", UUID.class), rs.getLong("webhook_id"),
                        rs.getString("event_type"), rs.getString("body"), instant(rs, "created_at"),
                        instant(rs, "replayed_at"), rs.getInt("attempts")))
                .list();
    }

    Optional<Target> target(long webhookId) {
        return jdbc.sql("select id, url, secret from webhook where id = ?").param(webhookId)
                .query((rs, n) -> new Target(rs.getLong("id"), rs.getString("url"), rs.getString("secret"))).optional();
    }

    void recordAttempt(UUID deliveryId, Instant at, Integer status, long millis, String error, boolean replay,
                       Instant deliveredAt, Instant nextAttemptAt) {
        jdbc.sql("""
                        insert into webhook_attempt (delivery_id, attempted_at, status_code, duration_ms, error, replay)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(deliveryId, Timestamp.from(at), status, (int) Math.min(Integer.MAX_VALUE, millis), error, replay)
                .update();
        jdbc.sql("""
                        update webhook_delivery set attempts = attempts + 1, last_status = ?, last_error = ?,
                               delivered_at = coalesce(?, delivered_at), next_attempt_at = ?
                        where id = ?""")
                .params(status, error, deliveredAt == null ? null : Timestamp.from(deliveredAt),
                        nextAttemptAt == null ? null : Timestamp.from(nextAttemptAt), deliveryId)
                .update();
    }

    /**
     * Sends a delivery again from now on, with a fresh day of retries and backoff (its earlier attempts stay in the
     * log); false when there is no such delivery.
     */
    boolean replay(long webhookId, UUID deliveryId, Instant now) {
        return jdbc.sql("""
                        update webhook_delivery set replayed_at = ?, next_attempt_at = ?, delivered_at = null, attempts = 0
                        where id = ? and webhook_id = ?""")
                .params(Timestamp.from(now), Timestamp.from(now), deliveryId, webhookId).update() > 0;
    }

    /** The latest deliveries of a webhook, newest first, each with its attempts. */
    List<Delivery> deliveries(long webhookId, int limit) {
        Map<UUID, Delivery> deliveries = new LinkedHashMap<>();
        Map<UUID, List<Delivery.Attempt>> attempts = new LinkedHashMap<>();
        jdbc.sql("""
                        select d.id, d.webhook_id, d.event_type, d.created_at, d.next_attempt_at, d.delivered_at,
                               d.last_status, d.last_error
                        from webhook_delivery d where d.webhook_id = ? order by d.created_at desc, d.id limit ?""")
                .params(webhookId, limit).query(rs -> {
                    UUID id = rs.getObject("id", UUID.class);
                    attempts.put(id, new ArrayList<>());
                    deliveries.put(id, new Delivery(id, rs.getLong("webhook_id"), rs.getString("event_type"),
                            instant(rs, "created_at"), instant(rs, "next_attempt_at"), instant(rs, "delivered_at"),
                            (Integer) rs.getObject("last_status"), rs.getString("last_error"), List.of()));
                });
        if (deliveries.isEmpty()) {
            return List.of();
        }
        jdbc.sql("""
                        select delivery_id, attempted_at, status_code, duration_ms, error, replay from webhook_attempt
                        where delivery_id = any(?) order by attempted_at, id""")
                .param(deliveries.keySet().toArray(UUID[]::new)).query(rs -> {
                    attempts.get(rs.getObject("delivery_id", UUID.class)).add(new Delivery.Attempt(
                            instant(rs, "attempted_at"), (Integer) rs.getObject("status_code"), rs.getLong("duration_ms"),
                            rs.getString("error"), rs.getBoolean("replay")));
                });
        return deliveries.values().stream().map(d -> new Delivery(d.id(), d.webhookId(), d.eventType(), d.createdAt(),
                d.nextAttemptAt(), d.deliveredAt(), d.lastStatus(), d.lastError(), attempts.get(d.id()))).toList();
    }

    private static Webhook webhook(ResultSet rs, int row) throws SQLException {
        Long project = (Long) rs.getObject("project_id");
        return new Webhook(rs.getLong("id"), project, rs.getString("url"),
                Arrays.asList((String[]) rs.getArray("events").getArray()), instant(rs, "created_at"),
                rs.getString("created_by"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
