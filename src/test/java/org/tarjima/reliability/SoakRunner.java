package org.tarjima.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tarjima.support.TestProjects;
import org.tarjima.support.TestUsers;

/** Runs a soak against the test context's server, writes its results and asserts its verdict. */
final class SoakRunner {

    private SoakRunner() {
    }

    /** Runs a soak and asserts its verdict; the report holds the figures. */
    static ReliabilityReport soak(TestProjects projects, TestUsers users, JdbcClient jdbc, int port, int editors,
                                  int reviewers, Duration duration, String name) throws InterruptedException {
        SoakFixture fixture = new SoakFixture(projects, users, port, editors, reviewers);
        Soak soak = new Soak(fixture.documentId, fixture.segments, SoakFixture.LOCALES, fixture.clients);
        long started = System.nanoTime();
        List<Soak.Op> ops = soak.run(duration);
        Duration ran = Duration.ofNanos(System.nanoTime() - started);
        SoakVerifier.Verdict verdict = SoakVerifier.verify(jdbc, fixture.documentId, ops);

        ReliabilityReport result = new ReliabilityReport(name);
        SoakFixture.figures(ops, fixture.clients.size(), ran).forEach(result::figure);
        verdict.counts().forEach(result::figure);
        result.addCase(name + ": " + fixture.clients.size() + " clients × " + ran.toSeconds() + " s on "
                        + SoakFixture.SEGMENTS + " segments × " + SoakFixture.LOCALES.size() + " locales",
                verdict.problems().isEmpty() ? "held" : "problems: " + verdict.problems(), verdict.lost(), 0);
        result.write();

        assertThat(verdict.problems()).as("what went wrong").isEmpty();
        assertThat(verdict.lost()).isZero();
        assertThat(verdict.duplicated()).isZero();
        assertThat(verdict.unacknowledged()).as("history rows nobody was told about").isZero();
        assertThat(verdict.wrongConflicts()).isZero();
        assertThat(verdict.replayMismatches()).isZero();
        assertThat(verdict.counts().get("noAnswer")).isEqualTo(0L);
        assertThat(verdict.counts().get("serverErrors")).isEqualTo(0L);
        assertThat(verdict.counts().get("failedReads")).isEqualTo(0L);
        // The run exercised what it claims: changes, stale refusals, approvals accepted and refused.
        assertThat((long) verdict.counts().get("acceptedChanges")).isGreaterThan(100);
        assertThat((long) verdict.counts().get("refusedStale409")).isPositive();
        assertThat((long) verdict.counts().get("approvalsAccepted")).isPositive();

        // The verifier is not blind: a history row taken away is found as a loss and as a broken replay.
        Soak.Op someChange = ops.stream().filter(Soak.Op::changed).findFirst().orElseThrow();
        jdbc.sql("delete from target_history h using target t where t.id = h.target_id and t.segment_id = ? and t.locale = ? "
                + "and h.version = ?").params(someChange.segmentId(), someChange.locale(), someChange.version()).update();
        SoakVerifier.Verdict tampered = SoakVerifier.verify(jdbc, fixture.documentId, ops);
        assertThat(tampered.lost()).isEqualTo(1);
        assertThat(tampered.replayMismatches()).isEqualTo(1);
        return result;
    }
}
