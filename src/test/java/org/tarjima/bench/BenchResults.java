package org.tarjima.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The results file of one benchmark, in the format of {@link BenchmarkSuite}'s: a first object with the machine
 * (cores, memory, JVM, PostgreSQL, commit, and what the benchmark adds), then one object per measurement
 * {name, unit, median, p95, baseline_name, baseline_median, ratio, target, met, runs}. Written to
 * bench/results/&lt;date&gt;-&lt;name&gt;.json and printed as a table.
 */
final class BenchResults {

    private final String fileName;
    private final Map<String, Object> machine = new LinkedHashMap<>();
    private final List<Map<String, Object>> results = new ArrayList<>();

    BenchResults(String fileName) {
        this.fileName = fileName;
        machine.putAll(machineHeader());
    }

    /** The machine as every results file names it: cores, memory, heap, JVM, load average, commit. */
    static Map<String, Object> machineHeader() {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("cores", Runtime.getRuntime().availableProcessors());
        header.put("memory_mb", ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize() / (1024 * 1024));
        header.put("max_heap_mb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        header.put("jvm", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        header.put("load_average", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        header.put("commit", commit());
        return header;
    }

    /** Adds the PostgreSQL version (and anything else) to the machine header. */
    BenchResults database(JdbcTemplate jdbc) {
        addDatabase(machine, jdbc);
        return this;
    }

    /** The PostgreSQL version and its shared buffers, added to a machine header. */
    static void addDatabase(Map<String, Object> header, JdbcTemplate jdbc) {
        header.put("postgresql", jdbc.queryForObject("show server_version", String.class));
        header.put("shared_buffers", jdbc.queryForObject("show shared_buffers", String.class));
    }

    BenchResults machine(String key, Object value) {
        machine.put(key, value);
        return this;
    }

    /** A measurement of several runs; {@code met} as the caller judged it against the target. */
    Map<String, Object> record(String name, String unit, Sample sample, String target, boolean met) {
        return record(name, unit, sample, null, null, target, met);
    }

    /** A measurement with a baseline measured in the same run. */
    Map<String, Object> record(String name, String unit, Sample sample, String baselineName, Sample baseline, String target,
                               boolean met) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("name", name);
        result.put("unit", unit);
        result.put("median", sample.median());
        result.put("p95", sample.percentile(95));
        result.put("baseline_name", baselineName);
        result.put("baseline_median", baseline == null ? null : baseline.median());
        result.put("ratio", baseline == null || baseline.median() == 0 ? null : sample.median() / baseline.median());
        result.put("target", target);
        result.put("met", met);
        result.put("runs", sample.values().size());
        results.add(result);
        return result;
    }

    /** A single figure (no runs to take a median of). */
    Map<String, Object> value(String name, String unit, double value, String target, Boolean met) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("name", name);
        result.put("unit", unit);
        result.put("median", value);
        result.put("target", target);
        result.put("met", met);
        results.add(result);
        return result;
    }

    Path write() throws Exception {
        List<Object> file = new ArrayList<>();
        file.add(Map.of("machine", machine));
        file.addAll(results);
        Path directory = Files.createDirectories(Path.of("bench", "results"));
        Path out = directory.resolve(LocalDate.now() + "-" + fileName + ".json");
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.toFile(), file);
        System.out.printf("%n%-44s %6s %10s %10s %-24s %10s %s%n", "measurement", "unit", "median", "p95", "baseline", "median", "met");
        for (Map<String, Object> r : results) {
            System.out.printf("%-44s %6s %10s %10s %-24s %10s %s%n", r.get("name"), r.get("unit"), format(r.get("median")),
                    format(r.get("p95")), r.get("baseline_name") == null ? "" : r.get("baseline_name"), format(r.get("baseline_median")),
                    r.get("met"));
        }
        System.out.println(machine);
        System.out.println("written to " + out.toAbsolutePath());
        return out;
    }

    /** Null for what could not be measured (PostgreSQL on another machine), which JSON has no number for. */
    static Double known(double value) {
        return Double.isFinite(value) ? value : null;
    }

    static String format(Object value) {
        return value instanceof Number n ? String.format("%.2f", n.doubleValue()) : value == null ? "" : value.toString();
    }

    static String commit() {
        try {
            Process git = new ProcessBuilder("git", "rev-parse", "--short", "HEAD").start();
            return new String(git.getInputStream().readAllBytes()).strip();
        } catch (Exception e) {
            return "unknown";
        }
    }

    /** Timings or sizes of several runs. */
    record Sample(List<Double> values) {

        Sample {
            values = List.copyOf(values);
            if (values.isEmpty()) {
                throw new IllegalArgumentException("no runs");
            }
        }

        double median() {
            return percentile(50);
        }

        double percentile(int p) {
            List<Double> sorted = new ArrayList<>(values);
            Collections.sort(sorted);
            return sorted.get(Math.max(0, Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)));
        }
    }
}
