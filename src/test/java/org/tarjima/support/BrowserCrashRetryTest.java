package org.tarjima.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.NoSuchSessionException;
import org.openqa.selenium.TimeoutException;

/** The retry covers a crashed Chromium and nothing else. */
class BrowserCrashRetryTest {

    private static final AtomicInteger runs = new AtomicInteger();

    @Test
    void a_test_whose_browser_crashed_runs_once_more() {
        // The message CI printed when Chromium died under EditorSearchBrowserTest.
        if (runs.incrementAndGet() == 1) {
            throw new NoSuchSessionException("invalid session id: session deleted as the browser has closed the connection\n"
                    + "from disconnected: not connected to DevTools");
        }
        assertThat(runs).hasValue(2);
    }

    @Test
    void a_timeout_or_a_failed_assertion_is_not_a_crash() {
        assertThat(BrowserCrashRetry.isBrowserCrash(new TimeoutException("Expected condition failed: waiting for #x")))
                .isFalse();
        assertThat(BrowserCrashRetry.isBrowserCrash(new AssertionError("expected 3 rows"))).isFalse();
        assertThat(BrowserCrashRetry.isBrowserCrash(new RuntimeException("wrapped",
                new NoSuchSessionException("session deleted as the browser has closed the connection")))).isTrue();
    }
}
