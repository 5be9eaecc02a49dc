package org.dyad.io;

import java.util.Objects;

/**
 * Something odd about an input that was still read: an unreadable publication date (the article is undated), bytes
 * that were not UTF-8 (read as Windows-1252). Nothing is lost, and a warning never makes a command fail.
 *
 * @param input   the input as given, with {@code :line} for a JSONL line
 * @param message what was odd and what was done about it, for a person
 */
public record ReadWarning(String input, String message) {
    public ReadWarning {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return input + ": " + message;
    }
}
