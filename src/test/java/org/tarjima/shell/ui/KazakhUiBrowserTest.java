package org.tarjima.shell.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import org.tarjima.base.i18n.Message;
import org.tarjima.document.DocumentService;
import org.tarjima.document.DocumentSummary;
import org.tarjima.jobs.JobService;
import org.tarjima.project.NewProject;
import org.tarjima.project.ProjectService;
import org.tarjima.project.ProjectSummary;
import org.tarjima.support.Browser;
import org.tarjima.support.SignedIn;

/**
 * The main screens with the UI in Kazakh, a project translating from Russian into Kazakh: whatever is written in
 * Latin letters on them is English left behind, unless it is a product or format name, a locale code, a file name, a
 * user name or a key on the keyboard. Component texts inside shadow roots (an upload's button, a dialog's) count too,
 * and so do the sign-in page (after a wrong password) and the dialogs: new project, XLIFF import and export,
 * translated download, TMX import, new user; and the administrators' default rate card.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@WithUserDetails(value = "admin", setupBefore = TestExecutionEvent.TEST_METHOD)
class KazakhUiBrowserTest {

    /** Words any language shows as they are. */
    private static final Set<String> ANY_LANGUAGE = Set.of("Tarjima", "XLIFF", "TMX", "TBX", "Okapi", "ICU", "CLDR",
            "HTML", "Markdown", "CSV", "UTF", "API", "REST", "JSON", "Word", "Excel", "PowerPoint", "LibreOffice", "OpenDocument",
            "Ctrl", "Shift", "Alt", "Enter", "Esc", "Space", "Tab", "admin", "Bearer", "Authorization", "MessageFormat",
            "DRAFT", "zip", "srclang", "srcLang", "trgLang",
            // Standards and protocol names the webhook and rate card settings cite.
            "ISO", "URL", "HMAC", "SHA", "Signature");
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]{2,}");
    private static final Pattern FILE_NAME = Pattern.compile("[\\w.-]+\\.[A-Za-z0-9]{1,10}");
    /** A setting's name in the environment (TARJIMA_DEMO_PASSWORD) is typed as it is. */
    private static final Pattern SETTING = Pattern.compile("[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+");
    /** The locale codes the screens show (chips, columns): the UI's languages, not any two letters ("by", "of"). */
    private static final Set<String> LOCALE_CODES = Set.of("en", "ru", "kk", "ky", "tg", "tk", "uz", "Cyrl", "Latn");

    @LocalServerPort
    int port;
    @Autowired
    ProjectService projects;
    @Autowired
    DocumentService documents;
    @Autowired
    JobService jobs;
    @Autowired
    org.tarjima.glossary.GlossaryService glossary;
    @Autowired
    org.tarjima.security.UserService users;

    /** Words of names people gave (projects, users): data, in whatever language they were written. */
    private final Set<String> data = new java.util.HashSet<>();

    @Test
    void the_main_screens_in_kazakh_show_no_english_word() {
        ProjectSummary project = projects.create(new NewProject("Баспасөз хабарламалары", "ru", List.of("kk", "ky")));
        DocumentSummary document = documents.importSource(project.id(), "habar.md", ("# Совместная работа\n\n"
                + "4 декабря 2020 года ЮНЕСКО провело диалог.\n\nУчастники обсудили переводы.\n")
                .getBytes(StandardCharsets.UTF_8));
        // A job that succeeded and one that was refused: both lines are said in the viewer's language.
        jobs.submit(project.id(), Message.of("jobs.importing", "habar.md"), progress -> "ok",
                done -> Message.of("jobs.exported", "habar.zip"), null).await(Duration.ofSeconds(10));
        jobs.submit(project.id(), Message.of("jobs.importing", "eski.txt"), progress -> {
            throw new IllegalStateException("not UTF-8");
        }, done -> Message.of("jobs.exported", "-"), e -> Message.of("refusal.notUtf8"));

        // Other tests' projects show on the administrator's dashboard too, hostile names included ("<svg onload=…>"):
        // their words are data, cut the way the screens' texts are.
        projects.list().forEach(each -> {
            data.addAll(words(each.name()));
            documents.documents(each.id()).forEach(d -> data.addAll(words(d.name())));
        });
        // The global glossary's terms, whichever test wrote them, are data too.
        glossary.entries(org.tarjima.glossary.GlossaryScope.GLOBAL, null).forEach(entry -> {
            data.addAll(words(entry.term()));
            entry.translations().forEach(t -> data.addAll(words(t.term())));
        });
        // The display name the first start gives the administrator, as a user would have named themselves.
        data.add("Administrator");
        users.users().forEach(user -> {
            data.add(user.username());
            data.addAll(words(user.displayName()));
        });
        List<String> english = new ArrayList<>();
        try (Browser browser = new Browser(port)) {
            browser.open("/login");
            // As the language switcher leaves it: the cookie, read when the next page starts its UI.
            browser.driver().manage().addCookie(new Cookie("tarjima-ui-language", "kk"));
            browser.submitSignIn("admin", "not-the-password");
            english.addAll(look(browser, "sign-in page after a wrong password"));
            browser.signIn("admin", SignedIn.ADMIN_PASSWORD);

            english.addAll(screen(browser, "/", "dashboard", "dashboard"));
            assertThat(browser.script("return document.documentElement.lang;")).isEqualTo("kk");
            browser.find("#new-project").click();
            browser.waitFor("project-targets");
            english.addAll(look(browser, "new project dialog"));
            english.addAll(screen(browser, "/projects/" + project.id(), "project-view", "project page with jobs"));
            browser.find("#translated-" + document.id()).click();
            browser.waitFor("translated-locales");
            english.addAll(look(browser, "translated download dialog"));
            browser.driver().navigate().refresh();
            browser.waitFor("project-view");
            browser.find("#import-" + document.id()).click();
            browser.waitFor("import-upload");
            english.addAll(look(browser, "XLIFF import dialog"));
            browser.driver().navigate().refresh();
            browser.waitFor("project-view");
            browser.find("#export-" + document.id()).click();
            browser.waitFor("export-locales");
            english.addAll(look(browser, "export dialog"));
            english.addAll(screen(browser, "/documents/" + document.id() + "/kk?segment=1", "segment-editor-1", "editor"));
            english.addAll(screen(browser, "/documents/" + document.id() + "/kk/qa", "qa-report-summary", "QA report"));
            english.addAll(screen(browser, "/projects/" + project.id() + "/glossary", "glossary-view", "project glossary"));
            english.addAll(screen(browser, "/glossary", "glossary-view", "global glossary"));
            english.addAll(screen(browser, "/review-queue", "review-queue", "review queue"));
            english.addAll(screen(browser, "/memory", "memory-view", "translation memory"));
            browser.find("#memory-import").click();
            browser.waitFor("memory-import-close");
            english.addAll(look(browser, "TMX import dialog"));
            english.addAll(screen(browser, "/admin", "admin-view", "users"));
            browser.find("#new-user").click();
            browser.waitFor("new-password");
            english.addAll(look(browser, "new user dialog"));
            english.addAll(screen(browser, "/admin/rate-card", "rate-card-view", "default rate card"));
        }
        assertThat(english).as("English on screens in Kazakh").isEmpty();
    }

    private List<String> screen(Browser browser, String path, String waitFor, String name) {
        browser.open(path);
        browser.waitFor(waitFor);
        return look(browser, name);
    }

    /** Every visible text of the page, shadow roots included, with its placeholders and tooltips. */
    private List<String> look(Browser browser, String name) {
        browser.waitForVaadin();
        browser.screenshot("kk-" + name.replace(' ', '-'));
        @SuppressWarnings("unchecked")
        List<List<String>> texts = (List<List<String>>) browser.script("""
                const out = [];
                const where = node => node.tagName.toLowerCase() + (node.id ? '#' + node.id : '')
                    + (node.getRootNode().host ? ' in ' + where(node.getRootNode().host) : '');
                const visit = root => {
                  for (const node of root.querySelectorAll('*')) {
                    if (node.shadowRoot) visit(node.shadowRoot);
                    // The language switcher names each language in that language, on purpose.
                    if (node.closest('#ui-language, vaadin-select-overlay')) continue;
                    if (['SCRIPT', 'STYLE', 'TEMPLATE', 'svg', 'VAADIN-ICON'].includes(node.tagName)) continue;
                    const style = getComputedStyle(node);
                    if (style.display === 'none' || style.visibility === 'hidden') continue;
                    for (const child of node.childNodes) {
                      if (child.nodeType === Node.TEXT_NODE && child.textContent.trim()) {
                        out.push([where(node), child.textContent.trim()]);
                      }
                    }
                    for (const attribute of ['placeholder', 'title', 'aria-label', 'label', 'helper-text', 'error-message']) {
                      const value = node.getAttribute(attribute);
                      if (value) out.push([where(node) + '@' + attribute, value]);
                    }
                  }
                };
                visit(document);
                return out;""");
        Set<String> found = new LinkedHashSet<>();
        for (List<String> text : texts) {
            // A text that is a locale tag and nothing else is data (a project's target locales, listed by code on
            // the dashboard for every project the administrator sees, other tests' fr and en-GB included).
            if (text.get(1).matches("[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|\\d{3}))?(-x-[a-z0-9-]+)?")) {
                continue;
            }
            for (String token : text.get(1).split(TOKEN_BREAKS)) {
                // An extension (.properties) or an element (<trans-unit>) is a name, not a word.
                if (token.matches("\\.\\w+|<[\\w:-]+>?")) {
                    continue;
                }
                String word = bare(token);
                if (!word.isEmpty() && LATIN_WORD.matcher(word).find() && !allowed(word) && !data.contains(word)) {
                    found.add(name + ": " + word + " (" + text.get(0) + ")");
                }
            }
        }
        return List.copyOf(found);
    }

    private static final String TOKEN_BREAKS = "[\\s\"“”«»()\\[\\],;:!?·…/]+";

    private static String bare(String token) {
        return token.replaceAll("^[^\\p{L}\\d]+|[^\\p{L}\\d]+$", "");
    }

    /** A name's words as the screens' texts are cut into words (each also whole, with what clings to it). */
    private static List<String> words(String name) {
        List<String> words = new ArrayList<>(List.of(name.split("\\s+")));
        for (String token : name.split(TOKEN_BREAKS)) {
            words.add(bare(token));
        }
        return words;
    }

    private static boolean allowed(String word) {
        if (FILE_NAME.matcher(word).matches() || SETTING.matcher(word).matches()) {
            return true;
        }
        Matcher latin = LATIN_WORD.matcher(word);
        while (latin.find()) {
            if (!ANY_LANGUAGE.contains(latin.group()) && !LOCALE_CODES.contains(latin.group())) {
                return false;
            }
        }
        return true;
    }
}
