package org.tarjima.memory;

import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.tarjima.base.db.BackgroundDrain;

/**
 * Writes the fuzzy-search postings of units saved without them ({@link TmRepository#insertUnposted}), after their
 * save has committed, a few hundred units per transaction in term order, on one thread of the node.
 *
 * <p>Why: the ~44 postings of one unit land on as many leaves of the {@code (term, length_unit)} index; written in
 * every save's transaction they were 2.4 ms and 77 KB of WAL of each save, three quarters of PostgreSQL's time under
 * 50 concurrent writers. Batched, a leaf is touched once per batch. Nothing is lost: the unit row is committed with
 * the save and says it still waits ({@code posted = false}); a node that starts, and every node once a minute, takes
 * up what another left, and rows another transaction holds are skipped. Until its postings exist a unit is still
 * found: lookups and concordance add the waiting units of the pair themselves.
 */
@Component
class TmPostingQueue {

    private static final Logger log = LoggerFactory.getLogger(TmPostingQueue.class);
    private static final int BATCH = 500;

    // Saves that commit while a run lingers join its batch: under load a batch holds a hundred units or more instead of
    // a few, and a leaf of the index or a term's count is written once for all of them (measured with 50 writers: the
    // postings' PostgreSQL time per save 1.0 -> 0.6 ms).
    private static final Duration LINGER = Duration.ofMillis(100);

    private final TmRepository repository;
    private final TransactionTemplate separately;
    private final BackgroundDrain worker = new BackgroundDrain("tarjima-tm-postings", LINGER, this::drain);

    TmPostingQueue(TmRepository repository, PlatformTransactionManager transactions) {
        this.repository = repository;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Posts the waiting units once the current transaction commits (at once outside one). */
    void afterCommit() {
        worker.wakeAfterCommit();
    }

    /** What a node that stopped left, or what was skipped because a save still held it: on start and once a minute. */
    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        worker.wake();
    }

    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    void sweep() {
        worker.wake();
    }

    /** Waits until the units waiting now are posted (tests and benchmarks). */
    void awaitIdle() {
        worker.awaitIdle(Duration.ofMinutes(1));
    }

    private void drain() {
        try {
            while (Boolean.TRUE.equals(separately.execute(status -> postBatch()))) {
                // next batch
            }
        } catch (RuntimeException e) {
            log.warn("Could not write the TM's postings of saved units; retried with the next save or within a minute", e);
        }
    }

    /** One batch in its own transaction; whether it was full (more may wait). */
    private boolean postBatch() {
        List<TmRepository.IndexedUnit> units = repository.lockUnposted(BATCH);
        if (!units.isEmpty()) {
            repository.post(units);
        }
        return units.size() == BATCH;
    }

    @jakarta.annotation.PreDestroy
    void stop() throws InterruptedException {
        worker.stop();
    }
}
