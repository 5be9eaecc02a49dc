package org.dyad.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dyad.eval.GoldEvaluation;
import org.dyad.eval.GoldMetrics;
import org.dyad.eval.GoldSet;
import org.dyad.eval.Ratio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `dyad eval gold` scoring on small gold files of our own, through the default pipeline. */
class GoldEvaluationTest {
    @TempDir
    Path dir;

    private List<GoldEvaluation.RecordScore> run(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        GoldSet gold = GoldSet.read(file);
        assertThat(gold.problems()).isEmpty();
        return new GoldEvaluation(TestPipeline.dyad().parser(), TestPipeline.dyad().pipeline(), false).run(gold, s -> { });
    }

    @Test
    void jsonlRecordsAreScoredByCodeRootTypeAndCountries() throws IOException {
        List<GoldEvaluation.RecordScore> scores = run("gold.jsonl", """
                {"id": "a", "date": "2010-06-15", "text": "Iran attacked Iraq on Monday.", "events": [{"cameo": "190", "plover": "ASSAULT", "source": [{"code": "IRN"}], "target": [{"code": "IRQ"}]}]}
                {"id": "b", "date": "2010-06-15", "text": "Iran praised Iraq on Monday.", "events": [{"cameo": "111", "plover": "ACCUSE", "source": [{"code": "IRN"}], "target": [{"code": "IRQ"}]}]}
                {"id": "c", "date": "2010-06-15", "text": "Manchester United beat Chelsea 2-1 in the Premier League.", "noevents": true}
                """);
        GoldEvaluation.Totals t = GoldEvaluation.totals(scores);
        assertThat(t.records()).isEqualTo(3);
        assertThat(t.metrics().get("cameo")).containsExactly(1, 2);
        assertThat(t.metrics().get("plover")).containsExactly(1, 2);
        assertThat(t.metrics().get("plover+source+target")).containsExactly(1, 2);
        assertThat(t.exact()).isEqualTo(2); // a, and the noevents record c that yields nothing
        assertThat(t.noeventRecords()).isEqualTo(1);
        assertThat(t.falsePositiveRecords()).isZero();
        Map<String, Ratio> sums = GoldMetrics.sum(scores);
        // a, b: one event each, both from Iran; b's is SUPPORT where the gold says ACCUSE
        assertThat(sums).containsEntry(GoldMetrics.EVENTS, new Ratio(2, 3))
            .containsEntry(GoldMetrics.EVENT_PRECISION, new Ratio(1, 2))
            .containsEntry(GoldMetrics.TRIPLE_PRECISION, new Ratio(1, 2))
            .containsEntry(GoldMetrics.TRIPLE_RECALL, new Ratio(1, 2))
            .containsEntry(GoldMetrics.NOEVENTS_WITH_EVENTS, new Ratio(0, 1));
    }

    @Test
    void aConllSentenceIsDetokenisedCodedAndScoredBySpans() throws IOException {
        List<GoldEvaluation.RecordScore> scores = run("spans.conll", """
                The O
                Iranian B-S
                army I-S
                attacked O
                Iraq B-T
                ’ O
                s O
                border O
                posts O
                . O
                """);
        assertThat(scores).singleElement().satisfies(s -> {
            assertThat(s.record().text()).isEqualTo("The Iranian army attacked Iraq’s border posts.");
            assertThat(s.events()).isNotEmpty();
            assertThat(s.counts()).containsEntry(GoldMetrics.SOURCE_RECALL, new Ratio(1, 1));
        });
    }

    @Test
    void aPentaClassSentenceIsScoredByItsMainEvent() throws IOException {
        List<GoldEvaluation.RecordScore> scores = run("gold.tsv", """
                The Taliban claimed that they had attacked the army base near Kandahar.\t0
                Russia said on Monday its forces attacked Ukrainian positions near Bakhmut.\t4
                Germany sent humanitarian aid to Yemen on Tuesday.\t2
                """);
        // a claim of responsibility (015) is the sentence's event; a plain "said" (010) gives way to what it reports
        assertThat(scores).extracting(s -> s.mainClass().orElse(-1)).containsExactly(0, 4, 2);
        assertThat(GoldEvaluation.totals(scores).classRight()).isEqualTo(3);
    }
}
