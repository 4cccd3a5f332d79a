package org.tarjima.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Processor time of the PostgreSQL backends serving this benchmark's database, read from {@code /proc/<pid>/stat} of
 * the pids {@code pg_stat_activity} names for it. Unlike {@link CpuTime}'s sum over every {@code postgres} process,
 * it leaves out the other databases of a shared server (other agents' builds and tests) and the server's own
 * processes (WAL writer, checkpointer), so it is the part of PostgreSQL's time a save itself costs. A backend that
 * exits between two snapshots loses its time (the pool keeps its connections for 30 minutes); one that appears is
 * counted from its start.
 */
record DatabaseBackends(Map<Integer, Long> ticksByPid) {

    private static final long NANOS_PER_TICK = 10_000_000L;

    static DatabaseBackends now(JdbcTemplate jdbc) {
        List<Integer> pids = jdbc.queryForList("select pid from pg_stat_activity where datname = current_database()",
                Integer.class);
        Map<Integer, Long> ticks = new HashMap<>();
        for (int pid : pids) {
            long t = ticksOf(pid);
            if (t >= 0) {
                ticks.put(pid, t);
            }
        }
        return new DatabaseBackends(ticks);
    }

    /** Milliseconds of processor time the backends used since {@code start}; NaN when /proc cannot be read. */
    double millisSince(DatabaseBackends start) {
        if (ticksByPid.isEmpty()) {
            return Double.NaN;
        }
        long ticks = 0;
        for (Map.Entry<Integer, Long> backend : ticksByPid.entrySet()) {
            ticks += backend.getValue() - start.ticksByPid.getOrDefault(backend.getKey(), 0L);
        }
        return ticks * NANOS_PER_TICK / 1e6;
    }

    int count() {
        return ticksByPid.size();
    }

    /** utime + stime (fields 14 and 15); -1 when the process is gone or not visible. */
    private static long ticksOf(int pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (Exception e) {
            return -1;
        }
    }
}
