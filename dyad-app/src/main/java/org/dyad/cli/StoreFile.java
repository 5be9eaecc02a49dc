package org.dyad.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --db FILE} option shared by the store's commands (a picocli mixin). */
final class StoreFile {
    @Option(names = "--db", paramLabel = "FILE",
            description = "The DuckDB store (default: ${DEFAULT-VALUE} in the current folder).")
    Path db = Path.of("dyad.duckdb");
}
