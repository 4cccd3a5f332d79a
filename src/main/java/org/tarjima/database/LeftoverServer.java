package org.tarjima.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server that an earlier Tarjima started on our data directory and could not stop, because it was killed
 * (SIGKILL from an IDE's stop button, the OOM killer): the server runs on without it, holding the directory, and a new
 * server on the same directory refuses to start. Stopped here before the embedded server starts, the way PostgreSQL
 * itself asks (SIGTERM, a "smart" shutdown: the killed Tarjima's sessions are gone, so it writes a checkpoint and
 * exits), so nothing is lost.
 *
 * <p>A server whose Tarjima is still running is never touched: the embedded library holds a lock on
 * {@code epg-lock} in the data directory for as long as its JVM lives, and the operating system drops it when that JVM
 * dies. So "the lock is free and postmaster.pid names a live postgres" means exactly "left over".
 */
final class LeftoverServer {

    private static final Logger log = LoggerFactory.getLogger(LeftoverServer.class);
    static final String LOCK_FILE = "epg-lock";
    private static final Duration SHUTDOWN = Duration.ofSeconds(60);

    private LeftoverServer() {
    }

    /** Stops a server left over on {@code dataDirectory}, if there is one; refuses when another Tarjima uses it. */
    static void stopIfAny(Path dataDirectory) {
        Path lockFile = dataDirectory.resolve(LOCK_FILE);
        if (!Files.exists(lockFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new DatabaseUnavailableException("Another Tarjima is running with its data in " + dataDirectory
                        + " (it holds " + lockFile + ").", "Stop that one first, or give this one a directory of its own "
                        + "with TARJIMA_DB_EMBEDDED_DIR.", null);
            }
            try {
                postmaster(dataDirectory).ifPresent(server -> stop(server, dataDirectory));
            } finally {
                lock.release();
            }
        } catch (IOException e) {
            throw new DatabaseUnavailableException("Tarjima could not check " + lockFile + ": " + e.getMessage(),
                    "Make " + dataDirectory + " readable and writable for the user running Tarjima.", e);
        }
    }

    /** The live postgres process that {@code postmaster.pid} names, if any (a stale file PostgreSQL handles itself). */
    static Optional<ProcessHandle> postmaster(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        // After a reboot the number may belong to some other program: only a postgres is ours to stop.
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(process -> process.info().command().map(command -> command.contains("postgres")).orElse(true));
    }

    private static void stop(ProcessHandle server, Path dataDirectory) {
        log.warn("A PostgreSQL server (process {}) left over from a Tarjima that did not stop normally still runs on {}; "
                + "stopping it before starting a new one", server.pid(), dataDirectory);
        boolean signalled = server.destroy();
        boolean stopped = false;
        if (signalled) {
            try {
                server.onExit().get(SHUTDOWN.toSeconds(), TimeUnit.SECONDS);
                stopped = true;
            } catch (Exception e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        if (!stopped) {
            throw new DatabaseUnavailableException("A PostgreSQL server (process " + server.pid() + ") left over from "
                    + "an earlier Tarjima still runs on " + dataDirectory + " and "
                    + (signalled ? "did not stop within " + SHUTDOWN.toSeconds() + " s" : "cannot be stopped by this user")
                    + ".", "Stop it (kill " + server.pid() + ") and start Tarjima again.", null);
        }
        log.info("The left-over PostgreSQL server stopped cleanly");
    }
}
