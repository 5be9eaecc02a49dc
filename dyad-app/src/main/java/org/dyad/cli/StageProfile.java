package org.dyad.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the CPU and the allocations of a run go, stage by stage, from a Java Flight Recorder file: each
 * execution sample ({@code jdk.ExecutionSample}) and allocation sample ({@code jdk.ObjectAllocationSample}) is
 * put in the stage of the innermost stage entry point on its stack (a CoreNLP annotator, Dyad's NLP adapter, a
 * coding stage, the event writer); a sample under none of them is "other Dyad" when Dyad code is on the stack, else
 * "JVM, other". The peak heap comes from the collector's own summaries ({@code jdk.GCHeapSummary}): the most
 * used before a collection and the most left in use after one. Stateless.
 */
final class StageProfile {
    static final String OTHER_DYAD = "other Dyad";
    static final String OTHER = "JVM, other";

    /** The stages in table order; the flag says whether the stage is Dyad's own work. */
    private static final Map<String, Boolean> STAGES = new LinkedHashMap<>();
    /** Stage entry points: a class (its nested classes too), a class's method ("Class.method") or a package ("a.b."). */
    private static final Map<String, String> CLASSES = new HashMap<>();
    private static final Map<String, String> METHODS = new HashMap<>();
    private static final Map<String, String> PACKAGES = new LinkedHashMap<>();
    /** The methods by which stages answer the parse triage ({@code Stage.parseNeeds}, {@code Stage.dropsArticle}). */
    private static final java.util.Set<String> TRIAGE_METHODS = java.util.Set.of("parseNeeds", "dropsArticle");

    static {
        stage("tokenize+ssplit", false, "edu.stanford.nlp.pipeline.TokenizerAnnotator",
                "edu.stanford.nlp.pipeline.WordsToSentencesAnnotator", "org.dyad.nlp.LongSentences");
        stage("pos", false, "edu.stanford.nlp.pipeline.POSTaggerAnnotator");
        stage("lemma", false, "edu.stanford.nlp.pipeline.MorphaAnnotator");
        stage("ner", false, "edu.stanford.nlp.pipeline.NERCombinerAnnotator");
        stage("depparse", false, "edu.stanford.nlp.pipeline.DependencyParseAnnotator", "edu.stanford.nlp.parser.nndep.",
                "org.dyad.nlp.CoreNlpParser.dependencies");
        stage("parse triage", true, "org.dyad.nlp.CoreNlpParser.triage", "org.dyad.pipeline.CodingPipeline.needsParse");
        stage("conversion", true, "org.dyad.nlp.CoreNlpParser.convert");
        stage("actors", true, "org.dyad.pipeline.ActorStage");
        stage("triggers.lexicon", true, "org.dyad.pipeline.LexiconStage");
        stage("triggers.petrarch", true, "org.dyad.pipeline.PetrarchStage");
        stage("discards", true, "org.dyad.pipeline.DiscardStage");
        stage("modality+dates", true, "org.dyad.pipeline.ModalityDateStage");
        stage("arbitration", true, "org.dyad.pipeline.ArbitrationStage");
        stage("places", true, "org.dyad.pipeline.PlaceStage");
        stage("selection", true, "org.dyad.pipeline.SelectionStage");
        stage("events", true, "org.dyad.pipeline.DocumentWork.finish", "org.dyad.pipeline.EvidenceWindow");
        stage("writing", true, "org.dyad.io.JsonlEventWriter", "org.dyad.io.CsvEventWriter",
                "org.dyad.io.TableEventWriter");
        stage(OTHER_DYAD, true);
        stage(OTHER, false);
    }

    private static void stage(String name, boolean dyad, String... entries) {
        STAGES.put(name, dyad);
        for (String e : entries) {
            String last = e.substring(e.lastIndexOf('.', e.length() - 2) + 1);
            if (e.endsWith(".")) {
                PACKAGES.put(e, name);
            } else if (Character.isLowerCase(last.charAt(0))) {
                METHODS.put(e, name);
            } else {
                CLASSES.put(e, name);
            }
        }
    }

    private StageProfile() {
    }

    /** A recording with the JDK's "profile" settings (10 ms execution samples, allocation samples, GC summaries). */
    static Recording start() throws IOException {
        try {
            Recording r = new Recording(Configuration.getConfiguration("profile"));
            r.setName("dyad bench");
            r.start();
            return r;
        } catch (java.text.ParseException e) {
            throw new IOException("the JDK's JFR profile settings do not parse: " + e.getMessage(), e);
        }
    }

    /** The stage a stack belongs to (frames innermost first): its innermost stage entry point. */
    static String classify(List<RecordedFrame> frames) {
        boolean dyad = false;
        for (RecordedFrame f : frames) {
            if (f.getMethod() == null || f.getMethod().getType() == null) {
                continue;
            }
            String type = f.getMethod().getType().getName();
            if (TRIAGE_METHODS.contains(f.getMethod().getName()) && type.startsWith("org.dyad.")) {
                return "parse triage"; // a stage's own answer to the triage is no part of its coding
            }
            String stage = METHODS.get(type + "." + f.getMethod().getName());
            if (stage == null) {
                int nested = type.indexOf('$');
                stage = CLASSES.get(nested < 0 ? type : type.substring(0, nested));
            }
            if (stage == null) {
                for (Map.Entry<String, String> p : PACKAGES.entrySet()) {
                    if (type.startsWith(p.getKey())) {
                        stage = p.getValue();
                        break;
                    }
                }
            }
            if (stage != null) {
                return stage;
            }
            dyad |= type.startsWith("org.dyad.");
        }
        return dyad ? OTHER_DYAD : OTHER;
    }

