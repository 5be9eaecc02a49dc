package org.dyad.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.dyad.eval.TestEvents.noevents;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GoldMetricsTest {
    private static GoldEvaluation.RecordScore score(Map<String, Ratio> counts) {
        return new GoldEvaluation.RecordScore(noevents("m"), List.of(), counts, false, Optional.empty(),
            Optional.empty());
    }

    @Test
    void everyFormatReportsEventsPerRecordFirst() {
        for (GoldSet.Format f : GoldSet.Format.values()) {
            assertThat(GoldMetrics.of(f)).extracting(GoldMetrics.Metric::key)
                .startsWith(GoldMetrics.EVENTS, GoldMetrics.MULTI_EVENT);
        }
        assertThat(GoldMetrics.of(GoldSet.Format.PENTACLASS)).extracting(GoldMetrics.Metric::key)
            .contains(GoldMetrics.MAIN_CLASS).doesNotContain(GoldMetrics.EVENT_PRECISION);
        assertThat(GoldMetrics.of(GoldSet.Format.SPANS)).extracting(GoldMetrics.Metric::key)
            .contains(GoldMetrics.SOURCE_RECALL, GoldMetrics.DYAD_RECALL, GoldMetrics.ACTOR_PRECISION);
        assertThat(GoldMetrics.of(GoldSet.Format.JSONL)).extracting(GoldMetrics.Metric::key)
            .contains(GoldMetrics.EVENT_PRECISION, GoldMetrics.PLOVER_SOURCE_TARGET, GoldMetrics.TRIPLE_F1,
                GoldMetrics.NOEVENTS_WITH_EVENTS);
    }

    @Test
    void countsAddUpAndF1IsMadeOfTriplePrecisionAndRecall() {
        Map<String, Ratio> t = GoldMetrics.sum(List.of(
            score(Map.of(GoldMetrics.EVENTS, new Ratio(3, 1), GoldMetrics.TRIPLE_PRECISION, new Ratio(1, 3),
                GoldMetrics.TRIPLE_RECALL, new Ratio(1, 1))),
            score(Map.of(GoldMetrics.EVENTS, new Ratio(0, 1), GoldMetrics.TRIPLE_RECALL, new Ratio(0, 1)))));
        assertThat(t).containsEntry(GoldMetrics.EVENTS, new Ratio(3, 2))
            .containsEntry(GoldMetrics.TRIPLE_PRECISION, new Ratio(1, 3))
            .containsEntry(GoldMetrics.TRIPLE_RECALL, new Ratio(1, 2));
        assertThat(GoldMetrics.value(t, GoldMetrics.require(GoldMetrics.EVENTS))).contains(1.5);
        // P = 1/3, R = 1/2: F1 = 2PR / (P + R) = 0.4
        assertThat(GoldMetrics.value(t, GoldMetrics.require(GoldMetrics.TRIPLE_F1)).orElseThrow())
            .isCloseTo(0.4, within(1e-9));
        assertThat(GoldMetrics.value(t, GoldMetrics.require(GoldMetrics.MAIN_CLASS))).isEmpty();
    }

    @Test
    void aRecordFailsAHighFigureBelowFullAndALowFigureAboveZero() {
        assertThat(GoldMetrics.fails(Map.of(GoldMetrics.EVENTS, new Ratio(4, 1), GoldMetrics.MULTI_EVENT,
            new Ratio(1, 1), GoldMetrics.EVENT_PRECISION, new Ratio(4, 4)))).isFalse();
        assertThat(GoldMetrics.fails(Map.of(GoldMetrics.EVENT_PRECISION, new Ratio(3, 4)))).isTrue();
        assertThat(GoldMetrics.fails(Map.of(GoldMetrics.NOEVENTS_WITH_EVENTS, new Ratio(1, 1)))).isTrue();
        assertThat(GoldMetrics.fails(Map.of(GoldMetrics.NOEVENTS_WITH_EVENTS, new Ratio(0, 1)))).isFalse();
    }
}
