import java.nio.file.Path;
import java.time.Instant;
import java.util.*;
import jdk.jfr.consumer.*;

/**
 * Where the JVM's threads spent an import, from a flight recording: the execution (and native) samples that fall in the
 * given windows, by thread and by part of the work (the rules below, first match over the whole stack wins).
 *
 * <pre>
 * ./mvnw -o -B -Pbench test -Dtest=ImportFloorBenchmark -Dbench.size=100000 -Dbench.label=jfr \
 *     "-Dbench.heap=3g -XX:StartFlightRecording=filename=/tmp/floor.jfr,settings=profile"
 * java bench/tools/JfrParts.java /tmp/floor.jfr 2026-12-07T02:27:56.082Z/2026-12-07T02:28:11.420Z,...
 * </pre>
 * The windows are the ones ImportFloorBenchmark prints for each round. (JAVA_TOOL_OPTIONS would start a recording in
 * Maven's JVM as well, both writing one file.)
 */
public class JfrParts {
    public static void main(String[] args) throws Exception {
        List<Instant[]> windows = new ArrayList<>();
        for (String w : args[1].split(",")) {
            String[] p = w.split("/");
            windows.add(new Instant[] {Instant.parse(p[0]), Instant.parse(p[1])});
        }
        Map<String, Map<String, Integer>> byThread = new TreeMap<>();
        Map<String, Integer> topOther = new HashMap<>();
        try (RecordingFile file = new RecordingFile(Path.of(args[0]))) {
            while (file.hasMoreEvents()) {
                RecordedEvent e = file.readEvent();
                String type = e.getEventType().getName();
                if (!type.equals("jdk.ExecutionSample") && !type.equals("jdk.NativeMethodSample")) continue;
                Instant t = e.getStartTime();
                boolean in = windows.stream().anyMatch(w -> !t.isBefore(w[0]) && !t.isAfter(w[1]));
                if (!in) continue;
                RecordedThread thread = e.getThread("sampledThread");
                String name = thread == null ? "?" : thread.getJavaName();
                if (name != null && name.startsWith("tarjima-xliff-read")) name = "tarjima-xliff-read";
                if (name != null && name.startsWith("floor-okapi")) name = "floor-okapi-read";
                String part = (type.equals("jdk.NativeMethodSample") ? "native: " : "") + classify(e.getStackTrace());
                byThread.computeIfAbsent(name, k -> new TreeMap<>()).merge(part, 1, Integer::sum);
                if (part.equals("other") && e.getStackTrace() != null && !e.getStackTrace().getFrames().isEmpty()) {
                    RecordedFrame f = e.getStackTrace().getFrames().get(0);
                    topOther.merge(name + " " + f.getMethod().getType().getName() + "." + f.getMethod().getName(), 1, Integer::sum);
                }
            }
        }
        byThread.forEach((thread, parts) -> {
            int total = parts.values().stream().mapToInt(Integer::intValue).sum();
            System.out.println(thread + ": " + total);
            parts.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue())
                    .forEach(p -> System.out.printf("   %6d %5.1f%%  %s%n", p.getValue(), 100.0 * p.getValue() / total, p.getKey()));
        });
        System.out.println("top 'other' frames:");
        topOther.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(25)
                .forEach(p -> System.out.printf("   %6d %s%n", p.getValue(), p.getKey()));
    }

    // in priority order: the first rule any frame of the stack matches decides (our conversion calls Okapi's getters,
    // which count as ours; Okapi's read calls nothing of ours)
    static final String[][] RULES = {
        {"org.tarjima.interchange.xliff.XliffPrecheck", "precheck"},
        {"org.tarjima.locale.WordCounter", "ours: word counts"},
        {"org.tarjima.base.text.InlineTextJson", "ours: JSON"},
        {"org.tarjima.base.db.CopyRows", "ours: COPY rows (escaping, joining)"},
        {"org.tarjima.base.text.StorableText", "ours: storable checks"},
        {"org.tarjima.interchange.okapi.OkapiFragments", "ours: Okapi fragments to InlineText"},
        {"org.tarjima.translation.TargetArrival.prepare", "ours: target prepare (codes)"},
        {"org.tarjima.document.SegmentPreparer", "ours: segment prepare (other)"},
        {"org.tarjima.interchange.okapi.OkapiXliff12Reader.textUnit", "ours: reader (units)"},
        {"org.tarjima.interchange.okapi.OkapiXliff12Reader.notes", "ours: reader (units)"},
        {"org.tarjima.interchange.xliff.XliffDocumentImportService.prepare", "ours: unit prepare (other)"},
        {"org.postgresql", "JDBC (sending, waiting)"},
        {"net.sf.okapi", "Okapi"},
        {"org.tarjima.interchange.xliff.ParsedInBackground", "handover queue"},
        {"org.tarjima", "ours: other"},
    };

    static String classify(RecordedStackTrace stack) {
        if (stack == null) return "no stack";
        for (String[] rule : RULES) {
            for (RecordedFrame f : stack.getFrames()) {
                String where = f.getMethod().getType().getName() + "." + f.getMethod().getName();
                if (where.startsWith(rule[0])) return rule[1];
            }
        }
        return "other";
    }
}
