package org.dyad.cli;

import java.io.BufferedWriter;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dyad.store.EventStore;
import org.dyad.store.ExportFormat;
import org.dyad.store.Exports;
import org.dyad.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code dyad export}: the store's events in an interchange format. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write the store's events: one record per event (mentions of the same happening merged), "
                + "in date order.",
                "jsonl: the Event JSONL contract's fields (from the event's first mention) plus cameo_base, "
                        + "num_mentions, num_sources, num_articles, root_event, source_url, date_added and "
                        + "mentions (every mention's id, article, sentence and evidence).",
                "plover: PLOVER's recommended JSON fields, one object a line, context from the issues its sentences "
                        + "name (events whose CAMEO code has no PLOVER type are left out).",
                "csv: one row per event with a header. gdelt: GDELT 2.0's event table, 61 tab-separated columns "
                        + "in GDELT's order, no header. gdelt-mentions: GDELT 2.0's mentions table, 16 columns, one "
                        + "row per mention of an event. petrarch: PETRARCH2's event file layout (date, source, "
                        + "target, code, issues, ids, url, source). parquet: the csv columns plus the list of "
                        + "mentions, written by DuckDB (needs --out).",
                "--mentions writes every stored mention instead (asserted or not), as dyad code writes it "
                        + "(jsonl, csv) or as the mention table (parquet)."})
final class ExportCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin StoreFile store;

    @Mixin ConfidenceOption confidence;
    @Mixin StoreSource source;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "jsonl (the default), plover, csv, gdelt, gdelt-mentions, petrarch or parquet.")
    String format = "jsonl";

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write here instead of standard output.")
    Path out;

    @Option(names = "--mentions", description = "Export every event mention rather than the merged events.")
    boolean mentions;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        ExportFormat f;
        try {
            f = ExportFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        if (f == ExportFormat.PARQUET && out == null) {
            throw new ParameterException(spec.commandLine(), "parquet needs --out FILE");
        }
        if (mentions && (f == ExportFormat.PLOVER || f == ExportFormat.GDELT || f == ExportFormat.PETRARCH)) {
            throw new ParameterException(spec.commandLine(), "--mentions is for jsonl, csv or parquet; "
                    + f.label() + " describes merged events");
        }
        source.validate(spec);
        EventStore es;
        try {
            es = source.openReadOnly(store.db);
        } catch (StoreException e) {
            err.println("dyad: " + e.getMessage());
            err.flush();
            return ExitCodes.STORE;
        }
        try (es) {
            double min = confidence.value(spec);
            Exports.Written w = f == ExportFormat.PARQUET
                    ? Exports.parquet(es, mentions, min, out)
                    : Exports.write(es, f, mentions, min, target());
            if (out != null || w.skipped() > 0) {
                err.println("dyad export: " + w.rows() + (mentions ? " mentions" : " events") + " written"
                        + (out == null ? "" : " to " + out)
                        + (w.skipped() > 0 ? "; " + w.skipped() + " events without a PLOVER type left out" : ""));
                err.flush();
            }
        }
        return ExitCodes.OK;
    }

    private Writer target() throws IOException {
        if (out != null) {
            return new BufferedWriter(new OutputStreamWriter(new FileOutputStream(out.toFile()), StandardCharsets.UTF_8));
        }
        PrintWriter stdout = spec.commandLine().getOut();
        return new Writer() {
            @Override public void write(char[] buf, int off, int len) { stdout.write(buf, off, len); }
            @Override public void flush() { stdout.flush(); }
            @Override public void close() { stdout.flush(); }
        };
    }
}
