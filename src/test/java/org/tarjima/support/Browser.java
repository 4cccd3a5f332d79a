package org.tarjima.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A real headless Chromium driven by Selenium, with waits that understand Vaadin's round trips. */
public final class Browser implements AutoCloseable {

    private final ChromeDriver driver;
    private final String baseUrl;

    public Browser(int port) {
        this.baseUrl = "http://localhost:" + port;
        try {
            Path profile = Files.createTempDirectory(Path.of("target"), "chromium-profile-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary("/usr/bin/chromium");
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--window-size=1440,900", "--lang=en-US", "--user-data-dir=" + profile.toAbsolutePath());
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                    .usingAnyFreePort()
                    .build();
            driver = new ChromeDriver(service, options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final Duration SIGN_IN = Duration.ofSeconds(60);
    /**
     * How often a wait looks again. Selenium's default, half a second, made every wait for a Vaadin round trip cost up
     * to 500 ms more than the round trip: dozens of times per test, minutes per build.
     */
    private static final Duration POLL = Duration.ofMillis(50);

    private WebDriverWait waiting(Duration timeout) {
        WebDriverWait wait = new WebDriverWait(driver, timeout);
        wait.pollingEvery(POLL);
        // An element found a moment ago may be replaced by the next server round trip (the editor's row is redrawn):
        // look again instead of failing.
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    /** A browser signed in as the given user. */
    public static Browser signedIn(int port, String username, String password) {
        Browser browser = new Browser(port);
        try {
            browser.signIn(username, password);
            return browser;
        } catch (RuntimeException e) {
            browser.close();
            throw e;
        }
    }

    /** A browser signed in as the administrator of the test database. */
    public static Browser asAdmin(int port) {
        return signedIn(port, "admin", SignedIn.ADMIN_PASSWORD);
    }

    public void open(String path) {
        driver.get(baseUrl + path);
        waitForVaadin();
    }

    /** Signs in through the sign-in page, then waits until the workbench has loaded. */
    public void signIn(String username, String password) {
        submitSignIn(username, password);
        // Signing in hashes the password (bcrypt) and loads the first view: on a loaded 2-core machine, with the
        // JVM's first Vaadin request among them, that has taken longer than the 20 s other waits allow.
        waiting(SIGN_IN).until(d -> !d.getCurrentUrl().contains("/login"));
        waitForVaadin();
    }

    /** Fills in and sends the sign-in form, whatever the outcome. */
    public void submitSignIn(String username, String password) {
        open("/login");
        WebElement user = find("#vaadinLoginUsername input");
        user.clear();
        user.sendKeys(username);
        WebElement secret = find("#vaadinLoginPassword input");
        secret.clear();
        secret.sendKeys(password);
        String before = driver.getCurrentUrl();
        secret.sendKeys(org.openqa.selenium.Keys.ENTER);
        waiting(SIGN_IN).until(d -> !d.getCurrentUrl().equals(before));
        waitForVaadin();
    }

    /** Signs out through the top bar's button and waits for the sign-in page. */
    public void signOut() {
        find("#sign-out").click();
        waiting(Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("/login"));
        waitForVaadin();
    }

    public void reload() {
        driver.navigate().refresh();
        waitForVaadin();
    }

    /** Waits until Vaadin has started and no client has a request in flight. */
    public void waitForVaadin() {
        waiting(Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("""
                const flow = window.Vaadin && window.Vaadin.Flow;
                if (!flow || !flow.clients) return false;
                const clients = Object.values(flow.clients);
                return clients.length > 0 && clients.every(c => !c.isActive());""")));
    }

    public WebElement waitFor(String id) {
        return waiting(Duration.ofSeconds(20))
                .until(d -> d.findElements(By.id(id)).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
    }

    public WebElement find(String css) {
        return waiting(Duration.ofSeconds(20))
                .until(d -> d.findElements(By.cssSelector(css)).stream().findFirst().orElse(null));
    }

    public boolean exists(String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    public Object script(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Saves a screenshot under target/screenshots/. */
    public Path screenshot(String name) {
        try {
            Path directory = Files.createDirectories(Path.of("target", "screenshots"));
            Path target = directory.resolve(name + ".png");
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
