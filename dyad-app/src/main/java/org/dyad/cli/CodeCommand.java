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
import org.dyad.io.EventWriter;
import org.dyad.io.EventWriters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyad code}: articles in, event mentions out. */
@Command(name = "code", mixinStandardHelpOptions = true,
        description = {"Code articles into events.",
                "Inputs: .txt files (one article each; leading 'date ... By ...' header lines are metadata), "
                        + ".jsonl files ({\"id\",\"text\",\"date\"?,...} per line), .html files, folders "
                        + "(recursively), or - for standard input.",
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
            description = "jsonl, table or csv. Default: table on a terminal, jsonl otherwise.")
    String format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write events here instead of standard output.")
    Path out;

    @Option(names = "--nlp", paramLabel = "PROFILE",
            description = "NLP profile: fast (3-class NER, the default) or accurate (all three CoreNLP CRF NER models).")
    String nlp = "fast";

    @Option(names = {"-t", "--threads"}, paramLabel = "N", description = "Articles coded in parallel (default: ${DEFAULT-VALUE}).")
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());

    @picocli.CommandLine.Mixin LimitOptions limitOptions;

    @Option(names = "--asserted-only", description = "Leave out negated, hypothetical and historical events.")
    boolean assertedOnly;

    @Option(names = "--coder", paramLabel = "CODER",
            description = "combined (the default: Dyad's trigger lexicon and actor resolution, with PETRARCH verb "
                    + "patterns for the verbs the lexicon lacks), dyad (the lexicon only) or petrarch (PETRARCH-style "
                    + "verb patterns with Dyad's default dictionaries, built from PETRARCH2's).")
    String coderName;

    @Option(names = "--dictionaries", paramLabel = "DIR",
            description = "Code with PETRARCH dictionaries from DIR (PETRARCH's formats, found by its PETR_config.ini "
                    + "or by file name, or Dyad's own .tsv format) laid over the defaults: its entries extend them "
                    + "and win where both name the same phrase or verb. Implies --coder petrarch.")
    Path dictionaries;

    @Option(names = "--petrarch-config", paramLabel = "FILE",
            description = "Code with the dictionaries and [Options] a PETRARCH PETR_config.ini names, laid over the "
                    + "defaults. Implies --coder petrarch.")
    Path petrarchConfig;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        String fmt = format != null ? format : (out == null && System.console() != null ? "table" : "jsonl");
        if (!EventWriters.FORMATS.contains(fmt)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "unknown format '" + fmt + "'; choose one of " + EventWriters.FORMATS);
        }
        try {
            Pipelines.useProfile(nlp);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        org.dyad.pipeline.Limits limits = limitOptions.limits(spec);
        // inputs first: a refused input (too long, unreadable) is reported at once, not after the models load
        Inputs.Result read = Inputs.read(inputs, limits.maxChars(), err);
        org.dyad.pipeline.ArticleCoder articleCoder = articleCoder(err).withLimits(limits);
        AtomicInteger failures = new AtomicInteger(read.errors().size());
        AtomicInteger events = new AtomicInteger();
        try (EventWriter writer = EventWriters.create(fmt, target())) {
            if (!read.articles().isEmpty()) {
                articleCoder.codeAll(read.articles(), threads, coded -> {
                    Warnings.print(coded, err);
                    coded.events().stream()
                        .filter(e -> !assertedOnly || e.modality().asserted())
                        .forEach(e -> {
                            writer.write(e);
                            events.incrementAndGet();
                        });
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

    private org.dyad.pipeline.ArticleCoder articleCoder(PrintWriter err) {
        boolean petrarch = dictionaries != null || petrarchConfig != null;
        if (coderName != null) {
            if (!coderName.equals("combined") && !coderName.equals("dyad") && !coderName.equals("petrarch")) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "unknown coder '" + coderName + "'; choose combined, dyad or petrarch");
            }
            if (!coderName.equals("petrarch") && petrarch) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "--dictionaries and --petrarch-config need --coder petrarch");
            }
            if (coderName.equals("dyad")) {
                return new org.dyad.pipeline.ArticleCoder(Pipelines.parser(), org.dyad.event.EventCoder.defaults());
            }
            petrarch = coderName.equals("petrarch");
        }
        if (!petrarch) {
            return Pipelines.coder();
        }
        PetrarchSetup setup = PetrarchSetup.load(spec.commandLine(), java.util.Optional.ofNullable(petrarchConfig),
                java.util.Optional.ofNullable(dictionaries), err);
        return new org.dyad.pipeline.ArticleCoder(Pipelines.parser(), setup.eventCoder());
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
