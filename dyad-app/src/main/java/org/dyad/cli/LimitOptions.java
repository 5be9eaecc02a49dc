package org.dyad.cli;

import java.time.Duration;
import org.dyad.pipeline.Limits;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The limits every command that codes articles takes (a picocli mixin); defaults from {@link Limits#DEFAULTS}. */
final class LimitOptions {
    @Option(names = "--max-chars", paramLabel = "N",
            description = "Refuse an article longer than N characters, by name, before parsing it (default: "
                    + "${DEFAULT-VALUE}; a news article is rarely a tenth of that; a longer one is usually a data file).")
    int maxChars = Limits.DEFAULTS.maxChars();

    @Option(names = "--max-sentence-tokens", paramLabel = "N",
            description = "Split a sentence longer than N tokens at clause punctuation (; : , then a hard cut) before "
                    + "parsing it, with a warning (default: ${DEFAULT-VALUE}; 10 to 1000).")
    int maxSentenceTokens = Limits.DEFAULTS.maxSentenceTokens();

    @Option(names = "--time-budget", paramLabel = "SECONDS",
            description = "Report an article not coded within SECONDS as failed and go on with the others "
                    + "(default: ${DEFAULT-VALUE}).")
    long timeBudget = Limits.DEFAULTS.timeBudget().toSeconds();

    /** The limits asked for; a bad value is a usage error. */
    Limits limits(CommandSpec spec) {
        if (maxSentenceTokens > org.dyad.nlp.NlpOptions.MAX_SENTENCE_TOKENS) {
            throw new ParameterException(spec.commandLine(), "--max-sentence-tokens is at most "
                    + org.dyad.nlp.NlpOptions.MAX_SENTENCE_TOKENS);
        }
        try {
            return Limits.DEFAULTS.withMaxChars(maxChars).withMaxSentenceTokens(maxSentenceTokens)
                    .withTimeBudget(Duration.ofSeconds(timeBudget));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
