package org.dyad.store;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A small pool of read-only connections to one open store ({@link EventStore#reader(int)}), so that a server
 * answers reads concurrently while writes go, one at a time, through the store's own connection. A request waits
 * for a free reader at most a given time, then is told the store is busy ({@link Busy}): the wait is the bounded
 * queue in front of the database. Thread-safe.
 */
public final class StoreReaders implements AutoCloseable {

    /** No reader came free in time. */
    public static final class Busy extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Busy(Duration waited) {
            super("the store is busy: no reader came free within " + waited.toMillis() + " ms");
        }
    }

    private final BlockingQueue<EventStore> idle;
    private final List<EventStore> all = new ArrayList<>();

    /** {@code size} readers of {@code store}, whose queries give up after {@code queryTimeout}. */
    public StoreReaders(EventStore store, int size, Duration queryTimeout) {
        Objects.requireNonNull(store, "store");
        if (size < 1) {
            throw new IllegalArgumentException("at least one reader");
        }
        idle = new ArrayBlockingQueue<>(size);
        int seconds = (int) Math.max(1, queryTimeout.toSeconds());
        for (int i = 0; i < size; i++) {
            EventStore r = store.reader(seconds);
            all.add(r);
            idle.add(r);
        }
    }

    /** Runs {@code work} with a reader of its own, waiting at most {@code wait} for one. */
    public <T> T read(Duration wait, Function<EventStore, T> work) {
        EventStore r;
        try {
            r = idle.poll(wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Busy(wait);
        }
        if (r == null) {
            throw new Busy(wait);
        }
        try {
            return work.apply(r);
        } finally {
            idle.add(r);
        }
    }

    public int size() {
        return all.size();
    }

    /** Closes every reader (call before closing the store). */
    @Override
    public void close() {
        for (EventStore r : all) {
            r.close();
        }
    }
}
