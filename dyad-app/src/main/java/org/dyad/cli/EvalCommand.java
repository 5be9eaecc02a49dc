package org.dyad.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dyad.ontology.Cameo;
import org.dyad.petrarch.CodedEvent;
import org.dyad.petrarch.CodedEventJson;
import org.dyad.dictionary.Dictionaries;
import org.dyad.dictionary.DictionaryProblem;
import org.dyad.petrarch.ValidationRun;
import org.dyad.petrarch.ValidationSuite;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyad eval}: measure Dyad against validation suites and gold sets. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measure coding accuracy against a validation suite or gold set.",
        subcommands = {EvalCommand.Petrarch.class, EvalGoldCommand.class})
final class EvalCommand {
    private EvalCommand() {}

    /** {@code dyad eval petrarch FILE.xml}. */
    @Command(name = "petrarch", mixinStandardHelpOptions = true,
            description = {"Run a PETRARCH validation file (PETR.UnitTest.records.xml, UniversalPetrarch's "
                    + "PETR_Validate_records_2_02.xml) from each record's <Text> through Dyad's own NLP, with the "
                    + "dictionaries its <Environment> names, honouring <Config>, <Include> and evaluate=\"false\".",
                    "A record passes when its set of (source, target, code) equals the expected set (noevents "
                    + "and errors: the empty set). Prints pass rates per category; exit code 0 unless a record "
                    + "crashed or --min-pass was not reached."})
    static final class Petrarch implements Callable<Integer> {
        @Spec CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE.xml", description = "The validation file.")
        Path file;

        @Option(names = "--dictionaries", paramLabel = "DIR",
                description = "Folder holding the dictionaries the file names (default: the file's folder).")
        Path dictionaries;

        @Option(names = {"-o", "--out"}, paramLabel = "FILE",
                description = "Write one JSON line per record: {id, category, outcome, expected, events}.")
        Path out;

        @Option(names = "--min-pass", paramLabel = "RATE",
                description = "Exit with code 1 when the overall pass rate is below RATE (0-1).")
        Double minPass;

        @Option(names = {"-v", "--verbose"}, description = "Print each failing record with what was coded.")
        boolean verbose;

        @Option(names = "--nlp", paramLabel = "PROFILE", description = "NLP profile: fast (default) or accurate.")
        String nlp = "fast";

        @Option(names = "--record", paramLabel = "ID", description = "Run only the records with these ids (repeatable).")
        List<String> only;

