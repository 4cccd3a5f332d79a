package org.tarjima.reliability;

import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import org.tarjima.support.TestProjects;
import org.tarjima.support.TestUsers;

/**
 * The soak, in the reliability profile only: 50 concurrent editors and reviewers (35 and 15) on the same 100
 * segments in three locales for 10 minutes ({@code -Dsoak.long.minutes} to change it), held to the same verdict as the
 * short one in every test run.
 */
@Tag("reliability")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@WithUserDetails(value = "admin", setupBefore = TestExecutionEvent.TEST_METHOD)
class LongSoakTest {

    @LocalServerPort
    int port;
    @Autowired
    TestProjects projects;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;

    @Test
    void fifty_editors_and_reviewers_for_ten_minutes_lose_nothing_double_nothing_and_the_history_replays_exactly()
            throws Exception {
        SoakRunner.soak(projects, users, jdbc, port, 35, 15,
                Duration.ofMinutes(Integer.getInteger("soak.long.minutes", 10)), "soak-long");
    }
}
