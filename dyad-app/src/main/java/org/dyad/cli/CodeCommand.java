package org.dyad.cli;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.dyad.io.ArticleEventWriter;
import org.dyad.store.CodeFormats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyad code}: articles in, event mentions out. */
@Command(name = "code", mixinStandardHelpOptions = true,
        description = {"Code articles into events.",
                "Inputs: .txt files (one article each; leading 'date ... By ...' header lines are metadata), "
                        + ".jsonl files ({\"id\",\"text\",\"date\"?,...} per line), .html files, PETRARCH XML "
                        + "files (<Sentences><Sentence date id><Text>), folders (recursively), or - for standard input.",
                "An input that cannot be read or coded is reported on stderr by name; the others are coded "
                        + "(exit code 3 when that happened). Warnings (an unreadable date: the article is undated; "
                        + "bytes that are not UTF-8: read as Windows-1252; a sentence split) do not change the exit "
                        + "code. No date is taken from the clock: an article without a publication date gives "
                        + "undated events (date null, precision none) unless its text dates them."})
final class CodeCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders, or - for standard input.")
    List<String> inputs;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "jsonl, table, csv, petrarch (PETRARCH2's event file layout) or gdelt-mentions (GDELT 2.0's "
                    + "mentions table). Default: table on a terminal, jsonl otherwise.")
    String format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write events here instead of standard output.")
    Path out;

    @Option(names = {"-t", "--threads"}, paramLabel = "N", description = "Articles coded in parallel (default: ${DEFAULT-VALUE}).")
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());

    @picocli.CommandLine.Mixin LimitOptions limitOptions;

    @Option(names = "--asserted-only", description = "Leave out negated, hypothetical and historical events.")
    boolean assertedOnly;

    @Mixin CoderOptions coding;

    @Mixin ConfidenceOption confidence;

    @Option(names = "--explain",
            description = "Also print on standard error every event the coder considered for each article, kept or "
                    + "dropped, with the rule that proposed it and the reason a later stage dropped it.")
    boolean explain;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        String fmt = format != null ? format : (out == null && System.console() != null ? "table" : "jsonl");
        if (!CodeFormats.NAMES.contains(fmt)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "unknown format '" + fmt + "'; choose one of " + CodeFormats.NAMES);
        }
        coding.validate(spec);
        double minConfidence = confidence.value(spec);
        org.dyad.pipeline.Limits limits = limitOptions.limits(spec);
        // inputs first: a refused input (too long, unreadable) is reported at once, not after the models load
        Inputs.Result read = Inputs.read(inputs, limits.maxChars(), err);
        org.dyad.Dyad dyad = coding.build(spec, err, threads, limits);
        AtomicInteger failures = new AtomicInteger(read.errors().size());
        AtomicInteger events = new AtomicInteger();
        try (ArticleEventWriter writer = CodeFormats.create(fmt, target())) {
            if (!read.articles().isEmpty()) {
                dyad.codeAll(read.articles(), coded -> {
                    Warnings.print(coded, err);
                    if (explain) {
                        err.println("# " + coded.article().id());
                        dyad.explain(coded.article()).forEach(l -> err.println("  " + l));
                        err.flush();
                    }
                    List<org.dyad.event.Event> kept = coded.events().stream()
                            .filter(e -> !assertedOnly || e.modality().asserted())
                            .filter(e -> e.confidence() >= minConfidence).toList();
                    writer.write(coded.article(), kept);
                    events.addAndGet(kept.size());
                }, failure -> {
                            failures.incrementAndGet();
                            err.println("dyad: " + failure.article().id() + " (" + failure.article().source()
                                    + "): could not be coded: " + failure.message());
                            err.flush();
                        });
            }
        }
        if (read.articles().isEmpty() && read.errors().isEmpty()) {
            err.println("dyad: no articles found in " + inputs);
        }
        return failures.get() == 0 ? ExitCodes.OK : ExitCodes.INPUT_ERRORS;
    }

    private Writer target() throws IOException {
        if (out != null) {
            return new OutputStreamWriter(new FileOutputStream(out.toFile()), StandardCharsets.UTF_8);
        }
        PrintWriter stdout = spec.commandLine().getOut();
        return new Writer() {
            @Override public void write(char[] buf, int off, int len) { stdout.write(buf, off, len); }
            @Override public void flush() { stdout.flush(); }
            @Override public void close() { stdout.flush(); }
        };
    }
}
