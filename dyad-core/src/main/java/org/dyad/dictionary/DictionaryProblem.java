package org.dyad.dictionary;

import java.util.Objects;

/**
 * A line of a dictionary that could not be used: where it is and why. Readers collect these and skip the
 * line; nothing else is lost.
 *
 * @param file   the file (or resource) name
 * @param line   1-based line number
 * @param reason what is wrong with it
 */
public record DictionaryProblem(String file, int line, String reason) {
    public DictionaryProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(reason, "reason");
        reason = DictionaryQuote.shorten(reason);
    }

    @Override
    public String toString() {
        return file + ":" + line + ": " + reason;
    }
}
