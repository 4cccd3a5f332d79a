package org.tarjima.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionSynchronizationUtils;

class BackgroundDrainTest {

    private final AtomicInteger runs = new AtomicInteger();
    private BackgroundDrain drain;

    @AfterEach
    void stop() throws InterruptedException {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
        drain.stop();
    }

    @Test
    void wakes_while_a_run_lingers_join_that_run() throws Exception {
        drain = new BackgroundDrain("test-drain", Duration.ofMillis(300), runs::incrementAndGet);

        for (int i = 0; i < 1_000; i++) {
            drain.wake();
        }
        awaitRuns(1);
        Thread.sleep(100);

        assertThat(runs).hasValue(1);
    }

    @Test
    void a_wake_after_a_run_started_makes_one_more_run() throws Exception {
        drain = new BackgroundDrain("test-drain", Duration.ZERO, runs::incrementAndGet);

        drain.wake();
        drain.awaitIdle(Duration.ofSeconds(5));
        drain.wake();
        drain.awaitIdle(Duration.ofSeconds(5));

        // two wakes, and the two runs awaitIdle asks for
        assertThat(runs).hasValue(4);
    }

    @Test
    void a_wake_after_commit_runs_only_once_the_transaction_committed_and_never_after_a_rollback() throws Exception {
        drain = new BackgroundDrain("test-drain", Duration.ZERO, runs::incrementAndGet);

        TransactionSynchronizationManager.initSynchronization();
        drain.wakeAfterCommit();
        Thread.sleep(200);
        assertThat(runs).hasValue(0);
        TransactionSynchronizationUtils.invokeAfterCompletion(TransactionSynchronizationManager.getSynchronizations(),
                TransactionSynchronization.STATUS_ROLLED_BACK);
        TransactionSynchronizationManager.clearSynchronization();
        Thread.sleep(200);
        assertThat(runs).hasValue(0);

        TransactionSynchronizationManager.initSynchronization();
        drain.wakeAfterCommit();
        TransactionSynchronizationUtils.invokeAfterCommit(TransactionSynchronizationManager.getSynchronizations());
        TransactionSynchronizationManager.clearSynchronization();
        awaitRuns(1);
        assertThat(runs).hasValue(1);
    }

    private void awaitRuns(int expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (runs.get() < expected && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
    }

    @Test
    void stopping_during_the_linger_skips_the_run() throws Exception {
        drain = new BackgroundDrain("test-drain", Duration.ofSeconds(5), runs::incrementAndGet);

        drain.wake();
        Thread.sleep(100);
        drain.stop();

        assertThat(runs).hasValue(0);
    }
}
