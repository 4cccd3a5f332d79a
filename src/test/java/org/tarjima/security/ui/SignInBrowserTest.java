package org.tarjima.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ActiveProfiles;
import org.tarjima.support.Browser;
import org.tarjima.support.SignedIn;

/** Anonymous visitors meet the sign-in page; wrong passwords say so; signing out ends the session. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SignInBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate http;
    @Autowired
    org.tarjima.security.RunAs runAs;
    @Autowired
    org.tarjima.security.UserService users;

    @Test
    void an_anonymous_visitor_is_sent_to_the_sign_in_page_and_comes_back_after_signing_in() {
        try (Browser browser = new Browser(port)) {
            browser.open("/projects/1");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().endsWith("/login"));
            browser.find("#login-form");
            // Demo mode names the demo users, never their password when it was set by the operator.
            assertThat(browser.find("#demo-users").getText()).contains("translator").doesNotContain(SignedIn.DEMO_PASSWORD);
            browser.screenshot("sign-in");

            // The page can be read in one's own language before signing in.
            assertThat(browser.find("#ui-language")).isNotNull();

            browser.submitSignIn("translator", "not the password");
            assertThat(browser.driver().getCurrentUrl()).contains("/login?error");
            assertThat(browser.find("vaadin-login-form").getAttribute("error")).isNotNull();
            // Only the password is to be typed again.
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> "translator".equals(
                    browser.script("return document.querySelector('#vaadinLoginUsername input').value;")));

            browser.signIn("translator", SignedIn.DEMO_PASSWORD);
            assertThat(browser.find("#user-name").getText()).isEqualTo("Translator");
            assertThat(browser.driver().getCurrentUrl()).doesNotContain("continue");
            browser.signOut();
            browser.open("/");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().endsWith("/login"));
        }
    }

    @Test
    void the_interface_language_follows_the_user_to_a_new_browser() {
        runAs.user("reviewer", () -> {
            users.setUiLanguage(java.util.Locale.forLanguageTag("ru"));
            return null;
        });
        try (Browser browser = Browser.signedIn(port, "reviewer", SignedIn.DEMO_PASSWORD)) {
            browser.open("/");
            assertThat(browser.find("#breadcrumb").getText()).isEqualTo("Проекты");
        } finally {
            runAs.user("reviewer", () -> {
                users.setUiLanguage(java.util.Locale.ENGLISH);
                return null;
            });
        }
    }

    @Test
    void the_stylesheet_is_public_and_the_workbench_is_not() {
        assertThat(http.getForEntity("/frontend/tarjima.css", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(http.getForEntity("/api/projects", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }
}
