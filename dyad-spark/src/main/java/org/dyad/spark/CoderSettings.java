package org.dyad.spark;

import java.io.Serializable;
import java.time.Duration;
import java.util.Objects;
import org.dyad.Dyad;
import org.dyad.nlp.NlpOptions;
import org.dyad.pipeline.Limits;

/**
 * How executors build their {@link Dyad}: the NLP profile ({@code fast} or {@code accurate}), the coder
 * ({@code combined}, {@code dyad} or {@code petrarch}, with Dyad's default dictionaries) and the limits every article
 * is coded within ({@link Limits}: characters, sentence length, time budget), as {@code dyad ingest} takes them.
 * Immutable; sent to the executors with each task, a key of {@link ExecutorDyad}.
 */
record CoderSettings(String nlp, String coder, int maxChars, int maxSentenceTokens, long timeBudgetSeconds)
        implements Serializable {
    CoderSettings {
        Objects.requireNonNull(nlp, "nlp");
        Objects.requireNonNull(coder, "coder");
        Dyad.Coder.named(coder); // fails fast, on the driver, for an unknown coder
        NlpOptions.profile(nlp); // and for an unknown profile
        if (maxSentenceTokens > NlpOptions.MAX_SENTENCE_TOKENS) {
            throw new IllegalArgumentException("--max-sentence-tokens is at most " + NlpOptions.MAX_SENTENCE_TOKENS);
        }
        limits(maxChars, maxSentenceTokens, timeBudgetSeconds); // and for limits out of range
    }

    /** These settings within {@link Limits#DEFAULTS}, {@code dyad ingest}'s defaults. */
    CoderSettings(String nlp, String coder) {
        this(nlp, coder, Limits.DEFAULTS.maxChars(), Limits.DEFAULTS.maxSentenceTokens(),
                Limits.DEFAULTS.timeBudget().toSeconds());
    }

    private static Limits limits(int maxChars, int maxSentenceTokens, long timeBudgetSeconds) {
        return Limits.DEFAULTS.withMaxChars(maxChars).withMaxSentenceTokens(maxSentenceTokens)
                .withTimeBudget(Duration.ofSeconds(timeBudgetSeconds));
    }

    /** The limits articles are coded within. */
    Limits limits() {
        return limits(maxChars, maxSentenceTokens, timeBudgetSeconds);
    }

    /**
     * A Dyad of these settings. Spark's task slots are the parallelism: each task codes one article at a time, on a
     * worker of its own within the time budget ({@link Dyad#codeWithin}).
     */
    Dyad build() {
        return Dyad.builder().nlp(nlp).coder(Dyad.Coder.named(coder)).limits(limits()).threads(1).build();
    }
}
