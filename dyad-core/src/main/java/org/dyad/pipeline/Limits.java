package org.dyad.pipeline;

import java.time.Duration;
import java.util.Objects;

/**
 * The limits every way in applies to an article (the CLI's {@code code}, standard input, {@code ingest}, the HTTP
 * API; Spark must honour the same): they keep one oversized or pathological article from taking a batch down.
 * Immutable.
 *
 * @param maxChars          the longest article text coded, in characters; a longer one is refused before any
 *                          parsing, by name ({@code --max-chars})
 * @param maxSentenceTokens the longest sentence parsed as one; a longer one is split at clause punctuation
 *                          ({@code ; : ,}, then a hard cut) before tagging and parsing ({@code --max-sentence-tokens})
 * @param timeBudget        the longest one article may take to code; then it is reported as failed and the batch
 *                          goes on ({@code --time-budget})
 * @param evidenceChars     the most characters of its sentence an event carries as evidence: a window around the
 *                          trigger
 */
public record Limits(int maxChars, int maxSentenceTokens, Duration timeBudget, int evidenceChars) {
    /** 100,000 characters, 250 tokens, 60 seconds, 400 characters of evidence. */
    public static final Limits DEFAULTS = new Limits(100_000, 250, Duration.ofSeconds(60), 400);

    public Limits {
        Objects.requireNonNull(timeBudget, "timeBudget");
        if (maxChars < 1) {
            throw new IllegalArgumentException("the character limit is at least 1, not " + maxChars);
        }
        if (maxSentenceTokens < 10) {
            throw new IllegalArgumentException("the sentence limit is at least 10 tokens, not " + maxSentenceTokens);
        }
        if (timeBudget.isNegative() || timeBudget.isZero()) {
            throw new IllegalArgumentException("the time budget is more than zero, not " + timeBudget);
        }
        if (evidenceChars < 40) {
            throw new IllegalArgumentException("the evidence window is at least 40 characters, not " + evidenceChars);
        }
    }

    public Limits withMaxChars(int n) {
        return new Limits(n, maxSentenceTokens, timeBudget, evidenceChars);
    }

    public Limits withMaxSentenceTokens(int n) {
        return new Limits(maxChars, n, timeBudget, evidenceChars);
    }

    public Limits withTimeBudget(Duration d) {
        return new Limits(maxChars, maxSentenceTokens, d, evidenceChars);
    }
}
