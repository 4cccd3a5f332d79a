package org.tarjima.interchange.xliff;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs a writer that consumes an iterator on a thread of its own, fed through a bounded queue by the calling thread:
 * an export reads its rows from the database in the transaction's thread while Okapi writes the file on another
 * core. Measured on a 100k export to XLIFF 2.1: reading and converting the rows took as long again as the writer,
 * one after the other. Items travel in chunks, as in {@link ParsedInBackground}. The writer's failure is thrown by
 * {@link #put} and {@link #finish}.
 */
final class WrittenInBackground<T> implements AutoCloseable {

    private static final int CHUNK = 250;
    private static final int CHUNKS = 8;
    private static final Object END = new Object();
    private static final Object STOP = new Object();

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(CHUNKS);
    /** The chunk being filled (the caller's thread only). */
    private List<T> filling = new ArrayList<>(CHUNK);
    private final Thread thread;
    private volatile RuntimeException failure;
    private volatile boolean done;

    WrittenInBackground(String name, Consumer<Iterator<T>> writing) {
        thread = new Thread(() -> {
            try {
                writing.accept(new Queued());
            } catch (Stopped stopped) {
                // the producer gave up; nothing to report
            } catch (RuntimeException e) {
                failure = e;
            } catch (Error e) {
                failure = new IllegalStateException("Writing the file failed: " + e, e);
            } finally {
                done = true;
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Hands one item to the writer, waiting while the queue is full. */
    void put(T item) {
        filling.add(item);
        if (filling.size() == CHUNK) {
            offer(filling);
            filling = new ArrayList<>(CHUNK);
        }
    }

    /** Tells the writer there is nothing more and waits until it has written everything. */
    void finish() {
        if (!filling.isEmpty()) {
            offer(filling);
            filling = new ArrayList<>(CHUNK);
        }
        offer(END);
        join();
        if (failure != null) {
            throw failure;
        }
    }

    private void offer(Object item) {
        try {
            while (!queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                if (failure != null) {
                    throw failure;
                }
                if (done) {
                    throw new IllegalStateException("The writer stopped before it had taken everything");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while writing the file", e);
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** Stops the writer if it still waits for items (the export failed half way). */
    @Override
    public void close() {
        if (!done) {
            queue.clear();
            queue.offer(STOP);
            join();
        }
    }

    private void join() {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while writing the file", e);
        }
    }

    /** What the writer iterates: the queue, until the end (or a stop, which unwinds the writer). */
    private final class Queued implements Iterator<T> {
        private Iterator<T> chunk = Collections.emptyIterator();
        private boolean ended;

        @Override
        @SuppressWarnings("unchecked")
        public boolean hasNext() {
            while (!chunk.hasNext() && !ended) {
                Object taken;
                try {
                    taken = queue.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new Stopped();
                }
                if (taken == STOP) {
                    throw new Stopped();
                }
                if (taken == END) {
                    ended = true;
                } else {
                    chunk = ((List<T>) taken).iterator();
                }
            }
            return chunk.hasNext();
        }

        @Override
        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return chunk.next();
        }
    }

    /** Unwinds the writer's thread when nobody feeds it any more. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }
}
