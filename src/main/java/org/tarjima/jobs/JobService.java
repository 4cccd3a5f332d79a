package org.tarjima.jobs;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.tarjima.security.AccessPolicy;
import org.tarjima.security.Permission;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
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
import org.springframework.stereotype.Service;

/**
 * Runs work in the background and keeps what the job list needs: title, progress, outcome. Finished jobs
 * are kept for an hour. Two workers: imports are I/O and database bound, and two cores are what we have.
 */
@Service
public class JobService {

    /** How long the UI waits for a job before showing it in the job list instead. */
    public static final Duration SHOW_AS_JOB_AFTER = Duration.ofSeconds(1);
    private static final Duration KEEP_FINISHED = Duration.ofHours(1);
    private static final Logger log = LoggerFactory.getLogger(JobService.class);

    private final Map<UUID, Job<?>> jobs = new ConcurrentHashMap<>();
    private final ExecutorService workers = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "tarjima-job");
        thread.setDaemon(true);
        return thread;
    });
    private final Clock clock;
    private final AccessPolicy access;
    private final SecurityContextHolderStrategy holder;

    JobService(Clock clock, AccessPolicy access, SecurityContextHolderStrategy holder) {
        this.clock = clock;
        this.access = access;
        this.holder = holder;
    }

    /**
     * Starts a job.
     *
     * @param work    the work; it reports progress and returns its result
     * @param outcome the message for the user once the work succeeded
     * @param failure the message for the user when the work threw (null: a generic one)
     */
    public <T> JobHandle<T> submit(long projectId, String title, Function<Progress, T> work, Function<T, String> outcome,
                                   Function<RuntimeException, String> failure) {
        forgetOldJobs();
        Job<T> job = new Job<>(UUID.randomUUID(), projectId, title, clock.instant());
        jobs.put(job.id, job);
        // The work runs as the user who started it: same permission checks, same name in history.
        SecurityContext starter = holder.getContext();
        CompletableFuture.supplyAsync(() -> asUser(starter, () -> work.apply(job)), workers).whenComplete((result, error) -> {
            if (error == null) {
                if (result instanceof JobSnapshot.JobFile file) {
                    job.download.set(file);
                }
                job.finish(JobSnapshot.State.DONE, outcome.apply(result), clock.instant());
                job.future.complete(result);
            } else {
                RuntimeException cause = error.getCause() instanceof RuntimeException runtime ? runtime
                        : new IllegalStateException(error.getCause() != null ? error.getCause() : error);
                String message = failure == null ? null : failure.apply(cause);
                if (message == null) {
                    log.error("Job '{}' failed", title, cause);
                }
                job.finish(JobSnapshot.State.FAILED, message, clock.instant());
                job.future.completeExceptionally(cause);
            }
        });
        return new JobHandle<>(job);
    }

    private <T> T asUser(SecurityContext context, java.util.function.Supplier<T> work) {
        holder.setContext(context);
        try {
            return work.get();
        } finally {
            holder.clearContext();
        }
    }

    /** Jobs of a project, newest first. */
    public List<JobSnapshot> jobs(long projectId) {
        access.require(Permission.VIEW, projectId, null);
        return jobs.values().stream().filter(job -> job.projectId == projectId).map(Job::snapshot)
                .sorted(Comparator.comparing(JobSnapshot::started).reversed()).toList();
    }

    /** A job, if the signed-in user may see its project. */
    public Optional<JobSnapshot> job(UUID id) {
        Optional<Job<?>> job = Optional.ofNullable(jobs.get(id));
        job.ifPresent(found -> access.require(Permission.VIEW, found.projectId, null));
        return job.map(Job::snapshot);
    }

    private void forgetOldJobs() {
        Instant limit = clock.instant().minus(KEEP_FINISHED);
        jobs.values().removeIf(job -> {
            boolean old = job.finished.get() != null && job.finished.get().isBefore(limit);
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

    private static final class Job<T> implements Progress {
        private final UUID id;
        private final long projectId;
        private final String title;
        private final Instant started;
        private final AtomicLong done = new AtomicLong();
        private final AtomicLong total = new AtomicLong();
        private final AtomicReference<JobSnapshot.State> state = new AtomicReference<>(JobSnapshot.State.RUNNING);
        private final AtomicReference<String> message = new AtomicReference<>();
        private final AtomicReference<Instant> finished = new AtomicReference<>();
        private final AtomicReference<JobSnapshot.JobFile> download = new AtomicReference<>();
        private final CompletableFuture<T> future = new CompletableFuture<>();

        Job(UUID id, long projectId, String title, Instant started) {
            this.id = id;
            this.projectId = projectId;
            this.title = title;
            this.started = started;
        }

        @Override
        public void total(long value) {
            total.set(value);
        }

        @Override
        public void advance(long value) {
            done.set(value);
        }

        void finish(JobSnapshot.State outcome, String text, Instant at) {
            message.set(text);
            finished.set(at);
            if (outcome == JobSnapshot.State.DONE && total.get() > 0) {
                done.set(total.get());
            }
            state.set(outcome);
        }

        JobSnapshot snapshot() {
            return new JobSnapshot(id, projectId, title, state.get(), done.get(), total.get(), message.get(), started,
                    finished.get(), download.get());
        }
    }
}
