package org.tarjima.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class UserRepository {

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<TarjimaUser> findByUsername(String username) {
        return jdbc.sql("select id, username, display_name, password_hash, admin, enabled from app_user where lower(username) = lower(?)")
                .param(username).query(UserRepository::user).optional();
    }

    Optional<TarjimaUser> findByTokenHash(String hash) {
        return jdbc.sql("""
                        select u.id, u.username, u.display_name, u.password_hash, u.admin, u.enabled
                        from access_token t join app_user u on u.id = t.user_id
                        where t.token_hash = ? and t.revoked_at is null""")
                .param(hash).query(UserRepository::user).optional();
    }

    void tokenUsed(String hash, Instant now) {
        // Once a minute is enough to tell "in use" from "forgotten", and keeps API calls from writing every time.
        // The cut-off is computed here: PostgreSQL cannot type "? - interval" from a bare parameter and refused it.
        jdbc.sql("""
                        update access_token set last_used_at = ?
                        where token_hash = ? and (last_used_at is null or last_used_at < ?)""")
                .params(Timestamp.from(now), hash, Timestamp.from(now.minus(java.time.Duration.ofMinutes(1)))).update();
    }

    private static TarjimaUser user(ResultSet rs, int row) throws SQLException {
        return new TarjimaUser(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                rs.getString("password_hash"), rs.getBoolean("admin"), rs.getBoolean("enabled"));
    }

    Optional<Actor> actor(String username) {
        List<Actor> actors = users("where lower(u.username) = lower(?) and u.enabled", username).stream()
                .map(u -> new Actor(u.id(), u.username(), u.displayName(), u.admin(), u.grants())).toList();
        return actors.stream().findFirst();
    }

    List<UserSummary> list() {
        return users("", null);
    }

    Optional<UserSummary> summary(String username) {
        return users("where lower(u.username) = lower(?)", username).stream().findFirst();
    }

    private List<UserSummary> users(String where, String parameter) {
        var statement = jdbc.sql("""
                select u.id, u.username, u.display_name, u.admin, u.enabled, u.demo,
                       g.id as grant_id, g.project_id, p.name as project_name, g.locale, g.role
                from app_user u
                left join role_grant g on g.user_id = u.id
                left join project p on p.id = g.project_id
                """ + where + " order by lower(u.username), p.name nulls first, g.locale nulls first, g.role");
        if (parameter != null) {
            statement = statement.param(parameter);
        }
        Map<Long, UserSummary> users = new LinkedHashMap<>();
        statement.query(rs -> {
            long id = rs.getLong("id");
            UserSummary user = users.computeIfAbsent(id, key -> {
                try {
                    return new UserSummary(key, rs.getString("username"), rs.getString("display_name"),
                            rs.getBoolean("admin"), rs.getBoolean("enabled"), rs.getBoolean("demo"), new ArrayList<>());
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            long grantId = rs.getLong("grant_id");
            if (!rs.wasNull()) {
                long projectId = rs.getLong("project_id");
                Long project = rs.wasNull() ? null : projectId;
                user.grants().add(new Grant(grantId, project, rs.getString("project_name"), rs.getString("locale"),
                        ProjectRole.valueOf(rs.getString("role"))));
            }
        });
        return users.values().stream()
                .map(u -> new UserSummary(u.id(), u.username(), u.displayName(), u.admin(), u.enabled(), u.demo(),
                        List.copyOf(u.grants())))
                .toList();
    }

    boolean anyUser() {
        return jdbc.sql("select exists(select 1 from app_user)").query(Boolean.class).single();
    }

    boolean anyDemoUser() {
        return jdbc.sql("select exists(select 1 from app_user where demo)").query(Boolean.class).single();
    }

    long insert(String username, String displayName, String passwordHash, boolean admin, boolean demo, Instant now) {
        return jdbc.sql("""
                        insert into app_user (username, display_name, password_hash, admin, demo, created_at)
                        values (?, ?, ?, ?, ?, ?) returning id""")
                .params(username, displayName, passwordHash, admin, demo, Timestamp.from(now))
                .query(Long.class).single();
    }

    boolean setEnabled(long userId, boolean enabled) {
        return jdbc.sql("update app_user set enabled = ? where id = ?").params(enabled, userId).update() == 1;
    }

    boolean setPassword(long userId, String passwordHash) {
        return jdbc.sql("update app_user set password_hash = ? where id = ?").params(passwordHash, userId).update() == 1;
    }

    Optional<String> uiLanguage(long userId) {
        return jdbc.sql("select ui_language from app_user where id = ?").param(userId)
                .query(String.class).optional();
    }

    Optional<String> email(long userId) {
        return Optional.ofNullable(jdbc.sql("select email from app_user where id = ?").param(userId)
                .query((rs, n) -> Optional.ofNullable(rs.getString(1))).single().orElse(null));
    }

    void setEmail(long userId, String email) {
        jdbc.sql("update app_user set email = ? where id = ?").params(email, userId).update();
    }

    /** An enabled user's address and UI language; empty for a disabled or unknown user. */
    Optional<MailContact> contact(String username) {
        return jdbc.sql("select username, email, ui_language from app_user where lower(username) = lower(?) and enabled")
                .param(username).query((rs, n) -> new MailContact(rs.getString("username"), rs.getString("email"),
                        rs.getString("ui_language"))).optional();
    }

    void setUiLanguage(long userId, String languageTag) {
        jdbc.sql("update app_user set ui_language = ? where id = ?").params(languageTag, userId).update();
    }

    /** Adds a grant; empty when the user already has it. */
    Optional<Long> insertGrant(long userId, Long projectId, String locale, ProjectRole role, Instant now, String by) {
        return jdbc.sql("""
                        insert into role_grant (user_id, project_id, locale, role, granted_at, granted_by)
                        values (?, ?, ?, ?, ?, ?) on conflict do nothing returning id""")
                .params(userId, projectId, locale, role.name(), Timestamp.from(now), by)
                .query(Long.class).optional();
    }

    record GrantOwner(long userId, Long projectId) {
    }

    Optional<GrantOwner> grantOwner(long grantId) {
        return jdbc.sql("select user_id, project_id from role_grant where id = ?").param(grantId)
                .query((rs, row) -> {
                    long project = rs.getLong("project_id");
                    return new GrantOwner(rs.getLong("user_id"), rs.wasNull() ? null : project);
                }).optional();
    }

    void deleteGrant(long grantId) {
        jdbc.sql("delete from role_grant where id = ?").param(grantId).update();
    }

    void deleteGrants(long userId) {
        jdbc.sql("delete from role_grant where user_id = ?").param(userId).update();
    }

    boolean projectExists(long projectId) {
        return jdbc.sql("select exists(select 1 from project where id = ?)").param(projectId).query(Boolean.class).single();
    }

    List<String> targetLocales(long projectId) {
        return jdbc.sql("select locale from project_target_locale where project_id = ? order by position")
                .param(projectId).query(String.class).list();
    }

    long insertToken(long userId, String name, String hash, Instant now) {
        return jdbc.sql("insert into access_token (user_id, name, token_hash, created_at) values (?, ?, ?, ?) returning id")
                .params(userId, name, hash, Timestamp.from(now)).query(Long.class).single();
    }

    List<AccessTokenInfo> tokens(long userId) {
        return jdbc.sql("""
                        select id, name, created_at, last_used_at, revoked_at from access_token
                        where user_id = ? order by created_at desc, id desc""")
                .param(userId).query((rs, row) -> new AccessTokenInfo(rs.getLong("id"), rs.getString("name"),
                        instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("last_used_at")),
                        instant(rs.getTimestamp("revoked_at"))))
                .list();
    }

    Optional<Long> tokenOwner(long tokenId) {
        return jdbc.sql("select user_id from access_token where id = ?").param(tokenId).query(Long.class).optional();
    }

    void revokeToken(long tokenId, Instant now) {
        jdbc.sql("update access_token set revoked_at = ? where id = ? and revoked_at is null")
                .params(Timestamp.from(now), tokenId).update();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
