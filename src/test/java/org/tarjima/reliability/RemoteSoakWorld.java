package org.tarjima.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The soak's world built over the REST API of a child application, as an administrator's script would: a project
 * of 100 segments in three locales, users with roles, and a token each.
 */
final class RemoteSoakWorld {

    final long projectId;
    final long documentId;
    final List<Soak.Segment> segments = new ArrayList<>();
    final List<Soak.Client> clients = new ArrayList<>();

    RemoteSoakWorld(ChildApplication app, int editors, int reviewers) throws IOException {
        ApiClient admin = ApiClient.bearer(app.port(), app.adminToken());
        JsonNode project = admin.post("/api/projects", Map.of("name", "Soak " + UUID.randomUUID(), "sourceLocale", "en",
                "targetLocales", SoakFixture.LOCALES)).json();
        projectId = project.get("id").asLong();
        StringBuilder article = new StringBuilder();
        for (int i = 1; i <= SoakFixture.SEGMENTS; i++) {
            article.append("Paragraph ").append(i).append(" tells how people and nature live together.\n\n");
        }
        documentId = admin.upload("/api/projects/" + projectId + "/documents", "soak.txt",
                article.toString().getBytes(StandardCharsets.UTF_8)).json().get("id").asLong();
        for (JsonNode segment : admin.get("/api/documents/" + documentId + "/segments?locale=ru&limit=1000").json()) {
            segments.add(new Soak.Segment(segment.get("id").asLong(), segment.get("ordinal").asInt()));
        }
        for (int i = 1; i <= editors + reviewers; i++) {
            boolean reviewer = i > editors;
            String name = (reviewer ? "R" : "T") + String.format("%02d", i);
            String user = "soak-" + name.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 6);
            String password = "password-" + user;
            admin.post("/api/admin/users", Map.of("username", user, "displayName", name, "password", password));
            List<Map<String, Object>> roles = new ArrayList<>();
            for (String locale : SoakFixture.LOCALES) {
                roles.add(Map.of("projectId", projectId, "locale", locale, "role", reviewer ? "REVIEWER" : "TRANSLATOR"));
            }
            admin.put("/api/admin/users/" + user + "/roles", roles);
            String token = ApiClient.basic(app.port(), user, password).post("/api/me/tokens", Map.of("name", "soak"))
                    .json().get("token").asText();
            clients.add(new Soak.Client(name, user, ApiClient.bearer(app.port(), token).withTimeout(Duration.ofSeconds(60)),
                    reviewer));
        }
    }
}
