package org.dyad.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code dyad bench profile FILE.jfr}: the share of CPU and allocation per stage in a flight recording of Dyad. */
@Command(name = "profile", mixinStandardHelpOptions = true,
        description = {"Print the share of CPU samples and allocation per stage (tokenize, POS, lemma, NER, depparse, "
                + "parse triage, conversion, actors, lexicon and PETRARCH triggers, discards, dates, arbitration, "
                + "places, selection, events, writing) in a Java Flight Recorder file of a Dyad run, with its "
                + "collections and peak heap.",
                "Make one with dyad bench --profile FILE, or run any command with DYAD_JAVA_OPTS="
                        + "'-Xmx2g -XX:StartFlightRecording=filename=FILE,settings=profile' (that records model "
                        + "loading too)."})
final class BenchProfileCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "A .jfr recording.")
    Path file;

    @Option(names = {"-f", "--format"}, description = "text or json (default: ${DEFAULT-VALUE}).")
    String format = "text";

    @Override
    public Integer call() throws Exception {
        if (!format.equals("text") && !format.equals("json")) {
            throw new ParameterException(spec.commandLine(), "format must be text or json");
        }
        if (!Files.isRegularFile(file)) {
            throw new ParameterException(spec.commandLine(), "no recording at " + file);
        }
        StageProfile.Report report;
        try {
            report = StageProfile.read(file);
        } catch (java.io.IOException e) {
            spec.commandLine().getErr().println(file + ": not a flight recording (" + e.getMessage() + ")");
            return ExitCodes.INPUT_ERRORS;
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format.equals("json")) {
            out.println(new ObjectMapper().writeValueAsString(report.json()));
        } else {
            report.print(out);
        }
        out.flush();
        return ExitCodes.OK;
    }
}
