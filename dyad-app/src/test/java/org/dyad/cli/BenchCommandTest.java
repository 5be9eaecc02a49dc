package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dyad bench} on the examples: throughput, heap from the collector, and the per-stage profile. */
class BenchCommandTest {
    private static final String EXAMPLES = Path.of("..", "examples").toString();

    @Test
    void aProfiledRunReportsEveryStageAndTheRecordingReadsAgain(@TempDir Path dir) throws Exception {
        Path jfr = dir.resolve("bench.jfr");
        CodeCommandTest.Run r = CodeCommandTest.run("bench", EXAMPLES, "--passes", "3", "--threads", "1",
                "--profile", jfr.toString(), "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode result = new ObjectMapper().readTree(r.out().strip());
        assertThat(result.get("articles").asInt()).isEqualTo(3);
        JsonNode passes = result.get("passes");
        assertThat(passes).hasSize(3);
        for (JsonNode p : passes) {
            assertThat(p.get("events").asLong()).isEqualTo(passes.get(0).get("events").asLong()).isPositive();
            assertThat(p.get("failures").asLong()).isZero();
            assertThat(p.get("cpu_ms_per_sentence").asDouble()).isPositive();
            assertThat(p.get("sentences_parsed").asLong()).isPositive().isLessThanOrEqualTo(p.get("sentences").asLong());
        }
        assertThat(result.get("triage").asBoolean()).isTrue();
        // the heap at one instant, from the collector: before a collection at least what is left after one
        assertThat(result.get("peak_heap_mb").asLong()).isGreaterThanOrEqualTo(result.get("peak_heap_after_gc_mb").asLong());
        assertThat(Files.size(jfr)).isPositive();

        JsonNode profile = result.get("profile");
        List<String> stages = new ArrayList<>();
        long samples = 0;
        double share = 0;
        for (JsonNode s : profile.get("stages")) {
            stages.add(s.get("stage").asText());
            samples += s.get("samples").asLong();
            share += s.get("cpu_share").asDouble();
        }
        assertThat(stages).contains("tokenize+ssplit", "pos", "ner", "depparse", "actors", "triggers.lexicon",
                "triggers.petrarch", "places", "writing", "other Dyad", "JVM, other");
        assertThat(samples).isPositive();
        assertThat(share).isCloseTo(1.0, org.assertj.core.data.Offset.offset(0.01));
        long parser = 0;
        for (JsonNode s : profile.get("stages")) {
            if (s.get("stage").asText().equals("depparse") || s.get("stage").asText().equals("pos")) {
                parser += s.get("samples").asLong();
            }
        }
        assertThat(parser).as("CoreNLP's tagger and parser show in the samples").isPositive();

        CodeCommandTest.Run again = CodeCommandTest.run("bench", "profile", jfr.toString(), "--format", "json");
        assertThat(again.exit()).as(again.err()).isZero();
        JsonNode reread = new ObjectMapper().readTree(again.out().strip());
        assertThat(reread.get("stages")).isEqualTo(profile.get("stages"));

        CodeCommandTest.Run text = CodeCommandTest.run("bench", "profile", jfr.toString());
        assertThat(text.out()).contains("depparse").contains("Dyad's own stages");
    }

    @Test
    void aFileThatIsNoRecordingIsAnInputError(@TempDir Path dir) throws Exception {
        Path notJfr = Files.writeString(dir.resolve("x.jfr"), "not a recording");
        CodeCommandTest.Run r = CodeCommandTest.run("bench", "profile", notJfr.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.INPUT_ERRORS);
        assertThat(r.err()).contains("x.jfr");
        assertThat(CodeCommandTest.run("bench", "profile", dir.resolve("missing.jfr").toString()).exit())
                .isEqualTo(ExitCodes.USAGE);
    }
}
