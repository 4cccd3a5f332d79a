package org.tarjima.bench;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.management.ObjectName;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.tarjima.document.DocumentSummary;
import org.tarjima.intake.IncomingFiles;
import org.tarjima.interchange.xliff.XliffWriter;
import org.tarjima.project.NewProject;
import org.tarjima.project.ProjectService;
import org.tarjima.project.ProjectSummary;
import org.tarjima.support.TarjimaTest;
import org.tarjima.translation.ui.EditorView;

/**
 * Server memory of one open editor tab (target ≤ 1 MB): {@code bench.tabs} (default 100) editor UIs open at once on
 * a 10,000-segment document, created in this JVM by Karibu-Testing with the application's Spring context (no
 * browsers: {@link SpringMockServlet}), each in its own session, navigated to documents/{id}/ru?segment=n at segments
 * spread over the document, with the grid's first 100 rows around the active one fetched as a browser's first
 * request does. Retained heap is the heap in use after full collections with the tabs open, less the same before
 * (a few tabs opened first so that class loading and caches are not counted), divided by the number of tabs; a
 * class histogram before and after (the JVM's GC.class_histogram) says what holds it. Writes
 * bench/results/&lt;date&gt;-editor-memory.json.
 */
@TarjimaTest
@Tag("bench")
class EditorMemoryBenchmark {

    private static final int TABS = Integer.getInteger("bench.tabs", 100);
    private static final int SEGMENTS = 10_000;
    private static final int WARM_UP_TABS = 3;
    private static final int FIRST_ROWS = 100;

    @Autowired
    ApplicationContext context;
    @Autowired
    SecurityContextHolderStrategy holder;
    @Autowired
    ProjectService projects;
    @Autowired
    IncomingFiles incoming;
    @Autowired
    List<XliffWriter> writers;
    @Autowired
    JdbcTemplate jdbc;

    /** What a real server holds for open tabs: their sessions (Karibu itself keeps only the current one). */
    private final List<VaadinSession> sessions = new ArrayList<>();
    private final List<UI> uis = new ArrayList<>();

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void measure() throws Exception {
        ProjectSummary project = projects.create(new NewProject("Editor memory " + UUID.randomUUID(), "en", List.of("ru")));
        XliffWriter writer = writers.stream().filter(w -> w.version().equals("1.2")).findFirst().orElseThrow();
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        writer.write(Workload.header("memory.xlf"), Workload.units(SEGMENTS, 42).iterator(), file);
        DocumentSummary document = incoming.importFile(project.id(), "memory.xlf", file.toByteArray());

        SpringMockServlet servlet = new SpringMockServlet(context);
        productionModeComponentTracking();
        for (int i = 0; i < WARM_UP_TABS; i++) {
            open(servlet, document, 1 + i * 31);
        }
        long before = usedAfterGc();
        Map<String, long[]> histogramBefore = histogram();

        long begin = System.nanoTime();
        for (int i = 0; i < TABS; i++) {
            open(servlet, document, 1 + (int) ((long) i * 9_973 % SEGMENTS));
        }
        double openSeconds = (System.nanoTime() - begin) / 1e9;
        long after = usedAfterGc();
        Map<String, long[]> histogramAfter = histogram();

        double perTabMb = (after - before) / (double) TABS / (1024 * 1024);
        List<Map<String, Object>> top = growth(histogramBefore, histogramAfter, 25);
        System.out.printf("%d editor tabs opened in %.1f s; heap in use after GC %d MB -> %d MB: %.3f MB per tab%n", TABS,
                openSeconds, before >> 20, after >> 20, perTabMb);
        top.forEach(row -> System.out.printf("  %-70s %+9d instances %+10.1f KB per tab%n", row.get("class"), row.get("instances"),
                ((Number) row.get("kb_per_tab")).doubleValue()));

        BenchResults results = new BenchResults("editor-memory").database(jdbc)
                .machine("tabs", TABS)
                .machine("document_segments", SEGMENTS)
                .machine("grid_rows_fetched_per_tab", FIRST_ROWS)
                .machine("how", "Karibu-Testing 2.5.0 UIs in the test JVM with the Spring context, one session per tab; "
                        + "heap used after System.gc() ×4, and GC.class_histogram before/after; Vaadin's ComponentTracker off "
                        + "(as in production mode)");
        results.value("editor_tab_retained_heap", "MB", perTabMb, "≤ 1 MB per tab", perTabMb <= 1.0);
        results.value("editor_tabs_open_time_per_tab", "ms", openSeconds * 1000 / TABS, "", null);
        results.value("heap_used_before_mb", "MB", before / (1024.0 * 1024), "", null);
        results.value("heap_used_after_mb", "MB", after / (1024.0 * 1024), "", null);
        results.value("editor_tab_retained_heap_top_classes", "KB per tab", top.stream()
                .mapToDouble(row -> ((Number) row.get("kb_per_tab")).doubleValue()).sum(), "", null).put("classes", top);
        results.write();
    }

