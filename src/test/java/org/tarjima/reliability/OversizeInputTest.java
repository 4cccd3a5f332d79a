package org.tarjima.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import org.tarjima.base.ImportLimit;
import org.tarjima.reliability.ApiClient.Answer;
import org.tarjima.support.TestProjects;
import org.tarjima.support.TestUsers;
import org.tarjima.translation.SegmentRow;

/**
 * Inputs too big to be honest: a gigabyte announced or streamed, a 50 MB "segment" as an article, in XLIFF and typed
 * through the API, a zip bomb. Each is refused with a clear message before it costs the server the memory or the
 * minutes it asks for; nothing is stored and the server answers at once afterwards.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@WithUserDetails(value = "admin", setupBefore = TestExecutionEvent.TEST_METHOD)
class OversizeInputTest {

    private static final long GIGABYTE = 1L << 30;
    private static final String LIMIT = String.valueOf(org.tarjima.base.text.StorableText.MAX_LENGTH);
    private static final int FIFTY_MB = 50 * 1024 * 1024;
    private static final ReliabilityReport report = new ReliabilityReport("oversize-input");

    @LocalServerPort
    int port;
    @Autowired
    TestProjects projects;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ImportLimit limit;

    private TestProjects.Created created;
    private String token;
    private ApiClient manager;

    @BeforeEach
    void aProjectAndItsManager() {
        created = projects.aProject().withTargets("ru").withDocument(TestProjects.seedArticle());
        token = users.token(users.create("oversize-manager", TestUsers.manager(created.project().id())));
        manager = ApiClient.bearer(port, token);
    }

    @AfterAll
    static void writeResults() {
        report.write();
    }

    @Test
    void an_upload_announcing_a_gigabyte_is_refused_before_its_body_is_read() throws IOException {
        HugeRequest.Outcome outcome = HugeRequest.send(port, "POST", documentsPath(), "Bearer " + token,
                "multipart/form-data; boundary=" + BOUNDARY, partHead("huge.txt"), GIGABYTE, GIGABYTE);

        assertThat(outcome.status()).isEqualTo(413);
        assertThat(outcome.answer()).contains("application/problem+json", "larger than the import limit");
        // Tomcat reads (swallows) a few megabytes of what is already on its way before closing, never the gigabyte.
        assertThat(outcome.bytesSent()).isLessThan(32L << 20);
        assertNothingStoredAndHealthy();
        report.addCase("1 GB upload with Content-Length", "413 after " + mb(outcome.bytesSent()) + " MB sent", 0, 0,
                details(outcome));
    }

    @Test
    void a_gigabyte_streamed_without_a_length_is_cut_off_at_the_limit() throws IOException {
        HugeRequest.Outcome outcome = HugeRequest.send(port, "POST", documentsPath(), "Bearer " + token,
                "multipart/form-data; boundary=" + BOUNDARY, partHead("huge.txt"), -1, GIGABYTE);

        assertThat(outcome.status()).isEqualTo(413);
        assertThat(outcome.answer()).contains("larger than the import limit");
        assertThat(outcome.bytesSent()).isLessThan(limit.maxBytes() + (32L << 20));
        assertNothingStoredAndHealthy();
        report.addCase("1 GB upload streamed (chunked, no length)", "413 after " + mb(outcome.bytesSent())
                + " MB read (the limit is " + mb(limit.maxBytes()) + " MB)", 0, 0, details(outcome));
    }

    @Test
    void a_json_body_of_a_gigabyte_is_refused_without_being_held() throws IOException {
        SegmentRow first = projects.segment(created.document().id(), "ru", 1);
        HugeRequest.Outcome outcome = HugeRequest.send(port, "PUT", targetPath(first), "Bearer " + token,
                "application/json", "{\"version\":0,\"text\":\"".getBytes(StandardCharsets.US_ASCII), GIGABYTE, GIGABYTE);

        assertThat(outcome.status()).isEqualTo(413);
        assertThat(outcome.answer()).contains("application/problem+json", "refused while it was read");
        // Jackson stops at its 20-million-character limit for one string.
        assertThat(outcome.bytesSent()).isLessThan(64L << 20);
        assertNothingStoredAndHealthy();
        report.addCase("1 GB JSON body for a save", outcome.status() + " after " + mb(outcome.bytesSent()) + " MB sent",
                0, 0, details(outcome));
    }

    @Test
    void a_50_megabyte_segment_is_refused_with_the_limit_as_an_article_in_xliff_and_as_a_save() throws IOException {
        String prose = "word ".repeat(FIFTY_MB / 5);
        assertRefusedQuickly("50 MB paragraph in a text file", () -> manager.upload(documentsPath(), "one-segment.txt",
                prose.getBytes(StandardCharsets.US_ASCII)), LIMIT);
        assertRefusedQuickly("50 MB paragraph in HTML", () -> manager.upload(documentsPath(), "one-segment.html",
                ("<html><body><p>" + prose + "</p></body></html>").getBytes(StandardCharsets.US_ASCII)), LIMIT);
        assertRefusedQuickly("50 MB unit in XLIFF 1.2", () -> manager.upload(documentsPath(), "one-unit.xlf",
                HostileFiles.xliff("1.2", "ru", "", prose)), LIMIT);
        SegmentRow first = projects.segment(created.document().id(), "ru", 1);
        ApiClient translator = ApiClient.bearer(port, users.token(users.create("oversize-translator",
                TestUsers.translator(created.project().id(), "ru"))));
        // Below Jackson's string limit, so the service's own limit is what answers.
        String fifteenMb = "слово ".repeat(15 * 1024 * 1024 / 6);
        assertRefusedQuickly("15 MB target saved through the API", () -> translator.put(targetPath(first),
                Map.of("version", 0, "text", fifteenMb)), LIMIT);
        assertThat(projects.segment(created.document().id(), "ru", 1).version()).isZero();
        assertNothingStoredAndHealthy();
    }

    @Test
    void a_zip_bomb_is_refused_without_being_unpacked() throws IOException {
        byte[] bomb = zipOfZeros(256L << 20);
        for (String name : new String[] {"bomb.zip", "bomb.xlz"}) {
            assertRefusedQuickly("zip bomb (" + mb(bomb.length) + " MB unpacking to 256 MB) as " + name,
                    () -> manager.upload(documentsPath(), name, bomb), "");
        }
        assertNothingStoredAndHealthy();
    }

    private interface Call {
        Answer call() throws IOException;
    }

    private void assertRefusedQuickly(String what, Call call, String detailContains) throws IOException {
        long started = System.nanoTime();
        Answer answer = call.call();
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(answer.status()).as(what + ": " + answer).isBetween(400, 499);
        assertThat(answer.isProblem()).as(what).isTrue();
        assertThat(answer.json().path("detail").asText()).as(what).contains(detailContains).hasSizeGreaterThan(20);
        assertThat(millis).as(what + " answered in " + millis + " ms").isLessThan(30_000);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("status", answer.status());
        details.put("millis", millis);
        details.put("detail", answer.json().path("detail").asText());
        report.addCase(what, "refused", 0, 0, details);
    }

    private void assertNothingStoredAndHealthy() throws IOException {
        long documents = jdbc.sql("select count(*) from document where project_id = ?").param(created.project().id())
                .query(Long.class).single();
        assertThat(documents).as("only the seed article").isEqualTo(1);
        long started = System.nanoTime();
        assertThat(manager.get("/api/projects/" + created.project().id()).status()).isEqualTo(200);
        assertThat((System.nanoTime() - started) / 1_000_000).as("the server answers at once").isLessThan(5_000);
    }

    private static final String BOUNDARY = "tarjimaHugeBoundary";

    private static byte[] partHead(String fileName) {
        return ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    private String documentsPath() {
        return "/api/projects/" + created.project().id() + "/documents";
    }

    private String targetPath(SegmentRow row) {
        return "/api/documents/" + created.document().id() + "/segments/" + row.segmentId() + "/targets/ru";
    }

    private static byte[] zipOfZeros(long size) throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.setLevel(9);
            out.putNextEntry(new ZipEntry("bomb.xlf"));
            byte[] zeros = new byte[1 << 20];
            for (long written = 0; written < size; written += zeros.length) {
                out.write(zeros);
            }
            out.closeEntry();
        }
        return zip.toByteArray();
    }

    private static long mb(long bytes) {
        return Math.round(bytes / (1024.0 * 1024.0));
    }

    private static Map<String, Object> details(HugeRequest.Outcome outcome) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("status", outcome.status());
        details.put("bytesSent", outcome.bytesSent());
        details.put("millis", outcome.millis());
        return details;
    }
}
