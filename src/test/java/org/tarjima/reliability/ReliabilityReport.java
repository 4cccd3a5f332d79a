package org.tarjima.reliability;

import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What one part of the reliability suite tried and found, written as JSON: {@code bench/results/reliability-<name>.json}
 * in the {@code reliability} profile (the figures of docs/RELIABILITY.md), {@code target/reliability-results/} in the
 * normal test run, so that everyday runs never touch committed results.
 */
final class ReliabilityReport {

    /** Where results go; the reliability profile points this at bench/results. */
    static final String RESULTS_PROPERTY = "reliability.results";

    private final String name;
    private final Map<String, Object> figures = new LinkedHashMap<>();
    private final List<Map<String, Object>> cases = new ArrayList<>();

    ReliabilityReport(String name) {
        this.name = name;
    }

    synchronized ReliabilityReport figure(String key, Object value) {
        figures.put(key, value);
        return this;
    }

    /**
     * One thing tried: {@code outcome} says what the application answered; {@code lost} counts acknowledged work that
     * went missing, {@code leaked} anything that reached where it must not (a secret in an answer, a request to the
     * loopback server, another project's data).
     */
    synchronized void addCase(String caseName, String outcome, long lost, long leaked, Map<String, Object> details) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("case", caseName);
        entry.put("outcome", outcome);
        entry.put("lost", lost);
        entry.put("leaked", leaked);
        entry.putAll(details);
        cases.add(entry);
    }

    void addCase(String caseName, String outcome, long lost, long leaked) {
        addCase(caseName, outcome, lost, leaked, Map.of());
    }

    synchronized int caseCount() {
        return cases.size();
    }

    synchronized Path write() {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("suite", name);
        file.put("writtenAt", Instant.now().toString());
        file.put("machine", machine());
        file.put("figures", figures);
        file.put("cases", cases);
        file.put("totals", Map.of("cases", cases.size(),
                "lost", cases.stream().mapToLong(c -> ((Number) c.get("lost")).longValue()).sum(),
                "leaked", cases.stream().mapToLong(c -> ((Number) c.get("leaked")).longValue()).sum()));
        try {
            String configured = System.getProperty(RESULTS_PROPERTY);
            Path directory = Files.createDirectories(configured == null || configured.isBlank()
                    ? Path.of("target", "reliability-results") : Path.of(configured));
            Path target = directory.resolve("reliability-" + name + ".json");
            Files.writeString(target, ApiClient.JSON.copy().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(file) + "\n");
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> machine() {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("maxHeapMb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        machine.put("java", System.getProperty("java.version"));
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        machine.put("commit", commit());
        return machine;
    }

    private static String commit() {
        try {
            Process git = new ProcessBuilder("git", "rev-parse", "--short", "HEAD").redirectErrorStream(true).start();
            String out = new String(git.getInputStream().readAllBytes()).strip();
            return git.waitFor(5, TimeUnit.SECONDS) && git.exitValue() == 0 ? out : "unknown";
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }
}
