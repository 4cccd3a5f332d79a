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
import org.springframework.transaction.PlatformTransactionManager;
import java.util.Locale;
import org.tarjima.base.i18n.Message;
import org.tarjima.base.i18n.MessageBundles;
import org.tarjima.base.i18n.Messages;
import org.tarjima.security.AccessPolicy;
import org.tarjima.security.CurrentUser;
import org.tarjima.support.TestProjects;
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

    @Autowired
    JobRepository repository;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    TestProjects projects;
    private long project;
    private long otherProject;

    @BeforeEach
    void start() {
        jobs = new JobService(Clock.systemUTC(), access, holder, repository, currentUser, transactions);
        project = projects.aProject().withTargets("ru").create().id();
        otherProject = projects.aProject().withTargets("kk").create().id();
    }

    @AfterEach
    void stop() throws InterruptedException {
        jobs.stop();
    }

    @Test
    void a_quick_job_answers_within_the_wait_and_is_listed_as_done() {
        JobService.JobHandle<Integer> job = jobs.submit(project, Message.of("jobs.importing", "a.txt"), progress -> {
            progress.total(3);
            progress.advance(3);
            return 42;
        }, result -> Message.of("test.imported", result), null);

        assertThat(job.await(Duration.ofSeconds(5))).contains(42);
        JobSnapshot snapshot = jobs.job(job.id()).orElseThrow();
        assertThat(snapshot.state()).isEqualTo(JobSnapshot.State.DONE);
        assertThat(snapshot.message()).isEqualTo(Message.of("test.imported", 42));
        assertThat(snapshot.title()).isEqualTo(Message.of("jobs.importing", "a.txt"));
        assertThat(snapshot.fraction()).isEqualTo(1.0);
        assertThat(jobs.jobs(project)).extracting(JobSnapshot::id).containsExactly(job.id());
        assertThat(jobs.jobs(otherProject)).isEmpty();
    }

    @Test
    void a_long_job_shows_its_progress_while_it_runs() throws Exception {
        CountDownLatch halfway = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        JobService.JobHandle<String> job = jobs.submit(project, Message.of("jobs.importing", "big.xlf"), progress -> {
            progress.total(100);
            progress.advance(50);
            halfway.countDown();
            try {
                release.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "done";
        }, result -> Message.of("test.done", result), null);

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
        JobService.JobHandle<Object> job = jobs.submit(project, Message.of("jobs.importing", "bad.xlf"), progress -> {
            throw new IllegalArgumentException("The file is not well-formed XML (line 3)");
        }, result -> Message.of("test.never"), e -> Message.of("test.refused", e.getMessage()));

        assertThatThrownBy(() -> job.await(Duration.ofSeconds(5))).isInstanceOf(IllegalArgumentException.class);
        JobSnapshot failed = jobs.job(job.id()).orElseThrow();
        assertThat(failed.state()).isEqualTo(JobSnapshot.State.FAILED);
        assertThat(failed.message().arguments()).singleElement().asString().contains("line 3");
    }

    @Autowired
    JobService jobsOfTheApplication;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void a_job_is_said_in_the_language_of_whoever_reads_the_list_not_of_whoever_started_it() {
        JobService.JobHandle<Integer> job = jobs.submit(project, Message.of("jobs.importing", "a.txt"), progress -> 1,
                result -> Message.of("text.joined", Message.of("jobs.exported", "a.zip"), "x"), null);
        job.await(Duration.ofSeconds(5));

        JobSnapshot listed = jobsOfTheApplication.jobs(project).get(0);
        MessageBundles bundles = new MessageBundles();
        Messages english = new Messages(bundles, Locale.ENGLISH);
        Messages kazakh = new Messages(bundles, Locale.forLanguageTag("kk"));
        assertThat(english.get(listed.title())).isEqualTo("Importing a.txt");
        assertThat(kazakh.get(listed.title())).isEqualTo(kazakh.get("jobs.importing", "a.txt")).doesNotContain("Importing");
        assertThat(kazakh.get(listed.message())).isEqualTo(kazakh.get("jobs.exported", "a.zip") + " · x");
    }

    @Test
    void a_job_started_on_one_node_is_listed_with_its_progress_on_another() {
        JobService.JobHandle<Integer> job = jobs.submit(project, Message.of("jobs.exporting", "press.zip"), progress -> {
            progress.total(4);
            progress.advance(4);
            return 4;
        }, result -> Message.of("jobs.exported", Message.of("test.nested", result)), null);
        job.await(Duration.ofSeconds(5));

        // The application's own job service is a node of its own: it never ran this job, yet lists it.
        assertThat(jobsOfTheApplication.jobs(project)).singleElement().satisfies(listed -> {
            assertThat(listed.id()).isEqualTo(job.id());
            assertThat(listed.state()).isEqualTo(JobSnapshot.State.DONE);
            assertThat(listed.message()).isEqualTo(Message.of("jobs.exported", Message.of("test.nested", 4)));
            assertThat(listed.download()).isNull();
        });
    }

    @Test
    void a_job_left_running_by_a_stopped_node_is_marked_interrupted() {
        java.util.UUID orphan = java.util.UUID.randomUUID();
        java.sql.Timestamp long_ago = java.sql.Timestamp.from(java.time.Instant.now().minus(Duration.ofMinutes(10)));
        jdbc.sql("""
                        insert into job (id, project_id, title, state, node, started_by, started_at, updated_at)
                        values (?, ?, '{"key": "jobs.importing", "args": ["huge.xlf"]}', 'RUNNING', 'a-node-that-died', 'admin', ?, ?)""")
                .params(orphan, project, long_ago, long_ago).update();

        jobs.housekeeping();

        assertThat(jobs.job(orphan)).get().extracting(JobSnapshot::state).isEqualTo(JobSnapshot.State.INTERRUPTED);
    }
}
