package org.dyad.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dyad} command line. */
@Command(name = "dyad", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Dyad codes news articles into political events (CAMEO, Goldstein, QuadClass, PLOVER), "
                + "each with the sentence that proves it.",
        subcommands = {CodeCommand.class, BenchCommand.class, ParseCommand.class, EvalCommand.class, DictCommand.class,
                IngestCommand.class, ExportCommand.class, QueryCommand.class,
                ServeCommand.class, GapsCommand.class,
                CommandLine.HelpCommand.class})
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, also used by tests. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            if (ex instanceof org.dyad.store.StoreException) { // a store that breaks while in use: as one that won't open
                line.getErr().println("dyad: " + ex.getMessage());
                line.getErr().flush();
                return ExitCodes.STORE;
            }
            line.getErr().println("dyad: " + ex.getClass().getSimpleName()
                    + (ex.getMessage() == null ? "" : ": " + ex.getMessage()));
            line.getErr().flush();
            return ExitCodes.SOFTWARE;
        });
        return cl;
    }
}
