package org.tarjima.base.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether the database user may set {@code session_replication_role} (which switches off triggers, foreign-key checks
 * among them), asked once per server and user; and setting it for the rest of the current transaction. A grant given
 * later takes effect with the next start; one revoked meanwhile makes the next import fail on the setting (and roll
 * back) until then, never skip a check it should not.
 */
final class TriggerControl {

    private static final Map<String, Boolean> ALLOWED = new ConcurrentHashMap<>();

    private TriggerControl() {
    }

    static boolean allowed(Connection connection) throws SQLException {
        String key = connection.getMetaData().getURL() + " " + connection.getMetaData().getUserName();
        Boolean known = ALLOWED.get(key);
        if (known != null) {
            return known;
        }
        boolean allowed;
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select current_setting('is_superuser') = 'on', "
                     + "current_setting('server_version_num')::int >= 150000")) {
            rs.next();
            allowed = rs.getBoolean(1);
            if (!allowed && rs.getBoolean(2)) {
                // PostgreSQL 15 and later can grant the parameter to an ordinary user
                try (ResultSet granted = statement.executeQuery(
                        "select has_parameter_privilege('session_replication_role', 'SET')")) {
                    granted.next();
                    allowed = granted.getBoolean(1);
                }
            }
        }
        ALLOWED.put(key, allowed);
        return allowed;
    }

    /**
     * Switches triggers off for the rest of the current transaction ({@code set local}), unless the table has a trigger
     * of its own besides its foreign keys' (a DBA's audit trigger, a test's injected fault): those always fire. Whether
     * it did.
     */
    static boolean skipKeyChecks(Connection connection, String table) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                select set_config('session_replication_role',
                                  case when exists(select 1 from pg_trigger where tgrelid = ?::regclass and not tgisinternal)
                                       then 'origin' else 'replica' end, true)""")) {
            statement.setString(1, table);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return "replica".equals(rs.getString(1));
            }
        }
    }

    /** Triggers on again for the rest of the transaction. */
    static void restore(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("set local session_replication_role = origin");
        }
    }
}
