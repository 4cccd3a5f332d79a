package org.tarjima.interchange.xliff;

import org.tarjima.interchange.InterchangeException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * The import's parser thread and the export's writer thread: everything arrives in order, failures reach the
 * caller, and nothing is left running when the caller gives up.
 */
class BackgroundThreadsTest {

    private static final java.time.Duration MINUTE = java.time.Duration.ofMinutes(1);

    @Test
    void a_parser_that_hangs_is_stopped_after_the_limit_and_the_import_refused() throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        try (ParsedInBackground<Integer> parsed = new ParsedInBackground<>("test-read", java.time.Duration.ofMillis(300),
                each -> {
                    each.accept(1);
                    try {
                        // A reader caught in one of Okapi's known hangs: it hands over nothing more.
                        Thread.sleep(60_000);
                    } catch (InterruptedException e) {
                        stopped.countDown();
                    }
                })) {
            assertThatThrownBy(parsed::next).isInstanceOf(InterchangeException.class)
                    .hasMessageContaining("stopped making progress").hasMessageContaining("Nothing was imported");
        }
        assertThat(stopped.await(5, TimeUnit.SECONDS)).as("the reader was interrupted").isTrue();
    }

    @Test
    void a_parser_hands_over_every_unit_in_order_and_then_the_end() {
        List<Integer> taken = new ArrayList<>();
        try (ParsedInBackground<Integer> parsed = new ParsedInBackground<>("test-read", MINUTE, each -> {
            for (int i = 0; i < 10_001; i++) {
                each.accept(i);
            }
        })) {
            for (Integer next = parsed.next(); next != null; next = parsed.next()) {
                taken.add(next);
            }
            assertThat(parsed.next()).isNull();
        }
        // units travel in chunks: the last one is a part chunk
        assertThat(taken).hasSize(10_001).startsWith(0, 1, 2).endsWith(10_000);
    }

    @Test
    void a_file_shorter_than_a_chunk_arrives_whole() {
        try (ParsedInBackground<String> parsed = new ParsedInBackground<>("test-read", MINUTE, each -> each.accept("only"))) {
            assertThat(parsed.next()).isEqualTo("only");
            assertThat(parsed.next()).isNull();
        }
        List<String> written = new ArrayList<>();
        try (WrittenInBackground<String> writer = new WrittenInBackground<>("test-write", items -> items.forEachRemaining(written::add))) {
            writer.put("only");
            writer.finish();
        }
        assertThat(written).containsExactly("only");
    }

    @Test
    void a_parsers_failure_is_thrown_to_the_importing_thread_after_what_it_read() {
        try (ParsedInBackground<Integer> parsed = new ParsedInBackground<>("test-read", MINUTE, each -> {
            each.accept(1);
            throw new InterchangeException(org.tarjima.base.i18n.Message.of("refusal.notWellFormedAt", 7, "test"),
                    "The file is not well-formed XML (line 7)");
        })) {
            assertThat(parsed.next()).isEqualTo(1);
            assertThatThrownBy(parsed::next).isInstanceOf(InterchangeException.class).hasMessageContaining("line 7");
        }
    }

    @Test
    void an_import_that_fails_half_way_stops_its_parser() throws InterruptedException {
        CountDownLatch finished = new CountDownLatch(1);
        AtomicBoolean readToTheEnd = new AtomicBoolean();
        try (ParsedInBackground<Integer> parsed = new ParsedInBackground<>("test-read", MINUTE, each -> {
            try {
                for (int i = 0; i < 1_000_000; i++) {
                    each.accept(i);
                }
                readToTheEnd.set(true);
            } finally {
                finished.countDown();
            }
        })) {
            assertThat(parsed.next()).isZero();
        }
        assertThat(finished.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(readToTheEnd).isFalse();
    }

    @Test
    void a_writer_gets_every_item_in_order() {
        List<Integer> written = new ArrayList<>();
        try (WrittenInBackground<Integer> writer = new WrittenInBackground<>("test-write", items -> items.forEachRemaining(written::add))) {
            for (int i = 0; i < 10_001; i++) {
                writer.put(i);
            }
            writer.finish();
        }
        assertThat(written).hasSize(10_001).startsWith(0, 1).endsWith(10_000);
    }

    @Test
    void a_writers_failure_is_thrown_to_the_exporting_thread() {
        try (WrittenInBackground<Integer> writer = new WrittenInBackground<>("test-write", items -> {
            items.next();
            throw new IllegalStateException("disk full");
        })) {
            assertThatThrownBy(() -> {
                for (int i = 0; i < 100_000; i++) {
                    writer.put(i);
                }
                writer.finish();
            }).isInstanceOf(IllegalStateException.class).hasMessage("disk full");
        }
    }

    @Test
    void an_export_that_fails_half_way_stops_its_writer() throws InterruptedException {
        CountDownLatch finished = new CountDownLatch(1);
        AtomicBoolean sawTheEnd = new AtomicBoolean();
        try (WrittenInBackground<Integer> writer = new WrittenInBackground<>("test-write", items -> {
            try {
                while (items.hasNext()) {
                    items.next();
                }
                sawTheEnd.set(true);
            } finally {
                finished.countDown();
            }
        })) {
            writer.put(1);
            // the export fails here (a database error, say): no finish()
        }
        assertThat(finished.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(sawTheEnd).isFalse();
    }
}
