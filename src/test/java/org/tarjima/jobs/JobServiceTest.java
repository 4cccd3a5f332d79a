package org.tarjima.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.tarjima.security.AccessPolicy;
import org.tarjima.support.TarjimaTest;
import org.junit.jupiter.api.Test;

/** A job service of its own (so stopping it stops nothing else), with the application's real access policy. */
@TarjimaTest
class JobServiceTest {

    @Autowired
    AccessPolicy access;
    @Autowired
    SecurityContextHolderStrategy holder;
    private JobService jobs;

    @BeforeEach
    void start() {
        jobs = new JobService(Clock.systemUTC(), access, holder);
    }

    @AfterEach
    void stop() throws InterruptedException {
        jobs.stop();
    }

    @Test
    void a_quick_job_answers_within_the_wait_and_is_listed_as_done() {
        JobService.JobHandle<Integer> job = jobs.submit(7, "Importing a.txt", progress -> {
            progress.total(3);
            progress.advance(3);
            return 42;
        }, result -> "Imported " + result, null);

        assertThat(job.await(Duration.ofSeconds(5))).contains(42);
        JobSnapshot snapshot = jobs.job(job.id()).orElseThrow();
        assertThat(snapshot.state()).isEqualTo(JobSnapshot.State.DONE);
        assertThat(snapshot.message()).isEqualTo("Imported 42");
        assertThat(snapshot.fraction()).isEqualTo(1.0);
        assertThat(jobs.jobs(7)).extracting(JobSnapshot::id).containsExactly(job.id());
        assertThat(jobs.jobs(8)).isEmpty();
    }

    @Test
    void a_long_job_shows_its_progress_while_it_runs() throws Exception {
        CountDownLatch halfway = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        JobService.JobHandle<String> job = jobs.submit(1, "Importing big.xlf", progress -> {
            progress.total(100);
            progress.advance(50);
            halfway.countDown();
            try {
                release.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "done";
        }, result -> result, null);

        assertThat(halfway.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(job.await(Duration.ofMillis(50))).isEmpty();
        JobSnapshot running = jobs.job(job.id()).orElseThrow();
        assertThat(running.state()).isEqualTo(JobSnapshot.State.RUNNING);
        assertThat(running.fraction()).isEqualTo(0.5);
        release.countDown();
        assertThat(job.await(Duration.ofSeconds(5))).contains("done");
    }

    @Test
    void a_refused_job_keeps_the_reason_for_the_user_and_rethrows_it() {
        JobService.JobHandle<Object> job = jobs.submit(1, "Importing bad.xlf", progress -> {
            throw new IllegalArgumentException("The file is not well-formed XML (line 3)");
        }, result -> "never", RuntimeException::getMessage);

        assertThatThrownBy(() -> job.await(Duration.ofSeconds(5))).isInstanceOf(IllegalArgumentException.class);
        JobSnapshot failed = jobs.job(job.id()).orElseThrow();
        assertThat(failed.state()).isEqualTo(JobSnapshot.State.FAILED);
        assertThat(failed.message()).contains("line 3");
    }
}
