package org.tarjima.translation.ui;

import org.tarjima.document.ui.DocumentLocaleRoute;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import org.tarjima.support.Browser;
import org.tarjima.support.TestProjects;
import org.tarjima.support.TestUsers;

/**
 * The addresses of one document in one locale (the editor, its QA report), resolved by {@link DocumentLocaleRoute}:
 * an unknown document leads to the dashboard, a locale the project lacks to the project, and a locale in another
 * case is the project's own, for the views and for the user's rights alike.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@WithUserDetails(value = "admin", setupBefore = TestExecutionEvent.TEST_METHOD)
class DocumentLocaleRouteBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    TestProjects projects;
    @Autowired
    TestUsers users;

    @Test
    void unknown_documents_and_locales_lead_back_and_a_locale_in_capitals_is_the_projects_own() {
        TestProjects.Created created = projects.aProject().withTargets("ru").withDocument(TestProjects.seedArticle());
        long document = created.document().id();
        String translator = users.create("route-translator", TestUsers.translator(created.project().id(), "ru"));

        try (Browser browser = Browser.signedIn(port, translator, TestUsers.PASSWORD)) {
            for (String view : new String[] {"", "/qa"}) {
                browser.open("/documents/" + Long.MAX_VALUE + "/ru" + view);
                browser.waitFor("dashboard");
                browser.open("/documents/" + document + "/fr" + view);
                assertThat(browser.waitFor("project-title").getText()).isEqualTo(created.project().name());
            }
            browser.open("/documents/" + document + "/RU/qa");
            browser.waitFor("qa-report-summary");
            // The translator of ru may translate at /RU too: rights are checked on the project's "ru".
            browser.open("/documents/" + document + "/RU");
            browser.waitFor("segment-editor-1");
            assertThat(browser.driver().getTitle()).contains(" · ru · ");
        }
    }
}
