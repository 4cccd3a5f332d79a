package org.tarjima.base.db;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * One daemon thread that works off a queue kept in the database: {@link #wake()} asks it to run its drain, and wakes
 * that arrive while a run is still waiting to start join that run, so a thousand commits cause a few runs, not a
 * thousand. A lost wake loses nothing (the work is in a table): the owner wakes it when the node starts and once a
 * minute, for what a stopped node left or a run skipped.
 */
public final class BackgroundDrain {

    private final Runnable drain;
    private final long lingerMillis;
    private final AtomicBoolean queued = new AtomicBoolean();
    private final ExecutorService worker;

    /**
     * @param linger how long a run waits before it starts, so that more work joins it (zero: at once)
     * @param drain  works off what is waiting; handles its own failures (a failure waits for the next wake)
     */
    public BackgroundDrain(String threadName, Duration linger, Runnable drain) {
        this.drain = drain;
        this.lingerMillis = linger.toMillis();
        this.worker = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, threadName);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Runs the drain soon, on the worker thread. */
    public void wake() {
        if (queued.compareAndSet(false, true)) {
            worker.execute(() -> {
                if (lingerMillis > 0 && !paused()) {
                    return; // stopping
                }
                // cleared before the drain reads the queue: a wake from now on makes one more run
                queued.set(false);
                drain.run();
            });
        }
    }

    /** Wakes the worker once the current transaction has committed (at once outside one; never on a rollback). */
    public void wakeAfterCommit() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            wake();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                wake();
            }
        });
    }

    /** Runs the drain once more, after whatever is queued, and waits for it (tests and benchmarks). */
    public void awaitIdle(Duration timeout) {
        try {
            worker.submit(drain).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("The background work did not finish within " + timeout, e);
        }
    }

    /** Stops the worker, interrupting a run (what it did not finish stays in its table). */
    public void stop() throws InterruptedException {
        worker.shutdownNow();
        worker.awaitTermination(10, TimeUnit.SECONDS);
    }

    private boolean paused() {
        try {
            Thread.sleep(lingerMillis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
