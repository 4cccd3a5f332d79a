package org.tarjima.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.openqa.selenium.WebDriverException;

/**
 * Runs a test once more when Chromium itself died under it ("session deleted as the browser has closed the connection",
 * "not connected to DevTools", a crashed tab), and only then. A crashed browser says nothing about the workbench: on the
 * CI machine one such crash among ~40 browser tests failed a build whose every assertion held. Any other failure, an
 * assertion or a timeout waiting for the page, fails at once as before, so this cannot hide a flaky feature; a second
 * crash in a row fails too. The browser tests create their own data and their own browser inside the test method, so
 * running the method again starts from nothing. Registered for every test through JUnit's extension autodetection.
 */
public final class BrowserCrashRetry implements InvocationInterceptor {

    private static final List<String> CRASH_SIGNS = List.of("browser has closed the connection",
            "not connected to devtools", "chrome not reachable", "tab crashed", "page crash",
            "devtoolsactiveport file doesn't exist");

    @Override
    public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> invocationContext,
            ExtensionContext extensionContext) throws Throwable {
        try {
            invocation.proceed();
        } catch (Throwable failure) {
            if (!isBrowserCrash(failure)) {
                throw failure;
            }
            System.err.println("Chromium crashed under " + extensionContext.getDisplayName() + " ("
                    + firstLine(failure) + "); running the test once more with a new browser");
            Method method = invocationContext.getExecutable();
            method.setAccessible(true);
            try {
                method.invoke(invocationContext.getTarget().orElse(null), invocationContext.getArguments().toArray());
            } catch (InvocationTargetException again) {
                again.getCause().addSuppressed(failure);
                throw again.getCause();
            }
        }
    }

    static boolean isBrowserCrash(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof WebDriverException && cause.getMessage() != null) {
                String message = cause.getMessage().toLowerCase(Locale.ROOT);
                if (CRASH_SIGNS.stream().anyMatch(message::contains)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String firstLine(Throwable failure) {
        String message = String.valueOf(failure.getMessage());
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
