package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dyad.eval.Half;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dyad eval gold} in-process, with the real pipeline, on small gold files of our own. */
class EvalGoldCommandTest {
    /**
     * Four records: gold-1 and gold-4 fall in the tune half, gold-2 and gold-3 in the check half (SHA-256, checked
     * below). gold-1 and gold-2 are right; gold-3 and gold-4 are praise the gold calls an accusation, so they fail.
     */
    static final String GOLD = """
        {"id": "gold-1", "date": "2010-06-15", "text": "Iran attacked Iraq on Monday.", "events": [{"cameo": "190", "plover": "ASSAULT", "source": [{"code": "IRN"}], "target": [{"code": "IRQ"}]}]}
        {"id": "gold-2", "date": "2010-06-15", "text": "Pakistan attacked India on Monday.", "events": [{"cameo": "190", "plover": "ASSAULT", "source": [{"code": "PAK"}], "target": [{"code": "IND"}]}]}
        {"id": "gold-3", "date": "2010-06-15", "text": "Chile praised Peru on Monday.", "events": [{"cameo": "111", "plover": "ACCUSE", "source": [{"code": "CHL"}], "target": [{"code": "PER"}]}]}
        {"id": "gold-4", "date": "2010-06-15", "text": "Egypt praised Sudan on Monday.", "events": [{"cameo": "111", "plover": "ACCUSE", "source": [{"code": "EGY"}], "target": [{"code": "SDN"}]}]}
        """;

    private static Path gold(Path dir) throws IOException {
        assertThat(List.of("gold-1", "gold-2", "gold-3", "gold-4")).extracting(Half::of)
            .containsExactly(Half.TUNE, Half.CHECK, Half.CHECK, Half.TUNE);
        Path file = dir.resolve("gold.jsonl");
        Files.writeString(file, GOLD);
        return file;
    }

