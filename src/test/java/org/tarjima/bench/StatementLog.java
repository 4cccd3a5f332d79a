package org.tarjima.bench;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * PostgreSQL's statement log of one database, read back to say where a run's time went in the database: every
 * statement of the database is logged with its duration ({@code log_min_duration_statement = 0}) while the log is on,
 * and the entries of one backend between two instants are summed by what the statement does.
 *
 * <p>Why the log and not {@code pg_stat_statements}: the extension is not preloaded on this server, and loading it
 * means a restart other users of the server would notice. The setting is made on the benchmark's own database only
 * ({@code alter database … set}, which a superuser may do), and the pool's connections are replaced so that they all
 * carry it; bind parameters are left out of the log (the original file is one: 47 MB).
 *
 * <p>The server here writes its log to stderr, which Debian's {@code pg_ctlcluster} sends to
 * {@code /var/log/postgresql/postgresql-<version>-main.log} with the prefix {@code %m [%p] %q%u@%d}; another file can
 * be named with {@code -Dbench.pglog=…}. Without a readable log the runs are still measured, without their parts.
 */
final class StatementLog implements AutoCloseable {

    /** "2026-12-07 02:10:11.123 UTC [12345] postgres@db LOG:  duration: 1.234 ms  statement: copy …". */
    private static final Pattern ENTRY = Pattern.compile(
            "^(\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3}) UTC \\[(\\d+)] \\S*@(\\S+) LOG:  duration: ([0-9.]+) ms  "
                    + "(statement|parse [^:]*|bind [^:]*|execute [^:]*): (.*)$");
    private static final Pattern ANY_PREFIX = Pattern.compile("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} ");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

    /** One logged step of a statement (the extended protocol logs parse, bind and execute apart). */
    record Entry(Instant at, int pid, double millis, String step, String text) {
    }

    private final JdbcTemplate jdbc;
    private final String database;
    private final Path file;
    private final long start;

    private StatementLog(JdbcTemplate jdbc, String database, Path file, long start) {
        this.jdbc = jdbc;
        this.database = database;
        this.file = file;
        this.start = start;
    }

    /** Turns the log on for the benchmark's database and every connection of the pool; null when it cannot be read. */
    static StatementLog on(JdbcTemplate jdbc, DataSource pool) {
        Path file = Path.of(System.getProperty("bench.pglog", "/var/log/postgresql/postgresql-"
                + jdbc.queryForObject("select current_setting('server_version_num')::int / 10000", Integer.class) + "-main.log"));
        if (!Files.isReadable(file)) {
            System.out.println("statement log " + file + " not readable: the import's parts are not measured");
            return null;
        }
        String database = jdbc.queryForObject("select current_database()", String.class);
        jdbc.execute("alter database \"" + database + "\" set log_min_duration_statement = 0");
        jdbc.execute("alter database \"" + database + "\" set log_parameter_max_length = 0");
        renewConnections(pool);
        try {
            return new StatementLog(jdbc, database, file, Files.size(file));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Idle connections are closed now, busy ones when returned: the next ones start with the database's settings. */
    private static void renewConnections(DataSource pool) {
        if (pool instanceof com.zaxxer.hikari.HikariDataSource hikari && hikari.getHikariPoolMXBean() != null) {
            hikari.getHikariPoolMXBean().softEvictConnections();
        }
    }

    /** The entries of the benchmark's database logged since the log was turned on. */
    List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            in.seek(start);
            byte[] bytes = new byte[(int) (in.length() - start)];
            in.readFully(bytes);
            String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n");
            Matcher open = null;
            StringBuilder text = new StringBuilder();
            for (String line : lines) {
                if (ANY_PREFIX.matcher(line).find()) {
                    add(open, text, entries);
                    Matcher m = ENTRY.matcher(line);
                    open = m.matches() && m.group(3).equals(database) ? m : null;
                    text.setLength(0);
                    if (open != null) {
                        text.append(open.group(6));
                    }
                } else if (open != null) {
                    // a statement of several lines goes on without the prefix
                    text.append(' ').append(line.strip());
                }
            }
            add(open, text, entries);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return entries;
    }

    private static void add(Matcher open, StringBuilder text, List<Entry> into) {
        if (open == null) {
            return;
        }
        Instant at = LocalDateTime.parse(open.group(1), TIME).toInstant(ZoneOffset.UTC);
        into.add(new Entry(at, Integer.parseInt(open.group(2)), Double.parseDouble(open.group(4)), open.group(5),
                text.toString()));
    }

    /**
     * The milliseconds the statements of one backend took between two instants, summed by {@code part} (a name for each
     * statement; entries of the same statement's parse, bind and execute go to the same part), in the order first seen.
     */
    static Map<String, Double> sum(List<Entry> entries, int pid, Instant from, Instant to, Function<String, String> part) {
        Map<String, Double> sums = new LinkedHashMap<>();
        for (Entry entry : entries) {
            // the log's time is the statement's end, to the millisecond
            if (entry.pid() == pid && !entry.at().isBefore(from.minusMillis(1)) && !entry.at().isAfter(to.plusMillis(1))) {
                sums.merge(part.apply(entry.text()), entry.millis(), Double::sum);
            }
        }
        return sums;
    }

    /** The backend that ran a statement containing {@code text} between two instants, or -1. */
    static int backendThatRan(List<Entry> entries, String text, Instant from, Instant to) {
        for (Entry entry : entries) {
            if (entry.text().toLowerCase(java.util.Locale.ROOT).contains(text) && !entry.at().isBefore(from.minusMillis(1))
                    && !entry.at().isAfter(to.plusMillis(1))) {
                return entry.pid();
            }
        }
        return -1;
    }

    /** The database's log settings back to the server's (connections opened from now on log nothing). */
    @Override
    public void close() {
        jdbc.execute("alter database \"" + database + "\" reset log_min_duration_statement");
        jdbc.execute("alter database \"" + database + "\" reset log_parameter_max_length");
    }
}
