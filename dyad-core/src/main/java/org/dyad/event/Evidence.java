package org.dyad.event;

import java.util.Objects;

/**
 * The words that prove an event: the sentence, its character span and the trigger. Spans are 0-based
 * and half-open in the characters of the article text.
 */
public record Evidence(String text, int start, int end, String trigger, int triggerStart, int triggerEnd) {
    public Evidence {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(trigger, "trigger");
        if (start < 0 || end < start || triggerStart < start || triggerEnd > end) {
            throw new IllegalArgumentException("bad evidence span");
        }
    }
}
