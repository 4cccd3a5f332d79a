package org.tarjima.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
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
 * A short soak in every test run: editors and reviewers over real HTTP on the same 100 segments in three locales for
 * {@code soak.seconds} (20 by default; the reliability profile's {@link LongSoakTest} runs 50 clients for 10 minutes).
 * Nothing acknowledged is lost or doubled, every refusal is a 409 with the current version, and the history replays to
 * what is stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@WithUserDetails(value = "admin", setupBefore = TestExecutionEvent.TEST_METHOD)
class SoakTest {

    @LocalServerPort
    int port;
    @Autowired
    TestProjects projects;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;

    @Test
    void concurrent_editors_and_reviewers_lose_nothing_double_nothing_and_the_history_replays_exactly() throws Exception {
        SoakRunner.soak(projects, users, jdbc, port, Integer.getInteger("soak.editors", 14),
                Integer.getInteger("soak.reviewers", 6), Duration.ofSeconds(Integer.getInteger("soak.seconds", 20)),
                "soak-short");
    }

    @Test
    void two_locales_of_one_segment_edited_at_once_never_block_or_overwrite_each_other() throws Exception {
        TestProjects.Created created = projects.aProject().withTargets("ru", "kk").withDocument(TestProjects.seedArticle());
        long project = created.project().id();
        long segment = projects.segment(created.document().id(), "ru", 1).segmentId();
        String path = "/api/documents/" + created.document().id() + "/segments/" + segment + "/targets/";
        ApiClient ru = ApiClient.bearer(port, users.token(users.create("ru-writer", TestUsers.translator(project, "ru"))));
        ApiClient kk = ApiClient.bearer(port, users.token(users.create("kk-writer", TestUsers.translator(project, "kk"))));
        int saves = 60;

        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        Future<List<Integer>> ruStatuses = pool.submit(() -> writeInTurn(ru, path + "ru", "Русский ", saves, start));
        Future<List<Integer>> kkStatuses = pool.submit(() -> writeInTurn(kk, path + "kk", "Қазақша ", saves, start));
        start.countDown();
        assertThat(ruStatuses.get()).as("ru never refused because of kk").containsOnly(200).hasSize(saves);
        assertThat(kkStatuses.get()).as("kk never refused because of ru").containsOnly(200).hasSize(saves);
        assertThat(text(segment, "ru")).isEqualTo("Русский " + saves);
        assertThat(text(segment, "kk")).isEqualTo("Қазақша " + saves);

        // While a transaction holds the ru row, a kk save of the same segment goes through at once; ru waits its turn.
        try (Connection lock = dataSource.getConnection()) {
            lock.setAutoCommit(false);
            try (PreparedStatement forUpdate = lock.prepareStatement(
                    "select version from target where segment_id = ? and locale = 'ru' for update")) {
                forUpdate.setLong(1, segment);
                forUpdate.executeQuery().close();
            }
            ApiClient.Answer kkSave = kk.put(path + "kk", Map.of("text", "Бөгелмеді", "version", saves));
            assertThat(kkSave.status()).isEqualTo(200);
            assertThat(kkSave.millis()).as("kk did not wait for ru's lock").isLessThan(2_000);
            Future<ApiClient.Answer> ruSave = pool.submit(() -> ru.put(path + "ru",
                    Map.of("text", "Дождался", "version", saves)));
            Thread.sleep(1_000);
            assertThat(ruSave.isDone()).as("the ru save waits for the lock on its own row").isFalse();
            lock.rollback();
            assertThat(ruSave.get(10, TimeUnit.SECONDS).status()).isEqualTo(200);
        }
        pool.shutdown();
        assertThat(text(segment, "ru")).isEqualTo("Дождался");
        assertThat(text(segment, "kk")).isEqualTo("Бөгелмеді");
        ReliabilityReport locales = new ReliabilityReport("soak-locales");
        locales.addCase("ru and kk of one segment, " + saves + " saves each at once", "all 200, no 409, each its own text",
                0, 0);
        locales.addCase("kk saved while a transaction holds the segment's ru row", "200 in " + kkSave(kk, path, saves) + " ms",
                0, 0);
        locales.write();
    }

    private long kkSave(ApiClient kk, String path, int saves) throws IOException {
        return kk.put(path + "kk", Map.of("text", "Тағы", "version", saves + 1)).millis();
    }

    private static List<Integer> writeInTurn(ApiClient api, String path, String prefix, int saves,
                                             CountDownLatch start) throws Exception {
        start.await();
        List<Integer> statuses = new ArrayList<>();
        for (int version = 0; version < saves; version++) {
            statuses.add(api.put(path, Map.of("text", prefix + (version + 1), "version", version)).status());
        }
        return statuses;
    }

    @Test
    void a_reviewer_approving_a_version_changed_after_they_loaded_it_is_refused() throws Exception {
        TestProjects.Created created = projects.aProject().withTargets("ru").withDocument(TestProjects.seedArticle());
        long project = created.project().id();
        long segment = projects.segment(created.document().id(), "ru", 2).segmentId();
        String path = "/api/documents/" + created.document().id() + "/segments/" + segment + "/targets/ru";
        ApiClient translator = ApiClient.bearer(port, users.token(users.create("tr", TestUsers.translator(project, "ru"))));
        ApiClient reviewer = ApiClient.bearer(port, users.token(users.create("rv", TestUsers.reviewer(project, "ru"))));
        assertThat(translator.put(path, Map.of("text", "Первый вариант", "state", "TRANSLATED", "version", 0))
                .status()).isEqualTo(200);
        int loaded = reviewer.get("/api/documents/" + created.document().id() + "/segments?locale=ru&offset=1&limit=1")
                .json().get(0).get("version").asInt();
        assertThat(translator.put(path, Map.of("text", "Второй вариант", "state", "TRANSLATED", "version", loaded))
                .status()).isEqualTo(200);

        ApiClient.Answer stale = reviewer.post(path + "/approve", Map.of("version", loaded));

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().at("/current/version").asInt()).isEqualTo(loaded + 1);
        assertThat(stale.json().at("/current/text").asText()).isEqualTo("Второй вариант");
        assertThat(stale.json().at("/current/state").asText()).isEqualTo("TRANSLATED");
        ApiClient.Answer fresh = reviewer.post(path + "/approve", Map.of("version", loaded + 1));
        assertThat(fresh.status()).isEqualTo(200);
        assertThat(fresh.json().get("text").asText()).isEqualTo("Второй вариант");
        assertThat(fresh.json().get("state").asText()).isEqualTo("APPROVED");
        ReliabilityReport approvals = new ReliabilityReport("soak-stale-approval");
        approvals.addCase("approve version " + loaded + " after the translator saved " + (loaded + 1),
                "409 with the current version " + (loaded + 1) + "; approving that one: 200", 0, 0);
        approvals.write();
    }

    private String text(long segment, String locale) {
        return jdbc.sql("select text from target where segment_id = ? and locale = ?").params(segment, locale)
                .query(String.class).single();
    }
}
