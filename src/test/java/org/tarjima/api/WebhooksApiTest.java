package org.tarjima.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.BooleanSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tarjima.review.ReviewService;
import org.tarjima.security.RunAs;
import org.tarjima.support.MutableClock;
import org.tarjima.support.SignedIn;
import org.tarjima.support.TestProjects;
import org.tarjima.support.TestUsers;
import org.tarjima.webhooks.WebhookDispatcher;

/**
 * Webhooks end to end against a real HTTP listener on 127.0.0.1 (local addresses allowed in this context): the body
 * and its signature checked independently, retries after 500s with every attempt logged, replay, nothing for a change
 * that rolled back, and who may subscribe.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"tarjima.webhooks.allow-local=true", "tarjima.public-url=https://tarjima.example.org"})
@ActiveProfiles("test")
class WebhooksApiTest {

    private static final String SECRET = "s3cr3t-for-the-listener";

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(Instant.parse("2026-03-01T09:00:00Z"));
        }
    }

    @Autowired
    TestRestTemplate anonymous;
    @Autowired
    TestProjects projects;
    @Autowired
    TestUsers users;
    @Autowired
    RunAs runAs;
    @Autowired
    WebhookDispatcher dispatcher;
    @Autowired
    MutableClock clock;
    @Autowired
    ReviewService reviews;
    @Autowired
    PlatformTransactionManager transactionManager;

    private final ObjectMapper json = new ObjectMapper();
    private TestRestTemplate admin;
    private HttpServer listener;
    /** What the listener answers next, in order; 200 when empty. */
    private final ConcurrentLinkedQueue<Integer> answers = new ConcurrentLinkedQueue<>();
    private final List<Received> received = Collections.synchronizedList(new ArrayList<>());

    record Received(String event, String delivery, String signature, byte[] body) {
        JsonNode json() throws Exception {
            return new ObjectMapper().readTree(body);
        }
    }

    @BeforeEach
    void start() throws Exception {
        admin = anonymous.withBasicAuth("admin", SignedIn.ADMIN_PASSWORD);
        listener = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        listener.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            received.add(new Received(exchange.getRequestHeaders().getFirst("X-Tarjima-Event"),
                    exchange.getRequestHeaders().getFirst("X-Tarjima-Delivery"),
                    exchange.getRequestHeaders().getFirst("X-Tarjima-Signature"), body));
            Integer status = answers.poll();
            exchange.sendResponseHeaders(status == null ? 200 : status, -1);
            exchange.close();
        });
        listener.start();
    }

    @AfterEach
    void stop() {
        listener.stop(0);
    }

    private String hookUrl() {
        return "http://127.0.0.1:" + listener.getAddress().getPort() + "/hook";
    }

    private JsonNode body(ResponseEntity<String> response) throws Exception {
        return json.readTree(response.getBody());
    }

    private TestProjects.Created project() {
        return runAs.admin(() -> projects.aProject().withTargets("ru").withDocument(TestProjects.seedArticle()));
    }

    private long subscribe(long projectId, String... events) throws Exception {
        ResponseEntity<String> created = admin.postForEntity("/api/projects/{id}/webhooks",
                Map.of("url", hookUrl(), "secret", SECRET, "events", List.of(events)), String.class, projectId);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getBody()).doesNotContain(SECRET);
        return body(created).get("id").asLong();
    }

    private long firstSegment(long documentId) {
        return runAs.admin(() -> projects.segment(documentId, "ru", 1).segmentId());
    }

    /** Runs the due deliveries (as the worker would) until the condition holds, for at most ten seconds. */
    private void deliverUntil(BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < until) {
            dispatcher.runDue();
            Thread.sleep(20);
        }
        assertThat(condition.getAsBoolean()).as("condition within 10 s").isTrue();
    }

    private JsonNode deliveries(long projectId, long webhookId) throws Exception {
        ResponseEntity<String> log = admin.getForEntity("/api/projects/{p}/webhooks/{w}/deliveries", String.class,
                projectId, webhookId);
        assertThat(log.getStatusCode()).isEqualTo(HttpStatus.OK);
        return body(log);
    }

    private static String hmac(String secret, byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
    }

    @Test
    void a_comment_arrives_signed_with_the_secret_with_ids_and_absolute_links() throws Exception {
        TestProjects.Created created = project();
        long projectId = created.project().id();
        long webhook = subscribe(projectId, "comment.created");
        long segment = firstSegment(created.document().id());

        Instant commented = clock.instant();
        runAs.admin(() -> reviews.addComment(segment, "ru", "Please check the date format."));
        deliverUntil(() -> !received.isEmpty());

        Received hook = received.get(0);
        assertThat(hook.signature()).isEqualTo(hmac(SECRET, hook.body()));
        assertThat(hook.event()).isEqualTo("comment.created");
        JsonNode body = hook.json();
        assertThat(body.get("id").asText()).isEqualTo(hook.delivery());
        assertThat(body.get("type").asText()).isEqualTo("comment.created");
        assertThat(Instant.parse(body.get("occurredAt").asText())).isEqualTo(commented);
        assertThat(body.get("projectId").asLong()).isEqualTo(projectId);
        assertThat(body.get("data").get("segmentId").asLong()).isEqualTo(segment);
        assertThat(body.get("data").get("documentId").asLong()).isEqualTo(created.document().id());
        assertThat(body.get("data").get("locale").asText()).isEqualTo("ru");
        assertThat(body.get("data").get("author").asText()).isEqualTo("admin");
        assertThat(body.get("links").get("editor").asText()).isEqualTo("https://tarjima.example.org/documents/"
                + created.document().id() + "/ru?segment=" + segment);
        assertThat(body.get("links").get("projectApi").asText())
                .isEqualTo("https://tarjima.example.org/api/projects/" + projectId);

        JsonNode log = deliveries(projectId, webhook);
        assertThat(log).hasSize(1);
        assertThat(log.get(0).get("status").asText()).isEqualTo("DELIVERED");
        assertThat(log.get(0).get("attempts").get(0).get("statusCode").asInt()).isEqualTo(200);
        // A wrong secret would not verify: the signature is of these bytes with this key.
        assertThat(hook.signature()).isNotEqualTo(hmac("another secret", hook.body()));
    }

    @Test
    void a_failing_subscriber_is_retried_with_backoff_every_attempt_logged_and_a_delivery_can_be_replayed() throws Exception {
        TestProjects.Created created = project();
        long projectId = created.project().id();
        long webhook = subscribe(projectId, "comment.created");
        long segment = firstSegment(created.document().id());
        answers.add(500);
        answers.add(503);

        runAs.admin(() -> reviews.addComment(segment, "ru", "First"));
        deliverUntil(() -> received.size() == 1);
        JsonNode pending = deliveries(projectId, webhook).get(0);
        assertThat(pending.get("status").asText()).isEqualTo("PENDING");
        assertThat(pending.get("lastStatusCode").asInt()).isEqualTo(500);
        assertThat(Instant.parse(pending.get("nextAttemptAt").asText())).isEqualTo(clock.instant().plusSeconds(30));

        // Not due yet: nothing is sent before the backoff has passed.
        dispatcher.runDue();
        assertThat(received).hasSize(1);
        clock.advance(Duration.ofSeconds(31));
        deliverUntil(() -> received.size() == 2);
        clock.advance(Duration.ofSeconds(61));
        deliverUntil(() -> received.size() == 3);

        JsonNode delivered = deliveries(projectId, webhook).get(0);
        assertThat(delivered.get("status").asText()).isEqualTo("DELIVERED");
        assertThat(delivered.get("attempts")).hasSize(3);
        assertThat(delivered.get("attempts").findValuesAsText("statusCode")).containsExactly("500", "503", "200");
        assertThat(delivered.get("attempts").get(0).get("error").asText()).isEqualTo("HTTP 500");
        assertThat(delivered.get("attempts").get(0).has("durationMillis")).isTrue();
        // At least once: the same delivery id and body each time, so a subscriber can tell a repeat.
        assertThat(received).extracting(Received::delivery).containsOnly(delivered.get("id").asText());
        assertThat(received.get(2).body()).isEqualTo(received.get(0).body());

        ResponseEntity<String> replay = admin.postForEntity("/api/projects/{p}/webhooks/{w}/deliveries/{d}/replay", null,
                String.class, projectId, webhook, delivered.get("id").asText());
        assertThat(replay.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        deliverUntil(() -> received.size() == 4);
        JsonNode replayed = deliveries(projectId, webhook).get(0);
        assertThat(replayed.get("attempts")).hasSize(4);
        assertThat(replayed.get("attempts").get(3).get("replay").asBoolean()).isTrue();
        assertThat(replayed.get("status").asText()).isEqualTo("DELIVERED");
        assertThat(received.get(3).signature()).isEqualTo(hmac(SECRET, received.get(3).body()));

        assertThat(admin.postForEntity("/api/projects/{p}/webhooks/{w}/deliveries/{d}/replay", null, String.class,
                projectId, webhook, java.util.UUID.randomUUID()).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void a_change_that_rolls_back_sends_nothing() throws Exception {
        TestProjects.Created created = project();
        long projectId = created.project().id();
        long webhook = subscribe(projectId, "comment.created");
        long segment = firstSegment(created.document().id());

        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        runAs.admin(() -> transaction.execute(status -> {
            reviews.addComment(segment, "ru", "Never committed");
            status.setRollbackOnly();
            return null;
        }));
        dispatcher.runDue();
        assertThat(deliveries(projectId, webhook)).isEmpty();

        runAs.admin(() -> reviews.addComment(segment, "ru", "Committed"));
        deliverUntil(() -> received.size() == 1);
        assertThat(deliveries(projectId, webhook)).hasSize(1);
        assertThat(received).hasSize(1);
    }

    @Test
    void an_import_and_a_translated_locale_are_announced_once() throws Exception {
        TestProjects.Created first = project();
        long projectId = first.project().id();
        long webhook = subscribe(projectId, "document.imported", "locale.translated");
        TestProjects.Created created = runAs.admin(() -> new TestProjects.Created(first.project(),
                documentsOf(first)));
        deliverUntil(() -> received.size() == 1);
        assertThat(received.get(0).event()).isEqualTo("document.imported");
        assertThat(received.get(0).json().get("data").get("documentId").asLong()).isEqualTo(created.document().id());

        int segments = created.document().segmentCount();
        String[] texts = new String[segments];
        java.util.Arrays.fill(texts, "Перевод");
        String[] allButLast = java.util.Arrays.copyOf(texts, segments - 1);
        String translator = users.create("hook-translator", TestUsers.translator(projectId, "ru"));
        projects.confirmedBy(created, translator, "ru", allButLast);
        dispatcher.runDue();
        assertThat(received).hasSize(1);
        runAs.user(translator, () -> {
            org.tarjima.translation.SegmentRow last = projects.segment(created.document().id(), "ru", segments);
            return translations.confirm(new org.tarjima.translation.TargetEdit(last.segmentId(), "ru",
                    org.tarjima.base.text.InlineText.of("Последний"), last.version(), org.tarjima.translation.Origin.EDITOR));
        });
        deliverUntil(() -> received.size() == 2);
        JsonNode translated = received.get(1).json();
        assertThat(translated.get("type").asText()).isEqualTo("locale.translated");
        assertThat(translated.get("data").get("locale").asText()).isEqualTo("ru");
        assertThat(deliveries(projectId, webhook)).hasSize(2);
        // Approving keeps the locale translated: no second announcement.
        runAs.admin(() -> {
            org.tarjima.translation.SegmentRow row = projects.segment(created.document().id(), "ru", 1);
            return translations.approve(new org.tarjima.translation.TargetReview(row.segmentId(), "ru", row.version(),
                    org.tarjima.translation.Origin.EDITOR));
        });
        dispatcher.runDue();
        assertThat(received).hasSize(2);
    }

    private org.tarjima.document.DocumentSummary documentsOf(TestProjects.Created created) {
        return documentService.importSource(created.project().id(), "second.md",
                "# A second article\n\nIt has two sentences. Both need a translation.\n".getBytes(StandardCharsets.UTF_8));
    }

    @Autowired
    org.tarjima.document.DocumentService documentService;
    @Autowired
    org.tarjima.translation.TranslationService translations;

    @Test
    void translators_cannot_subscribe_to_a_project_and_managers_not_to_every_project() throws Exception {
        long projectId = project().project().id();
        String translator = users.create("hook-translator", TestUsers.translator(projectId, "ru"));
        String manager = users.create("hook-manager", TestUsers.manager(projectId));
        Map<String, Object> request = Map.of("url", hookUrl(), "secret", SECRET, "events", List.of("comment.created"));

        assertThat(anonymous.withBasicAuth(translator, TestUsers.PASSWORD).postForEntity("/api/projects/{id}/webhooks",
                request, String.class, projectId).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        TestRestTemplate asManager = anonymous.withBasicAuth(manager, TestUsers.PASSWORD);
        assertThat(asManager.postForEntity("/api/webhooks", request, String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(asManager.getForEntity("/api/webhooks", String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> own = asManager.postForEntity("/api/projects/{id}/webhooks", request, String.class, projectId);
        assertThat(own.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(body(asManager.getForEntity("/api/projects/{id}/webhooks", String.class, projectId))).hasSize(1);

        ResponseEntity<String> global = admin.postForEntity("/api/webhooks", request, String.class);
        assertThat(global.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(body(global).get("projectId").isNull()).isTrue();
        assertThat(admin.postForEntity("/api/projects/{id}/webhooks", Map.of("url", hookUrl(), "secret", SECRET,
                "events", List.of("segment.deleted")), String.class, projectId).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        admin.delete("/api/webhooks/{id}", body(global).get("id").asLong());
        assertThat(body(admin.getForEntity("/api/webhooks", String.class)).findValuesAsText("id"))
                .doesNotContain(body(global).get("id").asText());
    }
}
