package org.dyad.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** {@code --min-confidence}: the commands that write or store events can leave out the ones the coder doubts. */
final class ConfidenceOption {
    @Option(names = "--min-confidence", paramLabel = "C",
            description = "Leave out events whose confidence (0 to 1, how sure the coder is from the evidence: which "
                    + "coders agree, how each actor was placed) is below C (default: ${DEFAULT-VALUE}, every event).")
    double minConfidence = 0;

    /** The threshold; outside [0, 1] is a usage error. */
    double value(CommandSpec spec) {
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--min-confidence is between 0 and 1");
        }
        return minConfidence;
    }
}
