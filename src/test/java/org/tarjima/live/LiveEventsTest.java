package org.tarjima.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import org.tarjima.support.TarjimaTest;

/** Events go out when their transaction commits, never for one rolled back, and in the order published. */
@TarjimaTest
class LiveEventsTest {

    @Autowired
    LiveEvents events;
    @Autowired
    TransactionTemplate transactions;

    private final List<LiveEvent.SegmentChanged> seen = new CopyOnWriteArrayList<>();
    private Runnable unsubscribe;

    @BeforeEach
    void subscribe() {
        unsubscribe = events.subscribe(event -> {
            if (event instanceof LiveEvent.SegmentChanged changed && changed.projectId() == PROJECT) {
                seen.add(changed);
            }
        });
    }

    @AfterEach
    void unsubscribe() {
        unsubscribe.run();
    }

    private static final long PROJECT = -42;

    @Test
    void an_event_of_a_rolled_back_transaction_is_never_sent_and_one_of_a_committed_one_is() throws InterruptedException {
        transactions.executeWithoutResult(status -> {
            events.publish(change(1));
            status.setRollbackOnly();
        });
        transactions.executeWithoutResult(status -> {
            events.publish(change(2));
            // not before the commit
            sleep(300);
            assertThat(seen).isEmpty();
        });

        awaitSeen(1, Duration.ofSeconds(5));
        sleep(300);
        assertThat(seen).extracting(LiveEvent.SegmentChanged::segmentId).containsExactly(2L);
    }

    @Test
    void events_arrive_in_the_order_they_were_published() throws InterruptedException {
        IntStream.rangeClosed(1, 200).forEach(i -> events.publish(change(i)));

        awaitSeen(200, Duration.ofSeconds(10));
        assertThat(seen).extracting(LiveEvent.SegmentChanged::segmentId)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 200).mapToObj(i -> (long) i).toList());
    }

    private static LiveEvent.SegmentChanged change(long segmentId) {
        return new LiveEvent.SegmentChanged(PROJECT, -1, segmentId, "kk", 1, "DRAFT", "admin", "API");
    }

    private void awaitSeen(int count, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (seen.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(seen).hasSizeGreaterThanOrEqualTo(count);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
