package org.tarjima.memory.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import org.tarjima.base.text.InlineText;
import org.tarjima.interchange.tmx.TmxReader;
import org.tarjima.interchange.tmx.TmxUnit;
import org.tarjima.interchange.XliffSource;
import org.tarjima.memory.ConcordanceSide;
import org.tarjima.memory.TranslationMemory;
import org.tarjima.support.Browser;
import org.tarjima.support.TestProjects;
import org.tarjima.translation.Origin;
import org.tarjima.translation.SegmentRow;
import org.tarjima.translation.TargetEdit;
import org.tarjima.translation.TranslationService;

/** A manager searches, fills and exports the shared TM on its own screen, in a real browser. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@WithUserDetails(value = "admin", setupBefore = TestExecutionEvent.TEST_METHOD)
class MemoryViewBrowserTest {

    private static final String WINTER_KK = "Күзетшілер жыл сайын қыста таудағы ілбістерді санайды.";

    @LocalServerPort
    int port;
    @Autowired
    TestProjects projects;
    @Autowired
    TranslationService translations;
    @Autowired
    TranslationMemory memory;
    @Autowired
    TmxReader tmxReader;

    @Test
    void concordance_shows_both_sides_a_tmx_import_reports_its_count_and_the_export_reads_back_in_okapi() throws Exception {
        String en = "en-x-" + UUID.randomUUID().toString().substring(0, 8);
        var created = projects.aProject().withSource(en).withTargets("kk")
                .withDocument(TestProjects.article("/memory/protected-areas.txt"));
        SegmentRow winter = projects.segment(created.document().id(), "kk", 3);
        translations.confirm(new TargetEdit(winter.segmentId(), "kk", InlineText.of(WINTER_KK), 0, Origin.EDITOR));
        long unit = memory.concordance("winter", en, "kk", ConcordanceSide.SOURCE, 0, 1).hits().get(0).unitId();
        Path tmx = Files.createTempFile(Path.of("target"), "other-tool-", ".tmx").toAbsolutePath();
        Files.write(tmx, TestProjects.resource("/memory/other-tool.tmx"));

        try (Browser browser = Browser.asAdmin(port)) {
            browser.open("/memory?source=" + en + "&target=kk");
            browser.waitFor("memory-view");
            assertThat(browser.exists("nav-memory")).isTrue();
            assertThat(browser.waitFor("memory-counts").getText()).startsWith("1 unit");

            browser.find("#memory-query input").sendKeys("snow leopards");
            browser.find("#memory-search").click();
            browser.waitForVaadin();
            assertThat(browser.waitFor("memory-source-" + unit).getText())
                    .isEqualTo("Rangers count snow leopards in the mountains every winter.");
            assertThat(browser.waitFor("memory-target-" + unit).getText()).isEqualTo(WINTER_KK);
            assertThat(browser.find("#memory-state-" + unit).getText()).isEqualTo("Translated");
            assertThat(browser.find("#memory-origin-" + unit).getText())
                    .contains(created.project().name(), "protected-areas.txt", "admin");
            browser.screenshot("memory-concordance");

            browser.find("#memory-import").click();
            browser.waitFor("memory-import-target");
            browser.find("#memory-tmx-upload").getShadowRoot().findElement(By.cssSelector("input[type=file]"))
                    .sendKeys(tmx.toString());
            assertThat(browser.waitFor("memory-import-result").getText())
                    .contains("1 unit added", "0 were already there", en + " → kk");
            browser.screenshot("memory-import");

            // A broken file: a clear refusal, the result line gone, nothing added.
            Path broken = Files.createTempFile(Path.of("target"), "broken-", ".tmx").toAbsolutePath();
            Files.writeString(broken, "<?xml version=\"1.0\"?><tmx version=\"1.4\"><header srclang=\"en\"/><body><tu>");
            browser.find("#memory-tmx-upload").getShadowRoot().findElement(By.cssSelector("input[type=file]"))
                    .sendKeys(broken.toString());
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> d.findElements(
                    By.cssSelector("vaadin-notification-card")).stream().anyMatch(card -> card.getText().contains("was not imported")));
            assertThat(browser.exists("memory-import-result")).isTrue();
            assertThat(browser.find("#memory-import-result").isDisplayed()).isFalse();
            browser.find("#memory-import-close").click();
            browser.waitForVaadin();
            assertThat(browser.waitFor("memory-counts").getText()).startsWith("2 units");

            String href = browser.find("#memory-export-all").getAttribute("href");
            Object exported = browser.driver().executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    fetch(arguments[0]).then(r => r.text()).then(done).catch(e => done('failed: ' + e));""", href);
            assertThat((String) exported).startsWith("<?xml").contains("<tmx version=\"1.4\">");

            List<TmxUnit> units = new ArrayList<>();
            tmxReader.read(XliffSource.of(((String) exported).getBytes(StandardCharsets.UTF_8)), en, "kk", units::add);
            assertThat(units).extracting(u -> u.target().plainText())
                    .containsExactlyInAnyOrder(WINTER_KK, "Жаңа келушілер орталығы мамырда ашылады.");
            assertThat(units).extracting(TmxUnit::state).contains("TRANSLATED");
        }
    }
}
