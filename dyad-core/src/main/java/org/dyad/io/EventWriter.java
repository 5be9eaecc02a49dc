package org.dyad.io;

import org.dyad.event.Event;

/**
 * Writes events to a {@link java.io.Writer} in one output format. Not thread-safe: one writer per
 * output.
 *
 * <p>{@link #close()} writes what is still buffered, flushes, and <strong>closes the Writer the
 * EventWriter was given</strong>; to keep, say, {@code System.out} open, hand in a Writer whose
 * {@code close()} only flushes. I/O failures surface as {@link java.io.UncheckedIOException}.
 */
public interface EventWriter extends AutoCloseable {

    /** Writes one event; throws {@link IllegalStateException} after {@link #close()}. */
    void write(Event e);

    /** Writes anything buffered, flushes and closes the underlying Writer. Idempotent. */
    @Override
    void close();
}
