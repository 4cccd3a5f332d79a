package org.tarjima.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import org.tarjima.base.text.InlineText;
import org.tarjima.security.RunAs;
import org.tarjima.support.Browser;
import org.tarjima.support.TestProjects;
import org.tarjima.support.TestUsers;
import org.tarjima.translation.Origin;
import org.tarjima.translation.TargetEdit;
import org.tarjima.translation.TranslationService;

/**
 * What a translator types is never silently dropped by the browser side: typed while the connection is down, it is
 * saved when the connection is back; typed after the session expired (the editor then goes to the sign-in page), it
 * is kept in the browser and offered back in the segment after signing in again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@WithUserDetails(value = "admin", setupBefore = TestExecutionEvent.TEST_METHOD)
class UnsavedTypingBrowserTest {

    private static final ReliabilityReport report = new ReliabilityReport("browser-typing");

    @LocalServerPort
    int port;
    @Autowired
    TestProjects projects;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ServletWebServerApplicationContext context;
    @Autowired
    TranslationService translations;
    @Autowired
    RunAs runAs;

    @AfterAll
    static void writeResults() {
        report.write();
    }

    @Test
    void text_typed_while_the_connection_is_down_is_saved_once_it_is_back() {
        TestProjects.Created created = projects.aProject().withTargets("ru").withDocument(TestProjects.seedArticle());
        String user = users.create("offline-typist", TestUsers.translator(created.project().id(), "ru"));
        long segment = projects.segment(created.document().id(), "ru", 2).segmentId();
        try (Browser browser = Browser.signedIn(port, user, TestUsers.PASSWORD)) {
            browser.open("/documents/" + created.document().id() + "/ru?segment=2");
            focusEditor(browser, 2);
            offline(browser, true);
            new Actions(browser.driver()).sendKeys("Набрано без связи").perform();
            sleep(2_500);
            assertThat(stored(segment)).as("nothing reached the server").isNull();
            assertThat(kept(browser)).as("the browser keeps what was typed").contains("Набрано без связи");

            offline(browser, false);
            waitUntil(browser, Duration.ofSeconds(40), () -> "Набрано без связи".equals(stored(segment)));
            waitUntil(browser, Duration.ofSeconds(10), () -> kept(browser) == null);
            report.addCase("typed while the network is down", "saved when the connection came back; the browser's copy "
                    + "dropped once stored", 0, 0);
        }
    }

    @Test
    void text_typed_after_the_session_expired_is_offered_back_after_signing_in_again() {
        TestProjects.Created created = projects.aProject().withTargets("ru").withDocument(TestProjects.seedArticle());
        String user = users.create("expired-typist", TestUsers.translator(created.project().id(), "ru"));
        long segment = projects.segment(created.document().id(), "ru", 3).segmentId();
        String editor = "/documents/" + created.document().id() + "/ru?segment=3";
        try (Browser browser = Browser.signedIn(port, user, TestUsers.PASSWORD)) {
            browser.open(editor);
            focusEditor(browser, 3);
            expireSessionsOf(user);
            new Actions(browser.driver()).sendKeys("Набрано после конца сессии").perform();
            waitUntil(browser, Duration.ofSeconds(20), () -> browser.driver().getCurrentUrl().contains("/login"));
            assertThat(stored(segment)).as("the expired session could not save it").isNull();

            browser.signIn(user, TestUsers.PASSWORD);
            if (!browser.driver().getCurrentUrl().contains("segment=3")) {
                browser.open(editor);
            }
            WebElement offer = browser.find("#segment-editor-3 .unsaved-offer");
            assertThat(offer.getText()).contains("Набрано после конца сессии", "Restore");
            browser.screenshot("unsaved-text-offered");
            browser.find("#segment-editor-3 .unsaved-restore").click();
            waitUntil(browser, Duration.ofSeconds(20), () -> "Набрано после конца сессии".equals(stored(segment)));
            waitUntil(browser, Duration.ofSeconds(10), () -> kept(browser) == null);
            assertThat(browser.driver().findElements(By.cssSelector(".unsaved-offer"))).isEmpty();

            // Offered again only while it differs from what is stored: after the restore, a reload offers nothing.
            browser.reload();
            browser.find("#segment-editor-3 .editor-box");
            sleep(500);
            assertThat(browser.driver().findElements(By.cssSelector(".unsaved-offer"))).isEmpty();
            report.addCase("typed after the session expired", "kept in the browser, offered back after signing in again, "
                    + "saved on Restore", 0, 0);
        }
    }

    @Test
    void kept_text_can_be_discarded_and_is_then_gone() {
        TestProjects.Created created = projects.aProject().withTargets("ru").withDocument(TestProjects.seedArticle());
        String user = users.create("discarding-typist", TestUsers.translator(created.project().id(), "ru"));
        long document = created.document().id();
        long segment = projects.segment(document, "ru", 4).segmentId();
        try (Browser browser = Browser.signedIn(port, user, TestUsers.PASSWORD)) {
            browser.open("/documents/" + document + "/ru?segment=4");
            String key = user + "/" + document + "/ru/" + segment;
            // As a tab closed while offline leaves it: kept, never sent.
            browser.script("localStorage.setItem('tarjima-unsaved:' + arguments[0], JSON.stringify({json: "
                    + "JSON.stringify([{text: 'Старый текст'}]), at: Date.now()}))", key);
            browser.reload();
            assertThat(browser.find("#segment-editor-4 .unsaved-offer").getText()).contains("Старый текст");
            browser.find("#segment-editor-4 .unsaved-discard").click();
            assertThat(browser.script("return localStorage.getItem('tarjima-unsaved:' + arguments[0])", key)).isNull();
            browser.reload();
            browser.find("#segment-editor-4 .editor-box");
            sleep(500);
            assertThat(browser.driver().findElements(By.cssSelector(".unsaved-offer"))).isEmpty();
            assertThat(stored(segment)).isNull();
        }
    }

    @Test
    void signing_out_asks_before_discarding_kept_text_and_leaves_nothing_of_it_behind() {
        TestProjects.Created created = projects.aProject().withTargets("ru").withDocument(TestProjects.seedArticle());
        String user = users.create("leaving-typist", TestUsers.translator(created.project().id(), "ru"));
        long document = created.document().id();
        long segment = projects.segment(document, "ru", 6).segmentId();
        String mine = "tarjima-unsaved:" + user + "/" + document + "/ru/" + segment;
        String someoneElses = "tarjima-unsaved:someone-else/" + document + "/ru/" + segment;
        try (Browser browser = Browser.signedIn(port, user, TestUsers.PASSWORD)) {
            browser.open("/");
            for (String key : new String[] {mine, someoneElses}) {
                browser.script("localStorage.setItem(arguments[0], JSON.stringify({json: "
                        + "JSON.stringify([{text: 'Не отправлено'}]), at: Date.now()}))", key);
            }
            browser.find("#sign-out").click();
            browser.waitFor("sign-out-stay");
            browser.screenshot("sign-out-with-kept-text");
            // Staying keeps everything as it was.
            browser.find("#sign-out-stay").click();
            browser.waitForVaadin();
            assertThat(browser.script("return localStorage.getItem(arguments[0])", mine)).isNotNull();
            assertThat(browser.driver().getCurrentUrl()).doesNotContain("/login");

            browser.find("#sign-out").click();
            browser.waitFor("sign-out-discard").click();
            waitUntil(browser, Duration.ofSeconds(20), () -> browser.driver().getCurrentUrl().contains("/login"));
            assertThat(browser.script("return localStorage.getItem(arguments[0])", mine)).isNull();
            assertThat(browser.script("return localStorage.getItem(arguments[0])", someoneElses))
                    .as("another user's kept text is theirs to decide on").isNotNull();
            report.addCase("signing out with text kept in the browser", "asked first; on discard nothing of the user's "
                    + "text stays in the browser, other users' kept text untouched", 0, 0);
        }
    }

    @Test
    void text_set_aside_in_the_conflict_dialog_is_not_offered_again() {
        TestProjects.Created created = projects.aProject().withTargets("ru").withDocument(TestProjects.seedArticle());
        String user = users.create("conflicted-typist", TestUsers.translator(created.project().id(), "ru"));
        long document = created.document().id();
        long segment = projects.segment(document, "ru", 5).segmentId();
        try (Browser browser = Browser.signedIn(port, user, TestUsers.PASSWORD)) {
            browser.open("/documents/" + document + "/ru?segment=5");
            focusEditor(browser, 5);
            new Actions(browser.driver()).sendKeys("Мой вариант").perform();
            waitUntil(browser, Duration.ofSeconds(15), () -> "Мой вариант".equals(stored(segment)));
            new Actions(browser.driver()).sendKeys(" и ещё").perform();
            runAs.user(user, () -> translations.saveDraft(new TargetEdit(segment, "ru",
                    InlineText.of("Вариант коллеги"), 1, Origin.API)));

            browser.waitFor("conflict-take-theirs").click();
            browser.waitForVaadin();
            waitUntil(browser, Duration.ofSeconds(10), () -> kept(browser) == null);
            browser.reload();
            browser.find("#segment-editor-5 .editor-box");
            sleep(500);
            assertThat(browser.driver().findElements(By.cssSelector(".unsaved-offer"))).isEmpty();
            assertThat(stored(segment)).isEqualTo("Вариант коллеги");
        }
    }

    private String stored(long segment) {
        return jdbc.sql("select text from target where segment_id = ? and locale = 'ru'").param(segment)
                .query(String.class).optional().orElse(null);
    }

    /** What the browser keeps unsaved, all entries together, or null when it keeps nothing. */
    private static String kept(Browser browser) {
        return (String) browser.script("""
                const kept = Object.keys(localStorage).filter(k => k.startsWith('tarjima-unsaved:'))
                    .map(k => localStorage.getItem(k));
                return kept.length ? kept.join('\\n') : null;""");
    }

    /** The user's sessions end on the server as a timeout would end them; other users' sessions stay. */
    private void expireSessionsOf(String user) {
        Context web = (Context) ((TomcatWebServer) context.getWebServer()).getTomcat().getHost().findChildren()[0];
        for (Session session : web.getManager().findSessions()) {
            Object security = session.getSession().getAttribute("SPRING_SECURITY_CONTEXT");
            if (security instanceof SecurityContext signedIn && signedIn.getAuthentication() != null
                    && user.equals(signedIn.getAuthentication().getName())) {
                session.expire();
            }
        }
    }

    private static void focusEditor(Browser browser, int ordinal) {
        WebElement box = browser.find("#segment-editor-" + ordinal + " .editor-box");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> box.equals(browser.script("return document.activeElement;")));
    }

    private static void offline(Browser browser, boolean offline) {
        browser.driver().executeCdpCommand("Network.enable", Map.of());
        browser.driver().executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", offline,
                "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
    }

    private static void waitUntil(Browser browser, Duration within, BooleanSupplier condition) {
        new WebDriverWait(browser.driver(), within).pollingEvery(Duration.ofMillis(200))
                .ignoring(StaleElementReferenceException.class).until(d -> condition.getAsBoolean());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
