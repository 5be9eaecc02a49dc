package org.dyad.cli;

/**
 * Exit codes of the CLI, in one place; docs/reliability.md has the same table. Warnings (an unreadable date, bytes
 * read as Windows-1252, a sentence split, a dictionary line skipped) are printed and never change the exit code.
 *
 * <table>
 *   <caption>Exit codes</caption>
 *   <tr><th>code</th><th>meaning</th></tr>
 *   <tr><td>0</td><td>everything asked was done (warnings may have been printed)</td></tr>
 *   <tr><td>2</td><td>bad usage: an unknown option or value (picocli's own code); {@code serve} bound beyond
 *       loopback without {@code --token} or {@code --public}, or with a token shorter than 16 characters</td></tr>
 *   <tr><td>3</td><td>some inputs were not read, coded or stored, each named on stderr; every other one was</td></tr>
 *   <tr><td>4</td><td>the store cannot be used: missing, not a Dyad store, corrupt, truncated, of another version,
 *       or in use by another process</td></tr>
 *   <tr><td>5</td><td>the server cannot start: the address is in use or cannot be bound</td></tr>
 *   <tr><td>70</td><td>an unexpected fault (a bug): the message names it</td></tr>
 * </table>
 */
final class ExitCodes {
    static final int OK = 0;
    /** Bad usage (picocli's own). */
    static final int USAGE = 2;
    /** Some inputs could not be read, coded or stored; every other input was processed. */
    static final int INPUT_ERRORS = 3;
    /** The store cannot be opened or read (missing, corrupt, truncated, wrong version, locked). */
    static final int STORE = 4;
    /** The server cannot start. */
    static final int SERVE = 5;
    /** Unexpected fault. */
    static final int SOFTWARE = 70;

    private ExitCodes() {}
}
