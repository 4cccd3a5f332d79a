package org.tarjima.notification;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class NotificationRepository {

    private final JdbcClient jdbc;

    NotificationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(long userId, String kind, String messageKey, List<String> arguments, String link, Instant at) {
        jdbc.sql("""
                        insert into notification (user_id, kind, message_key, arguments, link, created_at)
                        values (?, ?, ?, ?::text[], ?, ?)""")
                .params(userId, kind, messageKey, arrayLiteral(arguments), link, Timestamp.from(at)).update();
    }

    List<Notification> latest(long userId, int limit) {
        return jdbc.sql("""
                        select id, kind, message_key, arguments, link, created_at, read_at is not null as read
                        from notification where user_id = ? order by created_at desc, id desc limit ?""")
                .params(userId, limit).query(NotificationRepository::row).list();
    }

    int unread(long userId) {
        return jdbc.sql("select count(*) from notification where user_id = ? and read_at is null")
                .param(userId).query(Integer.class).single();
    }

    /** Marks one of the user's notifications read; false when it is not theirs (or does not exist). */
    boolean markRead(long userId, long id, Instant at) {
        return jdbc.sql("update notification set read_at = coalesce(read_at, ?) where id = ? and user_id = ?")
                .params(Timestamp.from(at), id, userId).update() > 0;
    }

    int markAllRead(long userId, Instant at) {
        return jdbc.sql("update notification set read_at = ? where user_id = ? and read_at is null")
                .params(Timestamp.from(at), userId).update();
    }

    Set<NotificationKind> muted(long userId) {
        Set<NotificationKind> muted = EnumSet.noneOf(NotificationKind.class);
        jdbc.sql("select kind from notification_muted where user_id = ?").param(userId).query(String.class).list()
                .forEach(kind -> muted.add(NotificationKind.valueOf(kind)));
        return muted;
    }

    boolean isMuted(long userId, NotificationKind kind) {
        return jdbc.sql("select exists(select 1 from notification_muted where user_id = ? and kind = ?)")
                .params(userId, kind.name()).query(Boolean.class).single();
    }

    void setMuted(long userId, Set<NotificationKind> muted) {
        jdbc.sql("delete from notification_muted where user_id = ?").param(userId).update();
        for (NotificationKind kind : muted) {
            jdbc.sql("insert into notification_muted (user_id, kind) values (?, ?)").params(userId, kind.name()).update();
        }
    }

    private static Notification row(ResultSet rs, int n) throws SQLException {
        Array arguments = rs.getArray("arguments");
        return new Notification(rs.getLong("id"), NotificationKind.valueOf(rs.getString("kind")),
                rs.getString("message_key"), Arrays.asList((String[]) arguments.getArray()), rs.getString("link"),
                rs.getTimestamp("created_at").toInstant(), rs.getBoolean("read"));
    }

    /** A PostgreSQL text[] literal: every element quoted, with " and \ escaped. */
    private static String arrayLiteral(List<String> values) {
        StringBuilder literal = new StringBuilder("{");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                literal.append(',');
            }
            String value = values.get(i) == null ? "" : values.get(i);
            literal.append('"').append(value.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return literal.append('}').toString();
    }
}