    /** What a recording says, per stage. */
    record Report(Map<String, Long> cpu, Map<String, Long> allocated, long gcCount, double gcPauseSeconds,
                  long peakUsedMb, long peakLiveMb, long committedMb, double seconds) {
        long cpuTotal() {
            return cpu.values().stream().mapToLong(Long::longValue).sum();
        }

        long allocatedTotal() {
            return allocated.values().stream().mapToLong(Long::longValue).sum();
        }

        /** Share of the CPU samples in Dyad's own stages (everything but CoreNLP and the JVM). */
        double dyadShare() {
            long own = 0;
            for (Map.Entry<String, Long> e : cpu.entrySet()) {
                own += STAGES.get(e.getKey()) ? e.getValue() : 0;
            }
            return cpuTotal() == 0 ? 0 : (double) own / cpuTotal();
        }

        void print(PrintWriter out) {
            long n = Math.max(1, cpuTotal());
            long a = Math.max(1, allocatedTotal());
            out.printf(Locale.ROOT, "%-20s %9s %7s %12s %7s%n", "stage", "samples", "CPU", "allocated MB", "alloc");
            for (String s : STAGES.keySet()) {
                long c = cpu.getOrDefault(s, 0L);
                long m = allocated.getOrDefault(s, 0L);
                out.printf(Locale.ROOT, "%-20s %9d %6.1f%% %12.0f %6.1f%%%n", s, c, 100.0 * c / n, m / 1048576.0,
                        100.0 * m / a);
            }
            out.printf(Locale.ROOT, "Dyad's own stages   %.1f%% of CPU samples (%d samples in %.1f s)%n",
                    100 * dyadShare(), cpuTotal(), seconds);
            out.printf(Locale.ROOT, "GC                  %d collections, %.2f s of pauses; heap peak %d MB used before a "
                    + "collection, %d MB after one, %d MB committed%n", gcCount, gcPauseSeconds, peakUsedMb,
                    peakLiveMb, committedMb);
        }

        ObjectNode json() {
            ObjectNode o = JsonNodeFactory.instance.objectNode();
            long n = Math.max(1, cpuTotal());
            ArrayNode stages = o.putArray("stages");
            for (String s : STAGES.keySet()) {
                ObjectNode row = stages.addObject();
                row.put("stage", s);
                row.put("dyad", STAGES.get(s));
                row.put("samples", cpu.getOrDefault(s, 0L));
                row.put("cpu_share", Math.round(10000.0 * cpu.getOrDefault(s, 0L) / n) / 10000.0);
                row.put("allocated_mb", Math.round(allocated.getOrDefault(s, 0L) / 1048576.0));
            }
            o.put("dyad_cpu_share", Math.round(10000 * dyadShare()) / 10000.0);
            o.put("gc_count", gcCount);
            o.put("gc_pause_seconds", Math.round(gcPauseSeconds * 100) / 100.0);
            o.put("heap_peak_used_mb", peakUsedMb);
            o.put("heap_peak_after_gc_mb", peakLiveMb);
            o.put("heap_committed_mb", committedMb);
            return o;
        }
    }

    /** Reads a recording. */
    static Report read(Path jfr) throws IOException {
        Map<String, Long> cpu = new LinkedHashMap<>();
        Map<String, Long> allocated = new LinkedHashMap<>();
        long gcCount = 0;
        long gcPause = 0;
        long peakUsed = 0;
        long peakLive = 0;
        long committed = 0;
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        try (RecordingFile file = new RecordingFile(jfr)) {
            while (file.hasMoreEvents()) {
                RecordedEvent e = file.readEvent();
                long at = e.getStartTime().getEpochSecond() * 1_000_000_000L + e.getStartTime().getNano();
                switch (e.getEventType().getName()) {
                    case "jdk.ExecutionSample" -> {
                        cpu.merge(stageOf(e.getStackTrace()), 1L, Long::sum);
                        first = Math.min(first, at);
                        last = Math.max(last, at);
                    }
                    case "jdk.ObjectAllocationSample" -> {
                        if (!byRecorder(e.getStackTrace())) {
                            allocated.merge(stageOf(e.getStackTrace()), e.getLong("weight"), Long::sum);
                        }
                    }
                    case "jdk.GarbageCollection" -> {
                        gcCount++;
                        gcPause += e.getDuration("sumOfPauses").toNanos();
                    }
                    case "jdk.GCHeapSummary" -> {
                        long used = e.getLong("heapUsed") / 1048576;
                        if ("Before GC".equals(e.getString("when"))) {
                            peakUsed = Math.max(peakUsed, used);
                        } else {
                            peakLive = Math.max(peakLive, used);
                        }
                        jdk.jfr.consumer.RecordedObject space = e.getValue("heapSpace");
                        committed = Math.max(committed, space.getLong("committedSize") / 1048576);
                    }
                    default -> { }
                }
            }
        }
        double seconds = first <= last ? (last - first) / 1e9 : 0;
        return new Report(cpu, allocated, gcCount, gcPause / 1e9, peakUsed, peakLive, committed, seconds);
    }

    /**
     * An allocation sample of the recorder starting: its weight is what the thread allocated before the recording
     * (reading the corpus, loading models), not work of the run.
     */
    private static boolean byRecorder(RecordedStackTrace stack) {
        return stack != null && stack.getFrames().stream().anyMatch(f -> f.getMethod() != null
                && f.getMethod().getType() != null && f.getMethod().getType().getName().startsWith("jdk.jfr."));
    }

    private static String stageOf(RecordedStackTrace stack) {
        return stack == null ? OTHER : classify(stack.getFrames());
    }
}
