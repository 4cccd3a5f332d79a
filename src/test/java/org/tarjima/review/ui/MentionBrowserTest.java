package org.tarjima.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import org.tarjima.base.text.InlineText;
import org.tarjima.notification.Notification;
import org.tarjima.notification.NotificationKind;
import org.tarjima.notification.NotificationService;
import org.tarjima.review.Comment;
import org.tarjima.review.ReviewService;
import org.tarjima.security.NewUser;
import org.tarjima.security.RunAs;
import org.tarjima.security.UserService;
import org.tarjima.support.Browser;
import org.tarjima.support.TestProjects;
import org.tarjima.support.TestUsers;
import org.tarjima.translation.Origin;
import org.tarjima.translation.SegmentRow;
import org.tarjima.translation.TargetEdit;
import org.tarjima.translation.TargetState;
import org.tarjima.translation.TranslationService;

/**
 * A translator mentions two colleagues in a segment's comment in the editor: "@" and the start of a name offers the
 * people who may read the comment, the keyboard (arrows, Enter) picks one and a click the other, Ctrl+Enter posts it,
 * and both find the notification under their bell.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@WithUserDetails(value = "admin", setupBefore = TestExecutionEvent.TEST_METHOD)
class MentionBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    TestProjects projects;
    @Autowired
    UserService users;
    @Autowired
    ReviewService reviews;
    @Autowired
    NotificationService notifications;
    @Autowired
    RunAs runAs;
    @Autowired
    TranslationService translations;

    @Test
    void typing_at_and_a_name_offers_colleagues_the_keyboard_or_a_click_picks_one_and_they_are_notified() {
        TestProjects.Created created = projects.aProject().withTargets("ru", "kk").withDocument(TestProjects.seedArticle());
        long project = created.project().id();
        long document = created.document().id();
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String translator = person("aziz-" + tag, "Aziz Karimov", TestUsers.translator(project, "ru"));
        String gulnara = person("gulnara-" + tag, "Гульнара Сатпаева", TestUsers.reviewer(project, "ru"));
        String gulmira = person("gulmira-" + tag, "Гульмира Оспанова", TestUsers.reviewer(project, "ru"));
        // Someone with a name that starts the same who may not read the ru comments: never offered.
        String kazakh = person("gulzhan-" + tag, "Гульжан Ахметова", TestUsers.reviewer(project, "kk"));

        try (Browser browser = Browser.signedIn(port, translator, TestUsers.PASSWORD)) {
            browser.open("/documents/" + document + "/ru?segment=2");
            browser.find("#comments-tab").click();
            browser.waitForVaadin();
            WebElement box = browser.find("#comment-text textarea");
            box.click();
            box.sendKeys("Проверьте дату, @Гуль");

            List<String> offered = offered(browser, 2);
            assertThat(offered).containsExactlyInAnyOrder("mention-option-" + gulnara, "mention-option-" + gulmira);
            assertThat(browser.exists("mention-option-" + kazakh)).isFalse();
            browser.screenshot("mention-completion-open");

            // The keyboard: Down until Gulmira is the active option, then Enter puts her name in the text.
            for (int i = 0; i < offered.size() && !active(browser).equals("mention-option-" + gulmira); i++) {
                box.sendKeys(Keys.ARROW_DOWN);
            }
            assertThat(active(browser)).isEqualTo("mention-option-" + gulmira);
            box.sendKeys(Keys.ENTER);
            assertThat(value(browser)).isEqualTo("Проверьте дату, @" + gulmira + " ");
            assertThat(list(browser).isDisplayed()).isFalse();

            // A click: the narrowed list offers Gulnara alone.
            box.sendKeys("и @Гульн");
            assertThat(offered(browser, 1)).containsExactly("mention-option-" + gulnara);
            browser.find("#mention-option-" + gulnara).click();
            assertThat(value(browser)).isEqualTo("Проверьте дату, @" + gulmira + " и @" + gulnara + " ");
            box.sendKeys("— это 4 декабря.");
            browser.screenshot("mention-completion-picked");

            // Ctrl+Enter posts from the box.
            box.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
            browser.find(".comment-thread .comment");
            browser.waitForVaadin();
            long segment = projects.segment(document, "ru", 2).segmentId();
            Comment comment = reviews.comments(segment, "ru").get(0);
            assertThat(comment.body()).isEqualTo("Проверьте дату, @" + gulmira + " и @" + gulnara + " — это 4 декабря.");
            assertThat(browser.find("#comment-" + comment.id()).getText()).contains("@" + gulnara);
        }

        for (String mentioned : List.of(gulnara, gulmira)) {
            List<Notification> theirs = runAs.user(mentioned, notifications::latest);
            assertThat(theirs).singleElement().satisfies(n -> {
                assertThat(n.kind()).isEqualTo(NotificationKind.MENTIONED);
                assertThat(n.link()).isEqualTo("/documents/" + document + "/ru?segment=2");
                assertThat(n.read()).isFalse();
            });
        }
        assertThat(runAs.user(kazakh, notifications::latest)).isEmpty();

        // The bell of the one mentioned says so.
        try (Browser browser = Browser.signedIn(port, gulnara, TestUsers.PASSWORD)) {
            browser.open("/");
            assertThat(browser.waitFor("notification-count").getText()).isEqualTo("1");
            browser.find("#notification-bell").click();
            browser.waitForVaadin();
            assertThat(browser.find("#notification-list").getText()).contains("Aziz Karimov");
        }
    }

    @Test
    void ctrl_enter_in_the_comment_box_of_review_mode_posts_the_comment_and_approves_nothing() {
        TestProjects.Created created = projects.aProject().withTargets("ru").withDocument(TestProjects.seedArticle());
        long project = created.project().id();
        long document = created.document().id();
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String translator = person("timur-" + tag, "Timur", TestUsers.translator(project, "ru"));
        String reviewer = person("dana-" + tag, "Dana", TestUsers.reviewer(project, "ru"));
        runAs.user(translator, () -> {
            SegmentRow row = projects.segment(document, "ru", 1);
            return translations.confirm(new TargetEdit(row.segmentId(), "ru",
                    InlineText.of("Вместе строим будущее в гармонии с природой"), row.version(), Origin.EDITOR));
        });

        try (Browser browser = Browser.signedIn(port, reviewer, TestUsers.PASSWORD)) {
            browser.open("/documents/" + document + "/ru?mode=review&segment=1");
            browser.find("#approve-1");
            browser.find("#comments-tab").click();
            browser.waitForVaadin();
            WebElement box = browser.find("#comment-text textarea");
            box.click();
            box.sendKeys("Почему «строим», а не «создаём»?");
            box.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
            browser.find(".comment-thread .comment");
            browser.waitForVaadin();
        }

        SegmentRow first = projects.segment(document, "ru", 1);
        assertThat(reviews.comments(first.segmentId(), "ru")).singleElement()
                .satisfies(c -> assertThat(c.body()).isEqualTo("Почему «строим», а не «создаём»?"));
        // The editor's Ctrl+Enter (approve, in review mode) never heard the key.
        assertThat(first.state()).isEqualTo(TargetState.TRANSLATED);
    }

    private String person(String username, String displayName, UserService.RoleRequest role) {
        runAs.admin(() -> {
            users.createUser(new NewUser(username, displayName, TestUsers.PASSWORD, false));
            return users.replaceRoles(username, List.of(role));
        });
        return username;
    }

    private static WebElement list(Browser browser) {
        return browser.find(".mention-list");
    }

    /** The ids of the options the list shows, once it shows this many. */
    private static List<String> offered(Browser browser, int count) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> list(browser).isDisplayed()
                && list(browser).findElements(By.cssSelector("[role=option]")).size() == count);
        return list(browser).findElements(By.cssSelector("[role=option]")).stream().map(o -> o.getAttribute("id")).toList();
    }

    private static String active(Browser browser) {
        return (String) browser.script("const a = document.querySelector('.mention-list [aria-selected=true]');"
                + " return a ? a.id : '';");
    }

    private static String value(Browser browser) {
        return (String) browser.script("return document.querySelector('#comment-text').value;");
    }
}
