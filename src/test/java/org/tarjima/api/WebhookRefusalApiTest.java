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

/** With the default configuration (local addresses not allowed) a webhook to the server's own loopback is refused. */
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
}
