package org.dyad.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dyad.eval.GoldEvaluation;
import org.dyad.eval.GoldRecord;
import org.dyad.eval.GoldSet;
import org.dyad.eval.Half;
import org.dyad.eval.Ratio;
import org.dyad.event.Event;
import org.dyad.io.JsonlEventWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dyad eval gold FILE}: precision, recall and events per record against a gold set, for the tune half,
 * the check half and all records ({@link Half}).
 */
@Command(name = "gold", mixinStandardHelpOptions = true,
        description = {"Score Dyad against a gold set: JSONL in the gold format ({\"id\", \"date\", \"text\", "
                + "\"events\": [{\"cameo\"?, \"plover\"?, \"source\": [...], \"target\": [...], \"reciprocal\"?}], "
                + "\"noevents\"?}), a PentaClass TSV (sentence<TAB>class 0-4) or a CoNLL span file (.txt or .conll: "
                + "'token tag' lines, B-S/I-S source, B-T/I-T target, other tags ignored; a blank line between sentences).",
                "Every file: events per record and the share of records with more than one event. JSONL: event "
                + "precision (events whose PLOVER type or CAMEO code and source country some gold event of the record "
                + "has); recall of CAMEO code, CAMEO root, PLOVER type, type + source and type + source + target "
                + "country (dyad recall); precision, recall and F1 of (source, target, CAMEO code) triples where gold "
                + "gives codes with actors, and records with exactly the gold triples; records matched exactly; the "
                + "share of noevents records that yield an event. TSV: the share of sentences whose main event has "
                + "the gold class. CoNLL: source recall, dyad recall (one event with both spans, either way round) "
                + "and actor precision (events whose source is a gold span), actors matching spans by a shared "
                + "content word.",
                "Each record falls in a fixed half, tune or check, by SHA-256 of its id (of its normalised text where "
                + "the file has no ids); every figure is given for the tune half, the check half and all records."})
