package org.dyad.cli;

import java.nio.file.Path;
import org.dyad.store.EventStore;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The {@code --parquet DIR} option of the commands that read a store (query, export, serve): read a Spark output
 * folder (dyad-spark's CodeJob) instead of the DuckDB file, read-only (a picocli mixin, beside {@link StoreFile}).
 */
final class StoreSource {
    @Option(names = "--parquet", paramLabel = "DIR",
            description = "Read the Parquet folder a Spark job wrote (org.dyad.spark.CodeJob --output DIR: articles/, "
                    + "mentions/, events/, meta/) instead of the store, read-only.")
    Path parquet;

    /** Whether --parquet was given. */
    boolean isParquet() {
        return parquet != null;
    }

    /** Refuses --db together with --parquet. */
    void validate(CommandSpec spec) {
        if (parquet != null && spec.commandLine().getParseResult().hasMatchedOption("--db")) {
            throw new ParameterException(spec.commandLine(), "give --db FILE or --parquet DIR, not both");
        }
    }

    /** The Parquet folder when given, else the store {@code db}, opened read-only. */
    EventStore openReadOnly(Path db) {
        return parquet != null ? EventStore.openParquet(parquet) : EventStore.openReadOnly(db);
    }

    /** What is read, for messages. */
    String name(Path db) {
        return parquet != null ? parquet + " (Parquet, read-only)" : db.toString();
    }
}
