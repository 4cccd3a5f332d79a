package org.tarjima.live.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import org.tarjima.base.text.InlineText;
import org.tarjima.security.ProjectRole;
import org.tarjima.security.RunAs;
import org.tarjima.security.UserService;
import org.tarjima.security.UserService.RoleRequest;
import org.tarjima.support.Browser;
import org.tarjima.support.SignedIn;
import org.tarjima.support.TestProjects;
import org.tarjima.translation.Origin;
import org.tarjima.translation.SegmentRow;
import org.tarjima.translation.TargetEdit;
import org.tarjima.translation.TranslationService;

/** A translator and a reviewer in the same document at once, each in their own headless Chromium. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@WithUserDetails(value = "admin", setupBefore = TestExecutionEvent.TEST_METHOD)
class LiveEditingBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    TestProjects projects;
    @Autowired
    UserService users;
    @Autowired
    TranslationService translations;
    @Autowired
    RunAs runAs;

    @Test
    void a_colleagues_save_and_soft_lock_appear_live_and_survive_a_dropped_connection() {
        TestProjects.Created created = projects.aProject().withTargets("ru").withDocument(TestProjects.seedArticle());
        long document = created.document().id();
        users.grant("translator", new RoleRequest(created.project().id(), "ru", ProjectRole.TRANSLATOR));
        users.grant("reviewer", new RoleRequest(created.project().id(), "ru", ProjectRole.REVIEWER));
        String editor = "/documents/" + document + "/ru";

        try (Browser translator = Browser.signedIn(port, "translator", SignedIn.DEMO_PASSWORD);
             Browser reviewer = Browser.signedIn(port, "reviewer", SignedIn.DEMO_PASSWORD)) {
            keepTrackOfWebSockets(reviewer);
            reviewer.open(editor + "?segment=1");
            translator.open(editor + "?segment=3");

            // The reviewer sees who is here and where, as a soft lock on the segment.
            waitUntil(reviewer, Duration.ofSeconds(8), () -> reviewer.exists("editing-3"));
            assertThat(reviewer.find("#editing-3").getText()).contains("Translator");
            reviewer.screenshot("live-soft-lock");

            // A save by the translator shows in the reviewer's list within two seconds, without a reload.
            SegmentRow third = projects.segment(document, "ru", 3);
            runAs.user("translator", () -> translations.confirm(new TargetEdit(third.segmentId(), "ru",
                    InlineText.of("26 ноября 2020 года Кластерное бюро ЮНЕСКО в Алматы…"), third.version(), Origin.EDITOR)));
            waitUntil(reviewer, Duration.ofSeconds(2),
                    () -> reviewer.find("#segment-target-3").getText().startsWith("26 ноября 2020 года"));

            // The translator moves on: the marker follows; leaving the document takes it away.
            translator.open(editor + "?segment=5");
            waitUntil(reviewer, Duration.ofSeconds(8), () -> reviewer.exists("editing-5") && !reviewer.exists("editing-3"));
            translator.open("/");
            waitUntil(reviewer, Duration.ofSeconds(8), () -> !reviewer.exists("editing-5"));

            // The reviewer's connection drops; a save made meanwhile arrives once it is back.
            offline(reviewer, true);
            reviewer.script("window.__sockets.forEach(socket => socket.close());");
            SegmentRow fourth = projects.segment(document, "ru", 4);
            runAs.user("translator", () -> translations.saveDraft(new TargetEdit(fourth.segmentId(), "ru",
                    InlineText.of("Мероприятие собрало более 60 участников"), fourth.version(), Origin.EDITOR)));
            sleep(Duration.ofSeconds(2));
            assertThat(reviewer.driver().findElement(By.id("segment-target-4")).getText()).doesNotStartWith("Мероприятие");
            offline(reviewer, false);
            waitUntil(reviewer, Duration.ofSeconds(20),
                    () -> reviewer.find("#segment-target-4").getText().startsWith("Мероприятие собрало"));
        }
    }

    @Test
    void words_typed_inside_the_autosave_pause_are_never_replaced_by_a_colleagues_confirmation() {
        TestProjects.Created created = projects.aProject().withTargets("ru").withDocument(TestProjects.seedArticle());
        long document = created.document().id();
        users.grant("translator", new RoleRequest(created.project().id(), "ru", ProjectRole.TRANSLATOR));
        String editor = "/documents/" + document + "/ru?segment=3";
        String mine = "Мой перевод, ещё не сохранённый";
        String theirs = "Перевод коллеги";

        try (Browser translator = Browser.signedIn(port, "translator", SignedIn.DEMO_PASSWORD);
             Browser colleague = Browser.asAdmin(port)) {
            translator.open(editor);
            colleague.open(editor);
            // The autosave pause made long, so that the colleague's confirmation surely lands inside it on any machine.
            translator.script("document.getElementById('segment-editor-3').draftDelay = 600000;");
            typeInto(translator, 3, mine);
            typeInto(colleague, 3, theirs);
            colleague.find("#segment-editor-3 .editor-box").sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
            colleague.waitForVaadin();
            assertThat(projects.segment(document, "ru", 3).target().plainText()).isEqualTo(theirs);

            // The translator is asked, with both texts, and their field still holds their words.
            waitUntil(translator, Duration.ofSeconds(10), () -> translator.exists("conflict-dialog"));
            assertThat(translator.find("#conflict-mine").getText()).contains(mine);
            assertThat(translator.find("#conflict-theirs").getText()).contains(theirs);
            assertThat(translator.find("#segment-editor-3 .editor-box").getText()).isEqualTo(mine);
            translator.screenshot("live-conflict-inside-autosave-pause");

            translator.find("#conflict-keep-mine").click();
            translator.waitForVaadin();
            waitUntil(translator, Duration.ofSeconds(10),
                    () -> projects.segment(document, "ru", 3).target().plainText().equals(mine));
        }
    }

    private static void typeInto(Browser browser, int ordinal, String text) {
        WebElement box = browser.find("#segment-editor-" + ordinal + " .editor-box");
        waitUntil(browser, Duration.ofSeconds(10), () -> box.equals(browser.script("return document.activeElement;")));
        new Actions(browser.driver()).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).sendKeys(Keys.DELETE)
                .sendKeys(text).perform();
    }

    @Test
    void the_dashboard_progress_moves_while_a_colleague_works() {
        TestProjects.Created created = projects.aProject().withTargets("kk").withDocument(TestProjects.seedArticle());
        try (Browser manager = Browser.asAdmin(port)) {
            manager.open("/");
            String card = "#project-card-" + created.project().id() + " .percent";
            assertThat(manager.find(card).getText()).isEqualTo("0%");
            for (int ordinal = 1; ordinal <= 3; ordinal++) {
                SegmentRow row = projects.segment(created.document().id(), "kk", ordinal);
                translations.confirm(new TargetEdit(row.segmentId(), "kk", InlineText.of("Аударма " + ordinal),
                        row.version(), Origin.API));
            }
            // Seconds, not a page reload: 10 s leaves room for a loaded 2-core CI machine (3 s once timed out there).
            waitUntil(manager, Duration.ofSeconds(10), () -> !manager.find(card).getText().equals("0%"));
        }
    }

    /** Records the page's WebSockets, so that the test can cut the push connection as a network failure would. */
    private static void keepTrackOfWebSockets(Browser browser) {
        browser.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                (() => {
                  const Native = window.WebSocket;
                  window.__sockets = [];
                  window.WebSocket = function (...args) {
                    const socket = new Native(...args);
                    window.__sockets.push(socket);
                    return socket;
                  };
                  window.WebSocket.prototype = Native.prototype;
                  Object.assign(window.WebSocket, { CONNECTING: 0, OPEN: 1, CLOSING: 2, CLOSED: 3 });
                })();"""));
    }

    private static void offline(Browser browser, boolean offline) {
        browser.driver().executeCdpCommand("Network.enable", Map.of());
        browser.driver().executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", offline,
                "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
    }

    private static void waitUntil(Browser browser, Duration within, java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser.driver(), within).pollingEvery(Duration.ofMillis(100))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> condition.getAsBoolean());
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
