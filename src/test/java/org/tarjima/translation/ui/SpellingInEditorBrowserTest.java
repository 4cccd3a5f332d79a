package org.tarjima.translation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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
import org.tarjima.spelling.DictionaryWord;
import org.tarjima.spelling.SpellingService;
import org.tarjima.support.Browser;
import org.tarjima.support.TestProjects;

/** Unknown words underlined while typing, suggestions on Ctrl+. and right-click, and "Add to dictionary". */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@WithUserDetails(value = "admin", setupBefore = TestExecutionEvent.TEST_METHOD)
class SpellingInEditorBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    TestProjects projects;
    @Autowired
    SpellingService spelling;

    @Test
    void a_misspelt_word_is_underlined_corrected_from_the_menu_and_a_name_is_added_to_the_dictionary() {
        TestProjects.Created created = projects.aProject().withTargets("ru").withDocument(TestProjects.seedArticle());
        try (Browser browser = Browser.asAdmin(port)) {
            browser.open("/documents/" + created.document().id() + "/ru?segment=3");
            WebElement editor = browser.waitFor("segment-editor-3");
            assertThat(browser.find("#spelling-method").getText()).contains("Russian");
            WebElement box = editor.findElement(By.cssSelector(".editor-box"));
            box.click();
            box.sendKeys("Правительсво Жасылбека");
            waitForUnderlines(browser, editor, 2);
            browser.screenshot("spelling-underlined");

            // Ctrl+. with the caret in the first word: its suggestions; the first one replaces it.
            box.sendKeys(Keys.HOME, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT);
            new Actions(browser.driver()).keyDown(Keys.CONTROL).sendKeys(".").keyUp(Keys.CONTROL).perform();
            WebElement menu = new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(d -> d.findElements(By.cssSelector(".spelling-menu")).stream().findFirst().orElse(null));
            assertThat(menu.findElements(By.cssSelector(".spelling-suggestion"))).extracting(WebElement::getText)
                    .contains("Правительство");
            browser.screenshot("spelling-menu");
            menu.findElements(By.cssSelector(".spelling-suggestion")).stream()
                    .filter(b -> b.getText().equals("Правительство")).findFirst().orElseThrow().click();
            assertThat(box.getText()).isEqualTo("Правительство Жасылбека");
            waitForUnderlines(browser, editor, 1);

            // Right-click on the name: "Add to dictionary" puts it on the project's list and the underline goes.
            browser.script("""
                    const box = arguments[0];
                    const text = box.firstChild;
                    const range = document.createRange();
                    range.setStart(text, text.nodeValue.indexOf('Жасылбека') + 2);
                    range.setEnd(text, text.nodeValue.indexOf('Жасылбека') + 3);
                    const r = range.getBoundingClientRect();
                    box.dispatchEvent(new MouseEvent('contextmenu', {bubbles: true, cancelable: true,
                        clientX: r.left + r.width / 2, clientY: r.top + r.height / 2}));""", box);
            WebElement add = new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(d -> d.findElements(By.cssSelector(".spelling-menu .spelling-add")).stream().findFirst().orElse(null));
            add.click();
            waitForUnderlines(browser, editor, 0);
            assertThat(spelling.words(created.project().id(), "ru")).extracting(DictionaryWord::word)
                    .containsExactly("Жасылбека");

            // The word list: a manager puts the project's word on the list of every project.
            browser.find("#word-list-open").click();
            WebElement dialog = browser.find("vaadin-dialog-overlay[opened]");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(d -> dialog.getText().contains("Жасылбека"));
            browser.screenshot("spelling-word-list");
            browser.script("arguments[0].click()", browser.find("vaadin-button.word-promote"));
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(d -> spelling.words(created.project().id(), "ru").stream().allMatch(DictionaryWord::global));
        }
    }

    private static void waitForUnderlines(Browser browser, WebElement editor, int count) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).pollingEvery(Duration.ofMillis(50))
                .until(d -> String.valueOf(count).equals(editor.getAttribute("data-misspellings")));
    }
}
