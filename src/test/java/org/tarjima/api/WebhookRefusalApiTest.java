package org.tarjima.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.tarjima.support.SignedIn;

/**
 * With the default configuration (local addresses not allowed) a webhook to the server's own loopback is refused when
 * created, and a stored one whose host has come to resolve there is refused again at delivery time.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class WebhookRefusalApiTest {

    @Autowired
    TestRestTemplate anonymous;

    @Test
    void a_webhook_to_the_loopback_is_refused_with_the_reason() {
        TestRestTemplate admin = anonymous.withBasicAuth("admin", SignedIn.ADMIN_PASSWORD);
        Map<?, ?> project = admin.postForObject("/api/projects",
                Map.of("name", "Hooks " + UUID.randomUUID(), "sourceLocale", "en", "targetLocales", List.of("ru")), Map.class);
        Map<String, Object> request = Map.of("url", "http://127.0.0.1:5432/", "secret", "s", "events",
                List.of("document.imported"));

        ResponseEntity<String> refused = admin.postForEntity("/api/projects/{id}/webhooks", request, String.class,
                ((Number) project.get("id")).longValue());
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("127.0.0.1").contains("TARJIMA_WEBHOOKS_ALLOW_LOCAL");
        assertThat(admin.postForEntity("/api/webhooks", Map.of("url", "http://localhost/", "secret", "s", "events",
                List.of("document.imported")), String.class).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(admin.getForObject("/api/projects/{id}/webhooks", List.class, ((Number) project.get("id")).longValue()))
                .isEmpty();
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired
    org.tarjima.security.RunAs runAs;
    @Autowired
    org.tarjima.support.TestProjects projects;
    @Autowired
    org.tarjima.review.ReviewService reviews;
    @Autowired
    org.tarjima.webhooks.WebhookDispatcher dispatcher;

    @Test
    void a_stored_webhook_is_checked_again_before_each_delivery_and_the_refusal_logged() throws Exception {
        java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        com.sun.net.httpserver.HttpServer listener = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        listener.createContext("/hook", exchange -> {
            calls.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        listener.start();
        try {
            org.tarjima.support.TestProjects.Created created = runAs.admin(() ->
                    projects.aProject().withTargets("ru").withDocument(org.tarjima.support.TestProjects.seedArticle()));
            long projectId = created.project().id();
            // As if its name had resolved to a public address when it was created and resolves to the loopback now.
            long webhook = jdbc.sql("insert into webhook (project_id, url, secret, events, created_at, created_by) "
                            + "values (?, ?, 'secret', array['comment.created'], now(), 'admin') returning id")
                    .params(projectId, "http://127.0.0.1:" + listener.getAddress().getPort() + "/hook")
                    .query(Long.class).single();
            long segment = runAs.admin(() -> projects.segment(created.document().id(), "ru", 1).segmentId());
            runAs.admin(() -> reviews.addComment(segment, "ru", "Sent nowhere"));

            TestRestTemplate admin = anonymous.withBasicAuth("admin", SignedIn.ADMIN_PASSWORD);
            com.fasterxml.jackson.databind.JsonNode log = null;
            for (int i = 0; i < 200; i++) {
                dispatcher.runDue();
                log = new com.fasterxml.jackson.databind.ObjectMapper().readTree(admin.getForObject(
                        "/api/projects/{p}/webhooks/{w}/deliveries", String.class, projectId, webhook));
                if (log.size() == 1 && log.get(0).get("attempts").size() > 0) {
                    break;
                }
                Thread.sleep(50);
            }
            assertThat(log).hasSize(1);
            com.fasterxml.jackson.databind.JsonNode attempt = log.get(0).get("attempts").get(0);
            assertThat(attempt.get("statusCode").isNull()).isTrue();
            assertThat(attempt.get("error").asText()).contains("127.0.0.1").contains("private networks");
            assertThat(log.get(0).get("status").asText()).isEqualTo("PENDING");
            assertThat(calls.get()).isZero();
        } finally {
            listener.stop(0);
        }
    }
}
