package org.tarjima.interchange.xliff;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs a streaming reader on a thread of its own and hands its units over through a bounded queue, so that parsing
 * a large file (Okapi: one core) overlaps writing it to PostgreSQL (the importing thread), and at most a few thousand
 * units are in memory whatever the file's size. Units travel in chunks: handed over one at a time, the two threads
 * woke each other for every unit of a 100k file (a queue that is always full or always empty) and spent more time
 * switching than working. The reader's failure is thrown by {@link #next()}; closing stops the reader. A reader that
 * hands over nothing for the reading time limit ({@code tarjima.import.time-limit}; Okapi has known hangs) is
 * interrupted and the import refused, so that a file never holds the import's transaction for ever.
 */
final class ParsedInBackground<T> implements AutoCloseable {

    private static final int CHUNK = 250;
    private static final int CHUNKS = 8;
    private static final Object END = new Object();

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(CHUNKS);
    private final Thread thread;
    /** The reader's chunk being filled (reader's thread only). */
    private List<T> filling = new ArrayList<>(CHUNK);
    /** The chunk being taken from (importing thread only). */
    private Iterator<T> taking = Collections.emptyIterator();
    private volatile RuntimeException failure;
    private volatile boolean closed;
    private final java.time.Duration stallLimit;

    ParsedInBackground(String name, java.time.Duration stallLimit, Consumer<Consumer<T>> reading) {
        this.stallLimit = stallLimit;
        thread = new Thread(() -> {
            try {
                reading.accept(this::add);
            } catch (Stopped stopped) {
                return;
            } catch (RuntimeException e) {
                failure = e;
            } catch (Error e) {
                failure = new IllegalStateException("Reading the file failed: " + e, e);
            }
            try {
                // what was read before the end (or the failure) first
                if (!filling.isEmpty()) {
                    put(filling);
                }
                put(END);
            } catch (Stopped stopped) {
                // closed meanwhile: nobody waits for the end
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** The next unit, or null after the last; the reader's own exception if it failed. */
    @SuppressWarnings("unchecked")
    T next() {
        if (taking.hasNext()) {
            return taking.next();
        }
        Object item;
        try {
            item = queue.poll(stallLimit.toMillis(), TimeUnit.MILLISECONDS);
            if (item == null) {
                closed = true;
                thread.interrupt();
                throw new org.tarjima.interchange.InterchangeException(org.tarjima.base.i18n.Message.of(
                        "refusal.readingTooLong", stallLimit.toSeconds()), "Reading the file stopped making progress for "
                        + stallLimit.toSeconds() + " seconds and was stopped: the file may be damaged or built in a way "
                        + "the reader cannot handle. Nothing was imported.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading the file", e);
        }
        if (item == END) {
            queue.offer(END);
            if (failure != null) {
                throw failure;
            }
            return null;
        }
        taking = ((List<T>) item).iterator();
        return next();
    }

    private void add(T unit) {
        filling.add(unit);
        if (filling.size() == CHUNK) {
            put(filling);
            filling = new ArrayList<>(CHUNK);
        }
    }

    private void put(Object item) {
        try {
            while (!queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                if (closed) {
                    throw new Stopped();
                }
            }
        } catch (InterruptedException e) {
            throw new Stopped();
        }
    }

    /** Stops the reader if it is still reading (the import failed half way) and waits for it briefly. */
    @Override
    public void close() {
        closed = true;
        queue.clear();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Unwinds the reader's thread once nobody takes its units any more. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }
}