    /** A new session and UI on the editor at {@code ordinal}, and the grid's first rows as the browser asks for them. */
    private void open(SpringMockServlet servlet, DocumentSummary document, int ordinal) {
        servlet.openSession(holder);
        UI ui = UI.getCurrent();
        ui.navigate("documents/" + document.id() + "/ru", QueryParameters.simple(Map.of("segment", String.valueOf(ordinal))));
        LocatorJ._get(EditorView.class);
        @SuppressWarnings("unchecked")
        Grid<Object> grid = LocatorJ._get(Grid.class, spec -> spec.withId("segment-grid"));
        grid.getDataCommunicator().setViewportRange(Math.max(0, ordinal - 3), FIRST_ROWS);
        MockVaadin.clientRoundtrip();
        sessions.add(ui.getSession());
        uis.add(ui);
        // The tabs already open learn of the new one (presence) as a server does it: their queued UI.access tasks run
        // (Karibu holds every session's lock on this thread, so nothing else runs them), and what changed is pushed.
        for (int i = 0; i < sessions.size(); i++) {
            MockVaadin.runUIQueue(false, sessions.get(i));
            // What writing the response (or the push) does: the changes sent are let go of (Karibu itself keeps them).
            uis.get(i).getInternals().getStateTree().collectChanges(change -> { });
        }
    }

    /**
     * In development mode Vaadin records where every component was created and attached (ComponentTracker, for its dev
     * tools: about 2 MB per editor tab here); the production jar runs in production mode, where it records nothing. The
     * test JVM runs in development mode, so the tracker is switched off as production mode has it.
     */
    private static void productionModeComponentTracking() throws ReflectiveOperationException {
        java.lang.reflect.Field disabled = com.vaadin.flow.component.internal.ComponentTracker.class.getDeclaredField("disabled");
        disabled.setAccessible(true);
        disabled.set(null, Boolean.TRUE);
    }

    private static long usedAfterGc() throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(200);
            used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    /** The JVM's class histogram (after a full collection): class name -> {instances, bytes}. */
    private static Map<String, long[]> histogram() throws Exception {
        String text = (String) ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"),
                "gcClassHistogram", new Object[] {new String[0]}, new String[] {String[].class.getName()});
        Map<String, long[]> classes = new HashMap<>();
        for (String line : text.split("\n")) {
            String[] columns = line.trim().split("\\s+");
            if (columns.length >= 4 && columns[0].endsWith(":")) {
                classes.put(columns[3], new long[] {Long.parseLong(columns[1]), Long.parseLong(columns[2])});
            }
        }
        return classes;
    }

    private static List<Map<String, Object>> growth(Map<String, long[]> before, Map<String, long[]> after, int limit) {
        List<Map<String, Object>> rows = new ArrayList<>();
        after.forEach((name, now) -> {
            long[] then = before.getOrDefault(name, new long[2]);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("class", name);
            row.put("instances", now[0] - then[0]);
            row.put("bytes", now[1] - then[1]);
            row.put("kb_per_tab", (now[1] - then[1]) / 1024.0 / TABS);
            rows.add(row);
        });
        rows.sort(Comparator.comparingLong((Map<String, Object> row) -> (Long) row.get("bytes")).reversed());
        return rows.subList(0, Math.min(limit, rows.size()));
    }
}
