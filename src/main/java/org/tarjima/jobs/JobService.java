package org.tarjima.jobs;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.tarjima.base.i18n.Message;
import org.tarjima.security.AccessPolicy;
import org.tarjima.security.CurrentUser;
import org.tarjima.security.Permission;

/**
 * Runs work in the background on this node and keeps the job list in PostgreSQL, so that every node shows every
 * job with its progress. Finished jobs are listed for an hour; a job whose node stopped is marked interrupted (an
 * import's own transaction rolled back with it). Two workers: imports are I/O and database bound, and two cores are
 * what we have.
 */
@Service
public class JobService {

    /** How long the UI waits for a job before showing it in the job list instead. */
    public static final Duration SHOW_AS_JOB_AFTER = Duration.ofSeconds(1);
    static final Duration KEEP_FINISHED = Duration.ofHours(1);
    /** Progress is written at most this often: a 100k-unit import must not write 100k rows of progress. */
    static final Duration PROGRESS_EVERY = Duration.ofMillis(500);
    /** A running job untouched for this long belongs to a node that stopped. */
    static final Duration ORPHANED_AFTER = Duration.ofMinutes(2);
    private static final Logger log = LoggerFactory.getLogger(JobService.class);

    private final Map<UUID, Job<?>> local = new ConcurrentHashMap<>();
    private final ExecutorService workers = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "tarjima-job");
        thread.setDaemon(true);
        return thread;
    });
    private final String node = UUID.randomUUID().toString();
    private final Clock clock;
    private final AccessPolicy access;
    private final SecurityContextHolderStrategy holder;
    private final JobRepository repository;
    private final CurrentUser currentUser;
    /** The job list is written beside the work's own transaction, so that progress shows before the work commits. */
    private final TransactionTemplate separately;

    JobService(Clock clock, AccessPolicy access, SecurityContextHolderStrategy holder, JobRepository repository,
               CurrentUser currentUser, PlatformTransactionManager transactions) {
        this.clock = clock;
        this.access = access;
        this.holder = holder;
        this.repository = repository;
        this.currentUser = currentUser;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Starts a job.
     *
     * Messages are kept as keys and arguments: the job list says them in the language of whoever reads it.
     *
     * @param title   the job's line in the list
     * @param work    the work; it reports progress and returns its result
     * @param outcome the message for the user once the work succeeded
     * @param failure the message for the user when the work threw (null, or a function answering null: a generic one)
     */
    public <T> JobHandle<T> submit(long projectId, Message title, Function<Progress, T> work, Function<T, Message> outcome,
                                   Function<RuntimeException, Message> failure) {
        access.require(Permission.VIEW, projectId, null);
        Job<T> job = new Job<>(UUID.randomUUID(), title);
        separately.executeWithoutResult(status -> repository.insert(job.id, projectId, title, node, currentUser.username(),
                clock.instant()));
        local.put(job.id, job);
        // The work runs as the user who started it: same permission checks, same name in history.
        SecurityContext starter = holder.getContext();
        CompletableFuture.supplyAsync(() -> asUser(starter, () -> work.apply(job)), workers).whenComplete((result, error) -> {
            if (error == null) {
                if (result instanceof JobSnapshot.JobFile file) {
                    job.download.set(file);
                }
                finish(job, JobSnapshot.State.DONE, outcome.apply(result));
                job.future.complete(result);
            } else {
                RuntimeException cause = error.getCause() instanceof RuntimeException runtime ? runtime
                        : new IllegalStateException(error.getCause() != null ? error.getCause() : error);
                Message message = failure == null ? null : failure.apply(cause);
                if (message == null) {
                    log.error("Job '{}' failed", title, cause);
                }
                finish(job, JobSnapshot.State.FAILED, message);
                job.future.completeExceptionally(cause);
            }
        });
        return new JobHandle<>(job);
    }

    private void finish(Job<?> job, JobSnapshot.State state, Message message) {
        long total = job.total.get();
        long done = state == JobSnapshot.State.DONE && total > 0 ? total : job.done.get();
        try {
            separately.executeWithoutResult(status -> repository.finish(job.id, state, done, total, message, clock.instant()));
        } catch (RuntimeException e) {
            log.warn("Could not record the end of job '{}'", job.title, e);
        }
    }

    private <T> T asUser(SecurityContext context, java.util.function.Supplier<T> work) {
        holder.setContext(context);
        try {
            return work.get();
        } finally {
            holder.clearContext();
        }
    }

    /** Jobs of a project on every node, newest first: running ones and those finished within the hour. */
    public List<JobSnapshot> jobs(long projectId) {
        access.require(Permission.VIEW, projectId, null);
        return repository.forProject(projectId, clock.instant().minus(KEEP_FINISHED)).stream()
                .map(this::withLocalFile).toList();
    }

    /** A job, if the signed-in user may see its project. */
    public Optional<JobSnapshot> job(UUID id) {
        Optional<JobSnapshot> job = repository.find(id);
        job.ifPresent(found -> access.require(Permission.VIEW, found.projectId(), null));
        return job.map(this::withLocalFile);
    }

    private JobSnapshot withLocalFile(JobSnapshot job) {
        Job<?> mine = local.get(job.id());
        return mine == null || mine.download.get() == null ? job : job.withDownload(mine.download.get());
    }

    /** Marks the jobs of nodes that stopped; this node's own jobs cannot be among them (it just started). */
    @EventListener(ApplicationReadyEvent.class)
    void interruptedBefore() {
        int orphans = repository.markInterrupted(clock.instant().minus(ORPHANED_AFTER), clock.instant());
        if (orphans > 0) {
            log.warn("{} job(s) were cut off by a stopped node and are marked interrupted", orphans);
        }
    }

    /**
     * Every half minute: this node vouches for its running jobs; one node (whichever takes the advisory lock)
     * marks orphans and forgets old jobs; every node deletes its own old files.
     */
    @Scheduled(fixedDelayString = "PT30S")
    void housekeeping() {
        Instant now = clock.instant();
        List<UUID> running = local.values().stream().filter(job -> !job.future.isDone()).map(job -> job.id).toList();
        separately.executeWithoutResult(status -> {
            repository.touch(running, now);
            if (repository.tryCleanupLock()) {
                repository.markInterrupted(now.minus(ORPHANED_AFTER), now);
                repository.deleteFinishedBefore(now.minus(KEEP_FINISHED));
            }
        });
        local.values().removeIf(job -> {
            boolean old = job.future.isDone() && job.finishedAt.get() != null
                    && job.finishedAt.get().isBefore(now.minus(KEEP_FINISHED));
            if (old && job.download.get() != null) {
                job.download.get().path().toFile().delete();
            }
            return old;
        });
    }

    @PreDestroy
    void stop() throws InterruptedException {
        workers.shutdown();
        workers.awaitTermination(30, TimeUnit.SECONDS);
    }

    /** A started job: its id, and a short wait for quick jobs. */
    public static final class JobHandle<T> {
        private final Job<T> job;

        JobHandle(Job<T> job) {
            this.job = job;
        }

        public UUID id() {
            return job.id;
        }

        /**
         * The result if the job finishes within {@code wait}; empty while it still runs.
         *
         * @throws RuntimeException the job's own exception when it failed
         */
        public Optional<T> await(Duration wait) {
            try {
                return Optional.ofNullable(job.future.get(wait.toMillis(), TimeUnit.MILLISECONDS));
            } catch (TimeoutException e) {
                return Optional.empty();
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
    }

    private final class Job<T> implements Progress {
        private final UUID id;
        private final Message title;
        private final AtomicLong done = new AtomicLong();
        private final AtomicLong total = new AtomicLong();
        private final AtomicReference<Instant> lastWritten = new AtomicReference<>(Instant.EPOCH);
        private final AtomicReference<Instant> finishedAt = new AtomicReference<>();
        private final AtomicReference<JobSnapshot.JobFile> download = new AtomicReference<>();
        private final CompletableFuture<T> future = new CompletableFuture<>();

        Job(UUID id, Message title) {
            this.id = id;
            this.title = title;
            future.whenComplete((result, error) -> finishedAt.set(clock.instant()));
        }

        @Override
        public void total(long value) {
            total.set(value);
            // Knowing the size is news worth writing at once; the steps after it are written at a measured pace.
            record();
        }

        @Override
        public void advance(long value) {
            done.set(value);
            write();
        }

        private void write() {
            Instant now = clock.instant();
            Instant last = lastWritten.get();
            if (now.isBefore(last.plus(PROGRESS_EVERY)) || !lastWritten.compareAndSet(last, now)) {
                return;
            }
            record();
        }

        private void record() {
            Instant now = clock.instant();
            try {
                separately.executeWithoutResult(status -> repository.progress(id, done.get(), total.get(), now));
            } catch (RuntimeException e) {
                // Progress is a courtesy; the work goes on.
                log.debug("Could not record the progress of job '{}'", title, e);
            }
        }
    }
}
