package org.dyad.store;

/** A query ran past the time its store connection allows ({@link EventStore#reader(int)}) and was stopped. */
public final class QueryTimeoutException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public QueryTimeoutException(String message, Throwable cause) {
        super(message, cause);
    }
}
