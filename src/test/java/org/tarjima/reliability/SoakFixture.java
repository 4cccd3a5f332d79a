package org.tarjima.reliability;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tarjima.support.TestProjects;
import org.tarjima.support.TestUsers;
import org.tarjima.security.UserService.RoleRequest;
import org.tarjima.translation.SegmentRow;

/** The soak's world inside a test context: a fresh project of 100 segments in three locales, and its people. */
final class SoakFixture {

    static final List<String> LOCALES = List.of("ru", "kk", "uz");
    static final int SEGMENTS = 100;

    final long projectId;
    final long documentId;
    final List<Soak.Segment> segments = new ArrayList<>();
    final List<Soak.Client> clients = new ArrayList<>();

    SoakFixture(TestProjects projects, TestUsers users, int port, int editors, int reviewers) {
        StringBuilder article = new StringBuilder();
        for (int i = 1; i <= SEGMENTS; i++) {
            article.append("Paragraph ").append(i).append(" tells how people and nature live together.\n\n");
        }
        TestProjects.Created created = projects.aProject().withTargets(LOCALES.toArray(String[]::new))
                .withDocument(new TestProjects.Article("soak.txt", article.toString().getBytes(StandardCharsets.UTF_8)));
        projectId = created.project().id();
        documentId = created.document().id();
        for (int ordinal = 1; ordinal <= SEGMENTS; ordinal++) {
            SegmentRow row = projects.segment(documentId, "ru", ordinal);
            segments.add(new Soak.Segment(row.segmentId(), row.ordinal()));
        }
        List<RoleRequest> translating = LOCALES.stream().map(l -> TestUsers.translator(projectId, l)).toList();
        List<RoleRequest> reviewing = LOCALES.stream().map(l -> TestUsers.reviewer(projectId, l)).toList();
        for (int i = 1; i <= editors + reviewers; i++) {
            boolean reviewer = i > editors;
            String name = (reviewer ? "R" : "T") + String.format("%02d", i);
            String user = users.create("soak-" + name, (reviewer ? reviewing : translating).toArray(RoleRequest[]::new));
            // A token, not Basic: Basic checks a bcrypt hash on every request, which would measure bcrypt.
            clients.add(new Soak.Client(name, user, ApiClient.bearer(port, users.token(user)).withTimeout(Duration.ofSeconds(60)),
                    reviewer));
        }
        if (segments.size() != SEGMENTS) {
            throw new IllegalStateException("the soak article has " + segments.size() + " segments");
        }
    }

    /** The load figures of a run: throughput and latency. */
    static Map<String, Object> figures(List<Soak.Op> all, int clients, Duration duration) {
        List<Soak.Op> ops = all.stream().filter(o -> o.kind() != Soak.Kind.READ).toList();
        Map<String, Object> figures = new LinkedHashMap<>();
        double seconds = duration.toMillis() / 1000.0;
        long changes = ops.stream().filter(Soak.Op::changed).count();
        figures.put("clients", clients);
        figures.put("seconds", Math.round(seconds));
        figures.put("editorMinutes", Math.round(clients * seconds / 60.0 * 10) / 10.0);
        figures.put("writeRequests", ops.size());
        figures.put("writeRequestsPerSecond", Math.round(ops.size() / seconds * 10) / 10.0);
        figures.put("acceptedChangesPerSecond", Math.round(changes / seconds * 10) / 10.0);
        long[] millis = ops.stream().filter(o -> o.status() > 0).mapToLong(Soak.Op::millis).sorted().toArray();
        if (millis.length > 0) {
            figures.put("latencyMsP50", millis[millis.length / 2]);
            figures.put("latencyMsP95", millis[(int) (millis.length * 0.95)]);
            figures.put("latencyMsP99", millis[(int) (millis.length * 0.99)]);
            figures.put("latencyMsMax", millis[millis.length - 1]);
        }
        return figures;
    }
}
