package org.dyad.web;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Answers of GET requests kept until the store changes: keyed by path and query string, each tagged with the store's
 * write generation ({@code EventStore.generation()}) read before it was computed, so an answer computed while a
 * write was under way is never served after it. A dashboard's requests repeat (the events page, a dyad's
 * timeline), and an answer from here costs a map lookup instead of a scan of the event table. Least recently used
 * answers go first; answers over 1 MiB are not kept. Thread-safe.
 */
final class ResponseCache {
    private static final int MAX_BYTES = 1024 * 1024;

    private record Entry(long generation, byte[] body) {}

    private final int capacity;
    private final LongSupplier generation;
    private final Map<String, Entry> entries;

    /** A cache of {@code capacity} answers (0: none kept). */
    ResponseCache(int capacity, LongSupplier generation) {
        this.capacity = capacity;
        this.generation = generation;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > ResponseCache.this.capacity;
            }
        };
    }

    /** The store's generation now: read it before computing an answer, and give it to {@link #keep}. */
    long generation() {
        return generation.getAsLong();
    }

    /** Answers {@code ctx} from the cache when it holds a current answer; true when it did. */
    boolean serve(Context ctx) {
        if (capacity == 0) {
            return false;
        }
        Entry e;
        synchronized (entries) {
            e = entries.get(key(ctx));
        }
        if (e == null || e.generation() != generation.getAsLong()) {
            return false;
        }
        ctx.status(200).contentType("application/json").result(e.body());
        return true;
    }

    /** Keeps the answer {@code body} to {@code ctx}, computed at {@code generationBefore}. */
    void keep(Context ctx, long generationBefore, byte[] body) {
        if (capacity == 0 || body.length > MAX_BYTES) {
            return;
        }
        synchronized (entries) {
            entries.put(key(ctx), new Entry(generationBefore, body));
        }
    }

    private static String key(Context ctx) {
        String q = ctx.queryString();
        return ctx.path() + (q == null ? "" : "?" + q);
    }
}
