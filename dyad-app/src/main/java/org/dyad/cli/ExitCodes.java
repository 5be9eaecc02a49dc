package org.dyad.cli;

/** Exit codes of the CLI, in one place. */
final class ExitCodes {
    static final int OK = 0;
    /** Some inputs could not be read or coded; every other input was processed. */
    static final int INPUT_ERRORS = 3;
    /** Bad usage (picocli's own). */
    static final int USAGE = 2;
    /** Unexpected fault. */
    static final int SOFTWARE = 70;

    private ExitCodes() {}
}
