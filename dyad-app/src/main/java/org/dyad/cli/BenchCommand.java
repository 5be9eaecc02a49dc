package org.dyad.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyad bench}: end-to-end throughput and peak heap of coding a corpus. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Code a corpus end to end and report throughput and peak heap.",
                "CoreNLP, actors, events and writing them (as JSONL, to nowhere) are all timed: sentences/second,"
                        + " articles/second, tokens/second and the process's CPU time a sentence per pass (CPU time"
                        + " depends less than wall time on what else the machine runs), and the peak heap (model"
                        + " loading included), from the collector's own account of each collection.",
                "Model loading time is reported apart and not counted in the throughput.",
                "--profile FILE records the passes after the first with Java Flight Recorder and prints the share of"
                        + " CPU and allocation per stage (tokenize, POS, NER, depparse, actors, triggers, places, ...).",
                "dyad bench profile FILE.jfr: the same table from any recording of Dyad.",
                "dyad bench serve: how the HTTP server holds a load (see dyad bench serve --help)."},
        subcommands = {BenchServeCommand.class, BenchProfileCommand.class})
final class BenchCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files, folders, or - for standard input.")
    List<String> inputs;

    @Option(names = {"-f", "--format"}, description = "text or json (default: ${DEFAULT-VALUE}).")
    String format = "text";

    @Mixin CoderOptions coding;

    @Option(names = {"-t", "--threads"}, paramLabel = "N", description = "Articles coded in parallel (default: ${DEFAULT-VALUE}).")
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());

    @picocli.CommandLine.Mixin LimitOptions limitOptions;

    @Option(names = "--passes", paramLabel = "N", description = "Times the corpus is coded; the first pass warms the JIT (default: ${DEFAULT-VALUE}).")
    int passes = 2;

    @Option(names = "--profile", paramLabel = "FILE",
            description = "Record the passes after the first (the only pass with --passes 1) with Java Flight Recorder "
                    + "into FILE (.jfr) and report the share of CPU and allocation per stage.")
    Path profile;

    @Override
    public Integer call() throws Exception {
        if (inputs == null || inputs.isEmpty()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give the articles to code (PATH...), "
                    + "or 'serve' to load the HTTP server");
        }
        if (!format.equals("text") && !format.equals("json")) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "format must be text or json");
        }
        PrintWriter out = spec.commandLine().getOut();
        coding.validate(spec);
        org.dyad.pipeline.Limits limits = limitOptions.limits(spec);
        Inputs.Result read = Inputs.read(inputs, limits.maxChars(), spec.commandLine().getErr());
        HeapWatch heap = new HeapWatch();
        long t0 = System.nanoTime();
        org.dyad.Dyad coder = coding.build(spec, spec.commandLine().getErr(), threads, limits);
        double loadSeconds = (System.nanoTime() - t0) / 1e9;
        ObjectMapper json = new ObjectMapper();
        ObjectNode result = json.createObjectNode();
        result.put("articles", read.articles().size());
        result.put("read_errors", read.errors().size());
        result.put("threads", threads);
        result.put("cores", Runtime.getRuntime().availableProcessors());
        result.put("java", System.getProperty("java.version"));
        result.put("max_heap_mb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        result.put("model_load_seconds", round(loadSeconds));
        result.put("triage", coder.triage());
        org.dyad.nlp.CoreNlpParser counting = coder.codingParser() instanceof org.dyad.nlp.CoreNlpParser c ? c : null;
        ArrayNode passNodes = result.putArray("passes");
        ObjectNode last = null;
        jdk.jfr.Recording recording = null;
        int n = Math.max(1, passes);
        for (int p = 0; p < n; p++) {
            if (profile != null && recording == null && (p == 1 || n == 1)) {
                recording = StageProfile.start();
            }
            AtomicLong sentences = new AtomicLong();
            AtomicLong tokens = new AtomicLong();
            AtomicLong events = new AtomicLong();
            AtomicLong failures = new AtomicLong();
            long parsedBefore = counting == null ? 0 : counting.sentencesParsed();
            long cpuStart = processCpuNanos();
            long start = System.nanoTime();
            try (org.dyad.io.EventWriter writer = org.dyad.io.EventWriters.create("jsonl", Writer.nullWriter())) {
                coder.codeAll(read.articles(), c -> {
                    sentences.addAndGet(c.sentences());
                    tokens.addAndGet(c.tokens());
                    events.addAndGet(c.events().size());
                    c.events().forEach(writer::write);
                }, f -> failures.incrementAndGet());
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
            ObjectNode pass = passNodes.addObject();
            pass.put("pass", p + 1);
            pass.put("seconds", round(seconds));
            pass.put("sentences", sentences.get());
            pass.put("tokens", tokens.get());
            pass.put("events", events.get());
            pass.put("failures", failures.get());
            if (counting != null) {
                pass.put("sentences_parsed", counting.sentencesParsed() - parsedBefore);
            }
            pass.put("sentences_per_second", round(sentences.get() / seconds));
            pass.put("articles_per_second", round(read.articles().size() / seconds));
            pass.put("tokens_per_second", round(tokens.get() / seconds));
            if (cpuSeconds > 0) {
                pass.put("cpu_seconds", round(cpuSeconds));
                pass.put("cpu_ms_per_sentence", round(1000 * cpuSeconds / Math.max(1, sentences.get())));
            }
            last = pass;
        }
        result.put("sentences_per_second", last.get("sentences_per_second").asDouble());
        result.put("articles_per_second", last.get("articles_per_second").asDouble());
        heap.close();
        result.put("peak_heap_mb", heap.peakUsedMb());
        result.put("peak_heap_after_gc_mb", heap.peakLiveMb());
        result.put("collections", heap.collections());
        StageProfile.Report report = null;
        if (recording != null) {
            recording.stop();
            recording.dump(profile);
            recording.close();
            report = StageProfile.read(profile);
            result.put("profile_file", profile.toString());
            result.set("profile", report.json());
        }
        if (format.equals("json")) {
            out.println(json.writeValueAsString(result));
        } else {
            out.printf("articles            %d (%d unreadable)%n", read.articles().size(), read.errors().size());
            out.printf("model load          %.1f s%n", loadSeconds);
            for (var pass : passNodes) {
                out.printf("pass %d              %.1f s, %d sentences (%s parsed), %d events: %.1f sentences/s, %.2f "
                                + "articles/s, %.1f ms CPU a sentence%n", pass.get("pass").asInt(),
                        pass.get("seconds").asDouble(), pass.get("sentences").asLong(), pass.has("sentences_parsed")
                                ? Long.toString(pass.get("sentences_parsed").asLong()) : "all",
                        pass.get("events").asLong(), pass.get("sentences_per_second").asDouble(),
                        pass.get("articles_per_second").asDouble(), pass.path("cpu_ms_per_sentence").asDouble());
            }
            out.printf("peak heap           %d MB used before a collection, %d MB after one (max %d MB, %d "
                            + "collections), %d threads on %d cores, Java %s%n",
                    heap.peakUsedMb(), heap.peakLiveMb(), result.get("max_heap_mb").asLong(), heap.collections(),
                    threads, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
            if (report != null) {
                out.printf("profile             %s (passes %s)%n", profile, n == 1 ? "1" : "2-" + n);
                report.print(out);
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** CPU time of the whole process so far (every thread: coders, JIT compilers, collectors), or 0 if unknown. */
    private static long processCpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? Math.max(0, os.getProcessCpuTime()) : 0;
    }

    private static double round(double v) {
        return Math.round(v * 100.0) / 100.0;
    }
}
