package org.tarjima.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The SSRF guard on its own: which addresses a webhook may not point to, and only http(s). */
class WebhookUrlsTest {

    private final WebhookUrls guarded = new WebhookUrls(false);

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080/hook", "http://localhost/hook", "http://10.1.2.3/", "http://172.16.0.5/",
            "http://192.168.1.10/", "http://169.254.169.254/latest/meta-data/", "http://0.0.0.0/", "http://[::1]/",
            "http://[fe80::1]/", "http://[fd12:3456::1]/", "http://[fc00::5]/", "http://[::ffff:127.0.0.1]/"})
    void addresses_of_the_server_and_private_networks_are_refused(String url) {
        assertThatThrownBy(() -> guarded.check(url))
                .isInstanceOf(WebhookUrlRefusedException.class)
                .hasMessageContaining("private networks")
                .satisfies(e -> assertThat(((WebhookUrlRefusedException) e).messageKey()).isEqualTo("webhooks.error.localAddress"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://93.184.216.34/", "file:///etc/passwd", "gopher://93.184.216.34/", "not a url",
            "https://user:pass@93.184.216.34/", ""})
    void only_http_and_https_urls_with_a_host_are_taken(String url) {
        assertThatThrownBy(() -> guarded.check(url)).isInstanceOf(WebhookUrlRefusedException.class)
                .satisfies(e -> assertThat(((WebhookUrlRefusedException) e).messageKey()).isEqualTo("webhooks.error.url"));
    }

    @Test
    void a_public_address_is_taken() {
        assertThat(guarded.check("https://93.184.216.34/hooks/tarjima?x=1").getHost()).isEqualTo("93.184.216.34");
        assertThat(guarded.check("http://[2001:4860:4860::8888]/hook").getHost()).isEqualTo("[2001:4860:4860::8888]");
    }

    @Test
    void allow_local_lets_the_loopback_through_but_still_only_http() {
        WebhookUrls local = new WebhookUrls(true);
        assertThat(local.check("http://127.0.0.1:9000/hook").getPort()).isEqualTo(9000);
        assertThatThrownBy(() -> local.check("file:///etc/passwd")).isInstanceOf(WebhookUrlRefusedException.class);
    }

    @Test
    void backoff_doubles_up_to_an_hour_and_stops_after_a_day() {
        java.time.Instant created = java.time.Instant.parse("2026-01-01T00:00:00Z");
        WebhookRepository.Claimed first = new WebhookRepository.Claimed(java.util.UUID.randomUUID(), 1, "x", "{}", created,
                null, 0);
        assertThat(WebhookDispatcher.nextAttempt(first, created)).isEqualTo(created.plusSeconds(30));
        WebhookRepository.Claimed third = new WebhookRepository.Claimed(first.id(), 1, "x", "{}", created, null, 2);
        assertThat(WebhookDispatcher.nextAttempt(third, created)).isEqualTo(created.plusSeconds(120));
        WebhookRepository.Claimed many = new WebhookRepository.Claimed(first.id(), 1, "x", "{}", created, null, 15);
        assertThat(WebhookDispatcher.nextAttempt(many, created.plusSeconds(3600))).isEqualTo(created.plusSeconds(7200));
        assertThat(WebhookDispatcher.nextAttempt(many, created.plusSeconds(23 * 3600 + 1))).isNull();
    }
}