        @Override
        public Integer call() throws IOException {
            PrintWriter stdout = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (!Files.isRegularFile(file)) {
                err.println("dyad: " + file + ": no such file");
                return ExitCodes.INPUT_ERRORS;
            }
            org.dyad.Dyad dyad;
            try {
                dyad = org.dyad.Dyad.builder().nlp(nlp).build();
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
            ValidationSuite suite = ValidationSuite.read(file);
            suite.problems().forEach(p -> err.println("dyad: " + p));
            Dictionaries dicts = ValidationRun.dictionariesFor(suite, Optional.ofNullable(dictionaries));
            for (DictionaryProblem p : dicts.problems()) {
                err.println("dyad: dictionary " + p);
            }
            List<DictionaryProblem> ontologyProblems = new java.util.ArrayList<>();
            var ontology = ValidationRun.ontologyFor(suite, Optional.ofNullable(dictionaries), ontologyProblems);
            ontologyProblems.forEach(p -> err.println("dyad: dictionary " + p));
            if (only != null && !only.isEmpty()) {
                suite = suite.only(java.util.Set.copyOf(only));
            }
            ValidationRun run = new ValidationRun(suite, dicts, dyad.parser(), ontology);
            CodedEventJson json = new CodedEventJson(Cameo.load());
            JsonFactory factory = new JsonFactory();
            Writer w = out == null ? null : Files.newBufferedWriter(out, StandardCharsets.UTF_8);
            int[] crashes = new int[1];
            List<ValidationRun.RecordResult> results;
            try {
                results = run.run(r -> {
                    if (r.outcome() == ValidationRun.Outcome.CRASH) {
                        crashes[0]++;
                        err.println("dyad: record " + r.record().id() + " crashed: " + r.crash().orElse(""));
                    }
                    if (verbose && (r.outcome() == ValidationRun.Outcome.FAIL
                            || r.outcome() == ValidationRun.Outcome.CRASH)) {
                        stdout.printf("FAIL %-16s %-9s expected %s%n     %-26s coded    %s%n", r.record().id(),
                                r.record().category(), r.expected(), "", r.coded());
                        for (CodedEvent e : r.events()) {
                            stdout.printf("     %-26s   %s  <- %s%n", "", e.triple(), e.rule());
                        }
                        stdout.flush();
                    }
                    if (w != null) {
                        try {
                            writeRecord(factory, json, w, r);
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }
                });
            } finally {
                if (w != null) {
                    w.close();
                }
            }
            List<ValidationRun.Tally> tally = ValidationRun.tally(results);
            long notEvaluated = results.stream().filter(r -> r.outcome() == ValidationRun.Outcome.NOT_EVALUATED).count();
            long na = results.stream().filter(r -> r.outcome() == ValidationRun.Outcome.NOT_APPLICABLE).count();
            stdout.println(file.getFileName() + ": " + results.size() + " records; " + notEvaluated
                    + " not evaluated (not sentences, evaluate=\"false\" or outside <Include>); " + na
                    + " not applicable (they test a malformed shipped parse)");
            stdout.printf(java.util.Locale.ROOT, "%-12s %9s %7s %7s%n", "category", "evaluated", "passed", "rate");
            for (ValidationRun.Tally t : tally) {
                stdout.printf(java.util.Locale.ROOT, "%-12s %9d %7d %6.1f%%%n", t.category(), t.evaluated(), t.passed(), 100 * t.rate());
            }
            stdout.flush();
            ValidationRun.Tally all = tally.get(tally.size() - 1);
            if (crashes[0] > 0) {
                return ExitCodes.SOFTWARE;
            }
            if (minPass != null && all.rate() < minPass) {
                err.printf(java.util.Locale.ROOT, "dyad: pass rate %.3f is below --min-pass %.3f%n", all.rate(), minPass);
                return 1;
            }
            return ExitCodes.OK;
        }

        private static void writeRecord(JsonFactory factory, CodedEventJson json, Writer w,
                                        ValidationRun.RecordResult r) throws IOException {
            JsonGenerator g = factory.createGenerator(w);
            g.writeStartObject();
            g.writeStringField("id", r.record().id());
            g.writeStringField("category", r.record().category());
            g.writeStringField("outcome", r.outcome().name().toLowerCase(java.util.Locale.ROOT));
            g.writeArrayFieldStart("expected");
            for (var e : r.record().expected()) {
                g.writeStartObject();
                g.writeStringField("source", e.source());
                g.writeStringField("target", e.target());
                g.writeStringField("code", e.code());
                g.writeEndObject();
            }
            g.writeEndArray();
            if (r.record().error().isPresent()) {
                g.writeStringField("expected_error", r.record().error().get());
            }
            g.writeArrayFieldStart("events");
            int n = 0;
            for (CodedEvent e : r.events()) {
                var sentence = r.doc().map(d -> d.sentences().get(e.sentence())).orElse(null);
                json.write(g, e, r.article(), r.record().date(), sentence, n++);
            }
            g.writeEndArray();
            if (!r.skipped().isEmpty()) {
                g.writeArrayFieldStart("skipped");
                for (var s : r.skipped().values()) {
                    g.writeString(s.petrarchName());
                }
                g.writeEndArray();
            }
            g.writeEndObject();
            g.flush();
            w.write('\n');
        }
    }
}
