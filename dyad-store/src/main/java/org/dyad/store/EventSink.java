package org.dyad.store;

/** Writes stored events in one export format. {@link #close()} flushes and closes the underlying Writer. */
interface EventSink extends AutoCloseable {
    void write(StoredEvent e);

    @Override
    void close();
}
