package org.dyad.io;

import java.util.Objects;

/**
 * Something that could not be read. Reading goes on after it; only the named input (or only the named
 * line of a JSONL file) is lost.
 *
 * @param input   the input as given (a file path, {@code -} for standard input), with {@code :line} for a
 *                JSONL line
 * @param message what went wrong, for a person
 */
public record ReadError(String input, String message) {
    public ReadError {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return input + ": " + message;
    }
}
