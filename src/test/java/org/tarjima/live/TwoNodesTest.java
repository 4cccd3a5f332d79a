package org.tarjima.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import org.tarjima.Application;
import org.tarjima.base.text.InlineText;
import org.tarjima.security.RunAs;
import org.tarjima.support.SignedIn;
import org.tarjima.support.TestProjects;
import org.tarjima.translation.Origin;
import org.tarjima.translation.SaveResult;
import org.tarjima.translation.SegmentRow;
import org.tarjima.translation.TargetEdit;
import org.tarjima.translation.TranslationService;

/**
 * Two application instances on one database, as behind a load balancer: node A is this test's context, node B a
 * second Spring context started here on its own port. Events cross through PostgreSQL, and optimistic locking holds
 * across nodes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@WithUserDetails(value = "admin", setupBefore = TestExecutionEvent.TEST_METHOD)
class TwoNodesTest {

    @LocalServerPort
    int portOfA;
    @Autowired
    TestRestTemplate httpOfA;
    @Autowired
    TestProjects projects;
    @Autowired
    LiveEvents eventsOfA;

    private ConfigurableApplicationContext nodeB;

    @BeforeEach
    void startNodeB() {
        nodeB = new SpringApplicationBuilder(Application.class).profiles("test")
                .properties("server.port=0", "spring.main.banner-mode=off").run();
    }

    @AfterEach
    void stopNodeB() {
        nodeB.close();
    }

    @Test
    void an_edit_on_node_a_reaches_node_b_and_a_stale_save_on_b_is_refused() throws Exception {
        long document = projects.aProject().withTargets("ky").withDocument(TestProjects.seedArticle()).document().id();
        SegmentRow row = projects.segment(document, "ky", 2);
        List<LiveEvent> seenOnB = new CopyOnWriteArrayList<>();
        nodeB.getBean(LiveEvents.class).subscribe(seenOnB::add);
        assertThat(nodeB.getBean(LiveEvents.class).node()).isNotEqualTo(eventsOfA.node());

        // Through node A's REST API, as a script would.
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        assertThat(httpOfA.withBasicAuth("admin", SignedIn.ADMIN_PASSWORD).exchange(
                "/api/documents/{d}/segments/{s}/targets/ky", HttpMethod.PUT,
                new HttpEntity<>(java.util.Map.of("text", "2020-жылдын 4-декабры", "state", "DRAFT", "version", 0), headers),
                String.class, document, row.segmentId()).getStatusCode()).isEqualTo(HttpStatus.OK);

        LiveEvent.SegmentChanged arrived = awaitSegmentChange(seenOnB, row.segmentId(), Duration.ofSeconds(2));
        assertThat(arrived.version()).isEqualTo(1);
        assertThat(arrived.changedBy()).isEqualTo("admin");
        assertThat(arrived.origin()).isEqualTo(Origin.API.name());

        // A user on node B still looking at version 0 saves: refused, and node A's text stays.
        TranslationService translationsOfB = nodeB.getBean(TranslationService.class);
        SaveResult stale = nodeB.getBean(RunAs.class).admin(() -> translationsOfB.saveDraft(
                new TargetEdit(row.segmentId(), "ky", InlineText.of("4-декабрь 2020"), 0, Origin.EDITOR)));
        assertThat(stale).isInstanceOf(SaveResult.Conflict.class);
        assertThat(stale.target().content().plainText()).isEqualTo("2020-жылдын 4-декабры");
    }

    @Test
    void presence_announced_on_node_b_is_known_on_node_a() throws Exception {
        long document = projects.aProject().withTargets("tg").withDocument(TestProjects.seedArticle()).document().id();
        PresenceRegistry presenceOfB = nodeB.getBean(PresenceRegistry.class);
        PresenceRegistry presenceOfA = nodeAPresence;

        presenceOfB.here("tab-on-b", "translator", "Translator", document, "tg", 7L, true, () -> true);
        awaitPresence(presenceOfA, document, "tg", 1, Duration.ofSeconds(2));
        assertThat(presenceOfA.present(document, "tg")).singleElement()
                .satisfies(p -> assertThat(p.segmentId()).isEqualTo(7L));

        presenceOfB.left("tab-on-b");
        awaitPresence(presenceOfA, document, "tg", 0, Duration.ofSeconds(2));
    }

    @Autowired
    PresenceRegistry nodeAPresence;

    private static LiveEvent.SegmentChanged awaitSegmentChange(List<LiveEvent> seen, long segmentId, Duration within)
            throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            for (LiveEvent event : seen) {
                if (event instanceof LiveEvent.SegmentChanged changed && changed.segmentId() == segmentId) {
                    return changed;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("No change of segment " + segmentId + " arrived within " + within + "; saw " + seen);
    }

    private static void awaitPresence(PresenceRegistry registry, long document, String locale, int expected, Duration within)
            throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (registry.present(document, locale).size() != expected) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Expected " + expected + " present, found " + registry.present(document, locale));
            }
            Thread.sleep(20);
        }
    }
}
