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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dyad.eval.GoldEvaluation;
import org.dyad.eval.GoldRecord;
import org.dyad.eval.GoldSet;
import org.dyad.event.Event;
import org.dyad.io.JsonlEventWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyad eval gold FILE}: recall, exact matches and false positives against a gold set. */
@Command(name = "gold", mixinStandardHelpOptions = true,
        description = {"Score Dyad against a gold set: JSONL in the gold format ({\"id\", \"date\", \"text\", "
                + "\"events\": [{\"cameo\"?, \"plover\"?, \"source\": [...], \"target\": [...], \"reciprocal\"?}], "
                + "\"noevents\"?}) or a PentaClass TSV (sentence<TAB>class 0-4).",
                "Prints recall of CAMEO code, CAMEO root, PLOVER type, type + source country and type + source "
                + "+ target country; records matched exactly; false positives on noevents records; for a TSV, "
                + "the share of sentences whose main event has the gold class."})
final class EvalGoldCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "A gold .jsonl or PentaClass .tsv file.")
    Path file;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE",
            description = "Write one JSON line per record: {id, events, hits, exact, main_class, gold_class}.")
    Path out;

    @Mixin CoderOptions coding;

    @Option(names = "--asserted-only", description = "Score only asserted events (leave out negated, hypothetical, historical).")
    boolean assertedOnly;

    @Option(names = {"-v", "--verbose"}, description = "Print each record that is not matched exactly.")
    boolean verbose;


    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(file)) {
            err.println("dyad: " + file + ": no such file");
            return ExitCodes.INPUT_ERRORS;
        }
        coding.validate(spec);
        GoldSet gold = GoldSet.read(file);
        gold.problems().forEach(p -> err.println("dyad: " + p));
        org.dyad.Dyad dyad = coding.build(spec, err, 1);
        GoldEvaluation eval = new GoldEvaluation(dyad.parser(), dyad.pipeline(), assertedOnly);
        JsonFactory json = new JsonFactory();
        Writer w = out == null ? null : Files.newBufferedWriter(out, StandardCharsets.UTF_8);
        List<GoldEvaluation.RecordScore> scores;
        try {
            scores = eval.run(gold, s -> {
                s.error().ifPresent(e -> err.println("dyad: " + s.record().id() + ": could not be coded: " + e));
                if (verbose && !s.exact()) {
                    stdout.println("MISS " + s.record().id() + " | " + s.record().text());
                    stdout.println("     gold   " + describe(s.record()));
                    for (Event e : s.events()) {
                        stdout.println("     coded  " + e.source().code() + " " + e.cameo().code() + "/"
                                + e.cameo().ploverType().orElse("-") + " " + e.target().map(a -> a.code()).orElse("-")
                                + " [" + e.evidence().trigger() + "] " + e.rule());
                    }
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
        GoldEvaluation.Totals t = GoldEvaluation.totals(scores);
        stdout.println(file.getFileName() + ": " + t.records() + " records" + (t.errors() > 0 ? ", " + t.errors()
                + " could not be coded" : ""));
        if (gold.pentaClass()) {
            stdout.printf(Locale.ROOT, "main event in the gold class: %d of %d (%.1f%%)%n", t.classRight(),
                    t.classified(), t.classified() == 0 ? 0 : 100.0 * t.classRight() / t.classified());
        } else {
            stdout.printf(Locale.ROOT, "%-22s %7s %7s %7s%n", "recall", "found", "gold", "rate");
            for (Map.Entry<String, int[]> m : t.metrics().entrySet()) {
                stdout.printf(Locale.ROOT, "%-22s %7d %7d %6.1f%%%n", m.getKey(), m.getValue()[0], m.getValue()[1],
                        m.getValue()[1] == 0 ? 0 : 100.0 * m.getValue()[0] / m.getValue()[1]);
            }
            stdout.printf(Locale.ROOT, "records matched exactly: %d of %d (%.1f%%)%n", t.exact(), t.records(),
                    t.records() == 0 ? 0 : 100.0 * t.exact() / t.records());
            stdout.printf(Locale.ROOT, "noevents records with events: %d of %d (%d events)%n", t.falsePositiveRecords(),
                    t.noeventRecords(), t.falsePositiveEvents());
        }
        stdout.flush();
        return t.errors() > 0 ? ExitCodes.INPUT_ERRORS : ExitCodes.OK;
    }

    private static String describe(GoldRecord r) {
        if (r.pentaClass().isPresent()) {
            return "class " + r.pentaClass().get();
        }
        if (r.noevents()) {
            return "no events";
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
        g.writeFieldName("events");
        g.writeRawValue("[" + String.join(",", events.toString().strip().lines().toList()) + "]");
        g.writeObjectFieldStart("hits");
        for (Map.Entry<String, int[]> h : s.hits().entrySet()) {
            if (h.getValue()[1] > 0) {
                g.writeStringField(h.getKey(), h.getValue()[0] + "/" + h.getValue()[1]);
            }
        }
        g.writeEndObject();
        g.writeBooleanField("exact", s.exact());
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
