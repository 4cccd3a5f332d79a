package org.tarjima.live;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.annotation.PreDestroy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Holds one connection of its own (outside the pool, which it would otherwise occupy for ever) that LISTENs on the
 * live channel, and passes each notification to {@link LiveEvents}. When the database goes away it reconnects with
 * a growing pause; events sent while it was away are lost, which the views survive: they re-read on reconnect.
 */
@Component
class NotificationListener {

    private static final Logger log = LoggerFactory.getLogger(NotificationListener.class);
    private static final int WAIT_MILLIS = 500;

    private final HikariDataSource pool;
    private final LiveEvents events;
    private volatile boolean running = true;
    private volatile Connection connection;
    private Thread thread;

    NotificationListener(HikariDataSource pool, LiveEvents events) {
        this.pool = pool;
        this.events = events;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        thread = new Thread(this::listen, "tarjima-live-listener");
        thread.setDaemon(true);
        thread.start();
    }

    private void listen() {
        long pause = 250;
        while (running) {
            try (Connection listening = open(); Statement statement = listening.createStatement()) {
                connection = listening;
                statement.execute("LISTEN " + LiveEvents.CHANNEL);
                pause = 250;
                PGConnection postgres = listening.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] arrived = postgres.getNotifications(WAIT_MILLIS);
                    if (arrived != null) {
                        for (PGNotification notification : arrived) {
                            events.deliver(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                log.warn("Live updates lost their database connection; reconnecting in {} ms: {}", pause, e.getMessage());
                sleep(pause);
                pause = Math.min(pause * 2, 10_000);
            }
        }
    }

    private Connection open() throws SQLException {
        Properties properties = new Properties();
        if (pool.getUsername() != null) {
            properties.setProperty("user", pool.getUsername());
        }
        if (pool.getPassword() != null) {
            properties.setProperty("password", pool.getPassword());
        }
        // Detect a dead server within seconds, not at the next TCP timeout.
        properties.setProperty("tcpKeepAlive", "true");
        properties.setProperty("socketTimeout", "30");
        return DriverManager.getConnection(pool.getJdbcUrl(), properties);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        running = false;
        Connection open = connection;
        if (open != null) {
            try {
                open.close();
            } catch (SQLException ignored) {
                // closing anyway
            }
        }
        if (thread != null) {
            thread.join(2000);
        }
    }
}
