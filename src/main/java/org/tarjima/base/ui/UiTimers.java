package org.tarjima.base.ui;

import com.vaadin.flow.component.UI;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Delayed work for views (highlights that fade, refreshes gathered into one): the timer waits, the UI does the work. */
public final class UiTimers {

    private static final ScheduledExecutorService TIMERS = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "tarjima-ui-timers");
        thread.setDaemon(true);
        return thread;
    });

    private UiTimers() {
    }

    /** Runs the work in the UI's access after the delay, unless the UI has gone by then. */
    public static void later(UI ui, Duration delay, Runnable work) {
        TIMERS.schedule(() -> {
            if (ui.isAttached() && !ui.isClosing()) {
                ui.access(work::run);
            }
        }, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** For code that hands work to a UI in its own way. */
    public static void later(Duration delay, Runnable work) {
        TIMERS.schedule(work, delay.toMillis(), TimeUnit.MILLISECONDS);
    }
}
