package org.tarjima.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Processor time used so far by this JVM and by the PostgreSQL processes on this machine (every process named
 * {@code postgres}: the backends, the WAL writer, the checkpointer, and through the postmaster's children's times
 * the ones that have exited). The difference over a run says what the run cost the cores, which a wall time alone
 * cannot: on two cores shared by the application and the database, a run cannot be shorter than the work of both
 * divided by two, nor than the work of its one PostgreSQL backend.
 *
 * @param postgresNanos -1 when the PostgreSQL processes cannot be seen (a server on another machine)
 */
record CpuTime(long jvmNanos, long postgresNanos) {

    /** Linux reports process times in USER_HZ ticks, 100 a second on every architecture Java runs on. */
    private static final long NANOS_PER_TICK = 10_000_000L;

    static CpuTime now() {
        long jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
        return new CpuTime(jvm, postgresTicks() * NANOS_PER_TICK);
    }

    CpuTime since(CpuTime start) {
        boolean seen = postgresNanos >= 0 && start.postgresNanos >= 0;
        return new CpuTime(jvmNanos - start.jvmNanos, seen ? postgresNanos - start.postgresNanos : -1);
    }

    double jvmMillis() {
        return jvmNanos / 1e6;
    }

    /** NaN when unknown. */
    double postgresMillis() {
        return postgresNanos < 0 ? Double.NaN : postgresNanos / 1e6;
    }

    /** The sum of utime, stime, cutime and cstime (fields 14–17 of /proc/PID/stat) of every postgres process. */
    private static long postgresTicks() {
        Path proc = Path.of("/proc");
        if (!Files.isDirectory(proc)) {
            return -1;
        }
        long ticks = 0;
        try (Stream<Path> processes = Files.list(proc)) {
            for (Path process : (Iterable<Path>) processes::iterator) {
                if (!process.getFileName().toString().chars().allMatch(Character::isDigit)) {
                    continue;
                }
                ticks += postgresTicksOf(process);
            }
        } catch (IOException e) {
            return -1;
        }
        return ticks;
    }

    private static long postgresTicksOf(Path process) {
        try {
            String stat = Files.readString(process.resolve("stat"));
            // "pid (comm) state ppid …": comm may hold spaces, so fields are counted after its closing parenthesis
            int open = stat.indexOf('(');
            int close = stat.lastIndexOf(')');
            if (!stat.substring(open + 1, close).equals("postgres")) {
                return 0;
            }
            String[] fields = stat.substring(close + 2).split(" ");
            // fields[0] is field 3 (state), so utime (14) … cstime (17) are fields[11] … fields[14]
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]) + Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
        } catch (IOException | RuntimeException e) {
            return 0; // exited meanwhile: its time went to its parent's children's times
        }
    }
}