    @Test
    void textGivesEveryFigureForTuneCheckAndAll(@TempDir Path dir) throws IOException {
        EvalCommandTest.Run r = EvalCommandTest.run("eval", "gold", gold(dir).toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("gold.jsonl: 4 records (tune 2, check 2), coder combined");
        String header = r.out().lines().skip(1).findFirst().orElseThrow();
        assertThat(header.split("\\s+")).containsExactly("figure", "tune", "check", "all");
        String precision = r.out().lines().filter(l -> l.startsWith("event precision")).findFirst().orElseThrow();
        assertThat(precision).contains("(1/2)").contains("(2/4)");
        assertThat(r.out()).contains("dyad recall: type + source + target").contains("triple F1")
            .contains("noevents records with events");
    }

    @Test
    void jsonGivesEveryMetricPerHalf(@TempDir Path dir) throws IOException {
        EvalCommandTest.Run r = EvalCommandTest.run("eval", "gold", gold(dir).toString(), "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("format").asText()).isEqualTo("jsonl");
        assertThat(j.get("half").asText()).isEqualTo("all");
        assertThat(j.get("halves").fieldNames()).toIterable().containsExactly("tune", "check", "all");
        JsonNode all = j.at("/halves/all");
        assertThat(all.get("records").asInt()).isEqualTo(4);
        assertThat(all.at("/metrics/event_precision/num").asInt()).isEqualTo(2);
        assertThat(all.at("/metrics/event_precision/den").asInt()).isEqualTo(4);
        assertThat(all.at("/metrics/event_precision/value").asDouble()).isEqualTo(0.5);
        assertThat(all.at("/metrics/plover+source+target/value").asDouble()).isEqualTo(0.5);
        assertThat(all.at("/metrics/noevents_with_events/value").isNull()).isTrue();
        assertThat(all.at("/metrics/triple_f1").has("value")).isTrue();
        assertThat(j.at("/halves/tune/metrics/exact/num").asInt() + j.at("/halves/check/metrics/exact/num").asInt())
            .isEqualTo(all.at("/metrics/exact/num").asInt());
    }

    @Test
    void halfRestrictsTheRunAndVerboseShowsOnlyTuneRecords(@TempDir Path dir) throws IOException {
        Path file = gold(dir);
        EvalCommandTest.Run check = EvalCommandTest.run("eval", "gold", file.toString(), "--half", "check", "-v",
            "--format", "json");
        assertThat(check.exit()).as(check.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(check.out());
        assertThat(j.get("half").asText()).isEqualTo("check");
        assertThat(j.get("halves").fieldNames()).toIterable().containsExactly("check");
        assertThat(j.at("/halves/check/records").asInt()).isEqualTo(2);
        assertThat(check.err()).contains("-v shows records of the tune half only").doesNotContain("MISS");

        EvalCommandTest.Run all = EvalCommandTest.run("eval", "gold", file.toString(), "-v");
        List<String> misses = all.out().lines().filter(l -> l.startsWith("MISS")).toList();
        assertThat(misses).singleElement().asString().startsWith("MISS gold-4 | Egypt praised Sudan");
    }

    @Test
    void outWritesEachRecordsHalfAndCounts(@TempDir Path dir) throws IOException {
        Path results = dir.resolve("r.jsonl");
        EvalCommandTest.Run r = EvalCommandTest.run("eval", "gold", gold(dir).toString(), "--out", results.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        List<String> lines = Files.readAllLines(results);
        JsonNode first = new ObjectMapper().readTree(lines.get(0));
        assertThat(first.get("half").asText()).isEqualTo("tune");
        assertThat(first.at("/counts/event_precision/1").asInt()).isEqualTo(first.get("events").size());
        assertThat(first.at("/hits/plover").asText()).isEqualTo("1/1");
        assertThat(first.get("failed").asBoolean()).isFalse();
    }

    @Test
    void aConllSpanFileIsScoredBySpans(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("spans.txt");
        Files.writeString(file, """
            Iranian B-S
            forces I-S
            attacked O
            Iraq B-T
            on O
            Monday O
            . O

            Chile B-S
            praised O
            Peru B-T
            ’ O
            s O
            president O
            . O
            """);
        EvalCommandTest.Run r = EvalCommandTest.run("eval", "gold", file.toString(), "--format", "json", "--half", "all");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode all = new ObjectMapper().readTree(r.out()).at("/halves/all");
        assertThat(all.get("records").asInt()).isEqualTo(2);
        assertThat(all.at("/metrics/source_recall/den").asInt()).isEqualTo(2);
        assertThat(all.at("/metrics/dyad_recall/den").asInt()).isEqualTo(2);
        assertThat(all.at("/metrics/actor_precision/den").asInt()).isEqualTo(all.at("/metrics/events_per_record/num").asInt());
        assertThat(all.at("/metrics/source_recall/num").asInt()).isPositive();
    }

    @Test
    void curveTablesPrecisionAndRecallByMinimumConfidenceAndDrawsThem(@TempDir Path dir) throws IOException {
        Path png = dir.resolve("curve.png");
        EvalCommandTest.Run r = EvalCommandTest.run("eval", "gold", gold(dir).toString(), "--curve", png.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("by confidence (plover+source, event_precision)");
        java.util.List<String> rows = r.out().lines().dropWhile(l -> !l.startsWith("min conf.")).skip(1)
                .limit(ConfidenceCurve.THRESHOLDS.length).toList();
        assertThat(rows).hasSize(ConfidenceCurve.THRESHOLDS.length);
        assertThat(rows.get(0)).startsWith("0.00");
        // at 0.9 no event of this small file is that sure: no precision, not a precision of 0
        assertThat(rows.get(rows.size() - 1)).startsWith("0.90").contains(" / - / 0.00");
        java.awt.image.BufferedImage img = javax.imageio.ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isGreaterThan(400);
    }

    @Test
    void unknownHalfOrFormatIsAUsageError(@TempDir Path dir) throws IOException {
        Path file = gold(dir);
        EvalCommandTest.Run half = EvalCommandTest.run("eval", "gold", file.toString(), "--half", "dev");
        assertThat(half.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(half.err()).contains("unknown half 'dev'");
        EvalCommandTest.Run format = EvalCommandTest.run("eval", "gold", file.toString(), "--format", "xml");
        assertThat(format.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(format.err()).contains("unknown format 'xml'");
    }
}
