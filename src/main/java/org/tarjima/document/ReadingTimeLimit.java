package org.tarjima.document;

import org.tarjima.base.i18n.Message;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Reading an uploaded article runs on a reader thread of its own, for at most {@code tarjima.import.time-limit}: Okapi
 * has known hangs on some documents, and a file must never hold a request (or the import's transaction) for ever.
 * When the limit is reached the reader is interrupted and the import refused with a message; the server goes on
 * answering. Readers are few (two per core): a flood of hanging files queues, it does not take every thread.
 */
@Component
public class ReadingTimeLimit {

    private final Duration limit;
    private final ExecutorService readers;

    ReadingTimeLimit(@Value("${tarjima.import.time-limit:PT2M}") Duration limit) {
        this.limit = limit;
        int threads = Math.max(2, 2 * Runtime.getRuntime().availableProcessors());
        AtomicInteger number = new AtomicInteger();
        this.readers = new ThreadPoolExecutor(threads, threads, 1, TimeUnit.MINUTES, new LinkedBlockingQueue<>(), task -> {
            Thread thread = new Thread(task, "article-reader-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        ((ThreadPoolExecutor) readers).allowCoreThreadTimeOut(true);
    }

    public Duration limit() {
        return limit;
    }

    /**
     * What {@code reading} returns, read on a reader thread.
     *
     * @throws DocumentImportException when it takes longer than the limit, or with the reading's own refusal
     */
    public <T> T read(String name, Supplier<T> reading) {
        Future<T> result = readers.submit(reading::get);
        try {
            return result.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            throw new DocumentImportException(Message.of("refusal.readingTooLong", Math.max(1, limit.toSeconds())),
                    "Reading '" + name + "' took longer than the limit of " + describe(limit)
                    + " and was stopped. The file may be damaged or built in a way the reader cannot handle: open it, "
                    + "save it again (or split it) and upload it again. Nothing was imported.");
        } catch (InterruptedException e) {
            result.cancel(true);
            Thread.currentThread().interrupt();
            throw new DocumentImportException(Message.of("refusal.interrupted"),
                    "The import of '" + name + "' was interrupted. Nothing was imported.");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof StackOverflowError) {
                throw new DocumentImportException(Message.of("refusal.tooDeep"),
                        "'" + name + "' nests its structure too deeply to be read. Nothing was imported.");
            }
            throw new IllegalStateException("Reading '" + name + "' failed", e.getCause());
        }
    }

    private static String describe(Duration limit) {
        long seconds = limit.toSeconds();
        if (seconds >= 60 && seconds % 60 == 0) {
            return seconds / 60 + (seconds == 60 ? " minute" : " minutes");
        }
        return seconds >= 1 ? seconds + (seconds == 1 ? " second" : " seconds") : limit.toMillis() + " ms";
    }
}
