package org.tarjima.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import org.tarjima.document.DocumentImportException;
import org.tarjima.interchange.xliff.ConflictChoice;
import org.tarjima.interchange.xliff.ImportReport;
import org.tarjima.intake.IncomingFiles;
import org.tarjima.interchange.InterchangeException;
import org.tarjima.interchange.xliff.XliffImportService;
import org.tarjima.reliability.ApiClient.Answer;
import org.tarjima.reliability.HostileFiles.Hostile;
import org.tarjima.support.TestProjects;
import org.tarjima.support.TestUsers;

/**
 * Hostile files by every way a file gets in: uploaded as a new document and as a vendor's returned XLIFF over the REST
 * API, and handed to the services the UI calls. Each is refused with a clear message (or, where importing is
 * legitimate, imported without resolving anything), nothing changes, nothing leaks (no secret in an answer or the
 * database, no request to the loopback server), and the server still answers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@WithUserDetails(value = "admin", setupBefore = TestExecutionEvent.TEST_METHOD)
class HostileInputTest {

    private static final ReliabilityReport report = new ReliabilityReport("hostile-input");
    private static LoopbackServer loopback;
    private static HostileFiles files;

    @LocalServerPort
    int port;
    @Autowired
    TestProjects projects;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    IncomingFiles incoming;
    @Autowired
    XliffImportService xliffImports;

    @BeforeAll
    static void attackerInfrastructure() throws IOException {
        loopback = LoopbackServer.start();
        files = new HostileFiles(Files.createTempDirectory(Path.of("target"), "hostile-"), loopback);
    }

    @AfterAll
    static void writeResults() {
        loopback.close();
        report.figure("loopbackHits", loopback.hits());
        report.figure("loopbackRequests", loopback.requests());
        report.write();
    }

    private static List<Hostile> everyFile() {
        List<Hostile> all = new ArrayList<>(files.xliff("ru"));
        all.addAll(files.articles());
        return all;
    }

    @Test
    void uploaded_as_new_documents_every_hostile_file_is_refused_or_defused() throws IOException {
        long project = projects.aProject().withTargets("ru").create().id();
        ApiClient manager = ApiClient.bearer(port, users.token(users.create("hostile-manager", TestUsers.manager(project))));
        SoftAssertions softly = new SoftAssertions();
        for (Hostile file : everyFile()) {
            long documentsBefore = documents(project);
            long started = System.nanoTime();
            Answer answer = manager.upload("/api/projects/" + project + "/documents", file.fileName(), file.content());
            long millis = (System.nanoTime() - started) / 1_000_000;
            boolean changed = documents(project) != documentsBefore;
            check(softly, file, answer, changed, manager.get("/api/projects/" + project).status() == 200);
            record("POST /api/projects/{id}/documents", file, answer, millis);
            if (answer.status() == 201 && file.fileName().endsWith(".xlf")) {
                // What was imported goes out again: nothing read from elsewhere may be in the exports either.
                long document = answer.json().path("id").asLong();
                for (String version : List.of("1.2", "2.1")) {
                    Answer export = manager.get("/api/documents/" + document + "/xliff?locale=ru&version=" + version);
                    softly.assertThat(export.status()).as(file + ": exported as " + version).isEqualTo(200);
                    softly.assertThat(Leaks.inText(export.body(), HostileFiles.forbiddenTexts()) + loopback.hits())
                            .as(file + ": nothing leaked into the " + version + " export").isZero();
                }
            }
        }
        softly.assertAll();
        assertThat(loopback.requests()).isEmpty();
    }

    @Test
    void returned_to_a_document_as_a_vendors_xliff_every_hostile_file_is_refused() throws IOException {
        TestProjects.Created created = projects.aProject().withTargets("ru").withDocument(TestProjects.seedArticle());
        long document = created.document().id();
        ApiClient manager = ApiClient.bearer(port, users.token(users.create("hostile-manager",
                TestUsers.manager(created.project().id()))));
        SoftAssertions softly = new SoftAssertions();
        for (Hostile file : files.xliff("ru")) {
            for (String mode : List.of("preview", "apply")) {
                long historyBefore = history(document);
                long started = System.nanoTime();
                Answer answer = manager.upload("/api/documents/" + document + "/xliff?mode=" + mode + "&conflicts=take",
                        file.fileName(), file.content());
                long millis = (System.nanoTime() - started) / 1_000_000;
                // Returned files are matched to segments by id: a file with unit ids 1/u1 is refused either way.
                Hostile refused = new Hostile(file.name(), file.fileName(), file.content(), true);
                check(softly, refused, answer, history(document) != historyBefore,
                        manager.get("/api/documents/" + document + "/locales").status() == 200);
                record("POST /api/documents/{id}/xliff?mode=" + mode, file, answer, millis);
            }
        }
        softly.assertAll();
        assertThat(loopback.requests()).isEmpty();
    }

    @Test
    void handed_to_the_services_the_ui_uses_every_hostile_file_is_refused_with_a_message_for_the_user() {
        TestProjects.Created created = projects.aProject().withTargets("ru").withDocument(TestProjects.seedArticle());
        long project = created.project().id();
        SoftAssertions softly = new SoftAssertions();
        for (Hostile file : everyFile()) {
            long documentsBefore = documents(project);
            String outcome;
            try {
                incoming.importFile(project, file.fileName(), file.content());
                outcome = "imported, nothing resolved";
            } catch (DocumentImportException | InterchangeException e) {
                outcome = "refused: " + e.getMessage();
            } catch (RuntimeException e) {
                outcome = "failed without a message for the user: " + e;
            }
            softly.assertThat(outcome).as(file + ": a refusal the UI can show").doesNotStartWith("failed");
            if (file.mustRefuse()) {
                softly.assertThat(outcome).as(file.name()).startsWith("refused");
                softly.assertThat(documents(project)).as(file + ": nothing changed").isEqualTo(documentsBefore);
            }
            if (HostileFiles.OFFICE_REASONS.containsKey(file.name())) {
                softly.assertThat(outcome).as(file + ": the reason").contains(HostileFiles.OFFICE_REASONS.get(file.name()));
            }
            long leaked = Leaks.inText(outcome, HostileFiles.forbiddenTexts())
                    + Leaks.inDatabase(jdbc, HostileFiles.forbiddenTexts()) + loopback.hits();
            softly.assertThat(leaked).as(file + ": nothing leaked").isZero();
            report.addCase(file.name() + " (IncomingFiles.importFile)", outcome.startsWith("refused") ? "refused"
                    : outcome, 0, leaked, Map.of("path", "service, as the project page's upload"));
        }
        for (Hostile file : files.xliff("ru")) {
            long historyBefore = history(created.document().id());
            String outcome;
            try {
                ImportReport result = xliffImports.apply(created.document().id(), file.content(), ConflictChoice.takeFile());
                outcome = result.applied() ? "applied" : "refused: " + result.rejected() + " finding(s), "
                        + result.findings().get(0).message();
            } catch (InterchangeException e) {
                outcome = "refused: " + e.getMessage();
            } catch (RuntimeException e) {
                outcome = "failed without a message for the user: " + e;
            }
            softly.assertThat(outcome).as(file.name()).startsWith("refused");
            softly.assertThat(history(created.document().id())).as(file + ": nothing changed").isEqualTo(historyBefore);
            long leaked = Leaks.inText(outcome, HostileFiles.forbiddenTexts()) + loopback.hits();
            softly.assertThat(leaked).as(file + ": nothing leaked").isZero();
            report.addCase(file.name() + " (XliffImportService.apply)", outcome.startsWith("refused") ? "refused" : outcome,
                    0, leaked, Map.of("path", "service, as the import dialog"));
        }
        softly.assertAll();
    }

    private void check(SoftAssertions softly, Hostile file, Answer answer, boolean changed, boolean healthy) {
        boolean refused = answer.status() >= 400 && answer.status() < 500;
        softly.assertThat(answer.status()).as(file + ": never a server error, " + answer).isLessThan(500);
        if (file.mustRefuse()) {
            softly.assertThat(refused).as(file + ": refused, " + answer).isTrue();
            softly.assertThat(changed).as(file + ": nothing changed").isFalse();
        }
        if (refused) {
            softly.assertThat(clearMessage(answer).length()).as(file + ": a clear message, " + answer).isGreaterThan(20);
        }
        long leaked = Leaks.inText(answer.body(), HostileFiles.forbiddenTexts())
                + Leaks.inDatabase(jdbc, HostileFiles.forbiddenTexts()) + loopback.hits();
        softly.assertThat(leaked).as(file + ": nothing leaked").isZero();
        softly.assertThat(healthy).as(file + ": the server still answers").isTrue();
    }

    /** A problem's detail, or the first finding of a returned file's report (which lists every refusal). */
    private static String clearMessage(Answer answer) {
        if (answer.isProblem()) {
            return answer.json().path("detail").asText();
        }
        if (answer.body() != null && answer.body().startsWith("{")) {
            return answer.json().path("findings").path(0).path("message").asText();
        }
        return "";
    }

    private void record(String path, Hostile file, Answer answer, long millis) {
        boolean refused = answer.status() >= 400 && answer.status() < 500;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("path", path);
        details.put("status", answer.status());
        details.put("millis", millis);
        if (answer.status() >= 400) {
            details.put("detail", clearMessage(answer));
        }
        long leaked = Leaks.inText(answer.body(), HostileFiles.forbiddenTexts()) + loopback.hits();
        report.addCase(file.name(), refused ? "refused" : answer.status() < 300 ? "imported, nothing resolved"
                : "status " + answer.status(), 0, leaked, details);
    }

    private long documents(long project) {
        return jdbc.sql("select count(*) from document where project_id = ?").param(project).query(Long.class).single();
    }

    private long history(long document) {
        return jdbc.sql("select count(*) from target_history h join target t on t.id = h.target_id where t.document_id = ?")
                .param(document).query(Long.class).single();
    }
}
