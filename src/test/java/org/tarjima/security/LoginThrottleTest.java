package org.tarjima.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/** Password guessing over HTTP Basic is slowed down per user name; other users do not notice. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@WithUserDetails(value = "admin", setupBefore = TestExecutionEvent.TEST_METHOD)
class LoginThrottleTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    UserService users;

    @Test
    void after_five_wrong_passwords_even_the_right_one_is_refused_for_a_while() {
        String name = "guessed-" + UUID.randomUUID().toString().substring(0, 8);
        String other = "bystander-" + UUID.randomUUID().toString().substring(0, 8);
        users.createUser(new NewUser(name, "Guessed", "correct horse battery", false));
        users.createUser(new NewUser(other, "Bystander", "another good password", false));

        assertThat(status(name, "correct horse battery")).isEqualTo(HttpStatus.OK);
        for (int attempt = 1; attempt <= LoginThrottle.FREE_ATTEMPTS; attempt++) {
            assertThat(status(name, "wrong guess " + attempt)).isEqualTo(HttpStatus.UNAUTHORIZED);
        }

        assertThat(status(name, "correct horse battery")).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(status(name.toUpperCase(), "correct horse battery")).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(status(other, "another good password")).isEqualTo(HttpStatus.OK);
    }

    private HttpStatus status(String username, String password) {
        return HttpStatus.valueOf(http.withBasicAuth(username, password).getForEntity("/api/projects", String.class)
                .getStatusCode().value());
    }
}