final class EvalGoldCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "A gold .jsonl, PentaClass .tsv or CoNLL span .txt/.conll file.")
    Path file;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE",
            description = "Write one JSON line per record: {id, half, events, hits, counts, exact, failed, "
                    + "main_class, gold_class}.")
    Path out;

    @Mixin CoderOptions coding;

    @Option(names = "--asserted-only", description = "Score only asserted events (leave out negated, hypothetical, historical).")
    boolean assertedOnly;

    @Option(names = {"-v", "--verbose"}, description = "Print each record of the TUNE half that fails a figure, with "
            + "the gold and the coded events (check records are never shown: their figures only are read). With "
            + "--format json, on stderr.")
    boolean verbose;

    @Option(names = "--half", paramLabel = "HALF", description = "tune, check or all (default: ${DEFAULT-VALUE}): "
            + "code and score only the records of one half.")
    String half = "all";

    @Option(names = "--curve", paramLabel = "FILE.png",
            description = "Also score the events of at least each confidence (0, 0.5, 0.6 ... 0.9), print precision "
                    + "and recall at each, and draw them as a PNG (gold JSONL and span files).")
    Path curve;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", description = "text (a table) or json (every figure "
            + "per half, with its counts) (default: ${DEFAULT-VALUE}).")
    String format = "text";

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!format.equals("text") && !format.equals("json")) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "unknown format '" + format + "'; choose text or json");
        }
        Optional<Half> only;
        try {
            only = half.equalsIgnoreCase("all") ? Optional.empty() : Optional.of(Half.parse(half));
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage() + " or all");
        }
        if (!Files.isRegularFile(file)) {
            err.println("dyad: " + file + ": no such file");
            return ExitCodes.INPUT_ERRORS;
        }
        coding.validate(spec);
        GoldSet all = GoldSet.read(file);
        all.problems().forEach(p -> err.println("dyad: " + p));
        GoldSet gold = only.map(all::only).orElse(all);
        if (verbose && only.equals(Optional.of(Half.CHECK))) {
            err.println("dyad: -v shows records of the tune half only; none of the check half are printed");
        }
        org.dyad.Dyad dyad = coding.build(spec, err, 1);
        GoldEvaluation eval = new GoldEvaluation(dyad.parserFor(dyad.pipeline()), dyad.pipeline(), assertedOnly);
        PrintWriter misses = format.equals("json") ? err : stdout;
        JsonFactory json = new JsonFactory();
        Writer w = out == null ? null : Files.newBufferedWriter(out, StandardCharsets.UTF_8);
        List<GoldEvaluation.RecordScore> scores;
        try {
            scores = eval.run(gold, s -> {
                s.error().ifPresent(e -> err.println("dyad: " + s.record().id() + ": could not be coded: " + e));
                if (verbose && s.record().half() == Half.TUNE && s.failed()) {
                    printMiss(misses, s);
                }
                if (w != null) {
                    try {
                        write(json, w, s);
                    } catch (IOException x) {
                        throw new java.io.UncheckedIOException(x);
                    }
                }
            });
        } finally {
            if (w != null) {
                w.close();
            }
        }
        GoldReport report = new GoldReport(file.getFileName().toString(), gold.format(), dyad.pipeline().name(), assertedOnly, only,
                scores);
        if (format.equals("json")) {
            report.json(stdout);
        } else {
            report.text(stdout);
        }
        if (curve != null) {
            java.util.Optional<ConfidenceCurve> c = ConfidenceCurve.of(gold.format(), scores);
            if (c.isEmpty()) {
                err.println("dyad: --curve: a PentaClass file has no precision to draw");
            } else {
                (format.equals("json") ? err : stdout).flush();
                c.get().text(format.equals("json") ? err : stdout);
                c.get().png(curve, file.getFileName() + ": precision and recall by minimum confidence");
            }
        }
        stdout.flush();
        return scores.stream().anyMatch(s -> s.error().isPresent()) ? ExitCodes.INPUT_ERRORS : ExitCodes.OK;
    }

    private static void printMiss(PrintWriter out, GoldEvaluation.RecordScore s) {
        out.println("MISS " + s.record().id() + " | " + s.record().text());
        out.println("     gold   " + describe(s.record()));
        for (Event e : s.events()) {
            out.println("     coded  " + e.source().code() + " " + e.cameo().code() + "/"
                    + e.cameo().ploverType().orElse("-") + " " + e.target().map(a -> a.code()).orElse("-")
                    + " [" + e.evidence().trigger() + "] (" + e.source().text()
                    + e.target().map(a -> " -> " + a.text()).orElse("") + ") " + e.rule());
        }
        out.flush();
    }

    private static String describe(GoldRecord r) {
        if (r.pentaClass().isPresent()) {
            return "class " + r.pentaClass().get();
        }
        if (r.noevents()) {
            return "no events";
        }
        if (!r.spans().isEmpty()) {
            StringBuilder b = new StringBuilder();
            for (GoldRecord.ActorSpan a : r.spans()) {
                b.append(a.role() == GoldRecord.Role.SOURCE ? "S [" : "T [").append(String.join(" ", a.words()))
                        .append("] ");
            }
            return b.toString().strip();
        }
        StringBuilder b = new StringBuilder();
        for (GoldRecord.GoldEvent g : r.events()) {
            b.append(g.sources()).append(' ').append(g.cameo().orElse("")).append('/')
                    .append(String.join("|", g.plover())).append(' ').append(g.targets())
                    .append(g.reciprocal() ? " reciprocal" : "").append("; ");
        }
        return b.toString();
    }

    private static void write(JsonFactory json, Writer w, GoldEvaluation.RecordScore s) throws IOException {
        StringWriter events = new StringWriter();
        try (JsonlEventWriter ew = new JsonlEventWriter(events)) {
            s.events().forEach(ew::write);
        }
        JsonGenerator g = json.createGenerator(w);
        g.writeStartObject();
        g.writeStringField("id", s.record().id());
        g.writeStringField("half", s.record().half().label());
        g.writeFieldName("events");
        g.writeRawValue("[" + String.join(",", events.toString().strip().lines().toList()) + "]");
        g.writeObjectFieldStart("hits");
        for (String m : GoldEvaluation.METRICS) {
            Ratio h = s.counts().get(m);
            if (h != null && h.applies()) {
                g.writeStringField(m, h.num() + "/" + h.den());
            }
        }
        g.writeEndObject();
        g.writeObjectFieldStart("counts");
        for (Map.Entry<String, Ratio> c : s.counts().entrySet()) {
            g.writeArrayFieldStart(c.getKey());
            g.writeNumber(c.getValue().num());
            g.writeNumber(c.getValue().den());
            g.writeEndArray();
        }
        g.writeEndObject();
        g.writeBooleanField("exact", s.exact());
        g.writeBooleanField("failed", s.failed());
        if (s.record().pentaClass().isPresent()) {
            g.writeNumberField("gold_class", s.record().pentaClass().get());
            if (s.mainClass().isPresent()) {
                g.writeNumberField("main_class", s.mainClass().get());
            } else {
                g.writeNullField("main_class");
            }
        }
        s.error().ifPresent(e -> {
            try {
                g.writeStringField("error", e);
            } catch (IOException x) {
                throw new java.io.UncheckedIOException(x);
            }
        });
        g.writeEndObject();
        g.flush();
        w.write('\n');
    }
}
