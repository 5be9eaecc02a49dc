package org.dyad.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.eval.TestEvents.actor;
import static org.dyad.eval.TestEvents.event;
import static org.dyad.eval.TestEvents.source;
import static org.dyad.eval.TestEvents.spans;
import static org.dyad.eval.TestEvents.target;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dyad.event.Event;
import org.junit.jupiter.api.Test;

class SpanScoreTest {
    private static Event ev(String sourceText, String targetText) {
        return event(actor("XXX", sourceText, ""), "190",
            targetText.isEmpty() ? Optional.empty() : Optional.of(actor("YYY", targetText, "")));
    }

    private static Map<String, Ratio> score(GoldRecord r, Event... events) {
        return SpanScore.score(r, List.of(events), SpanMatcher.defaults());
    }

    @Test
    void oneEventWithBothSpansIsADyadEitherWayRound() {
        GoldRecord r = spans("s1", source("the army of Gondor"), target("Arnor 's riders"));
        assertThat(score(r, ev("Gondorian army", "Arnor")))
            .containsEntry(GoldMetrics.SOURCE_RECALL, new Ratio(1, 1))
            .containsEntry(GoldMetrics.DYAD_RECALL, new Ratio(1, 1))
            .containsEntry(GoldMetrics.ACTOR_PRECISION, new Ratio(1, 1));
        // the target doing it to the source: a dyad, though not the source found
        assertThat(score(r, ev("the riders", "the army")))
            .containsEntry(GoldMetrics.SOURCE_RECALL, new Ratio(0, 1))
            .containsEntry(GoldMetrics.DYAD_RECALL, new Ratio(1, 1))
            .containsEntry(GoldMetrics.ACTOR_PRECISION, new Ratio(1, 1));
    }

    @Test
    void twoEventsEachWithOneSpanAreNoDyad() {
        GoldRecord r = spans("s2", source("Gondor"), target("Arnor"));
        Map<String, Ratio> c = score(r, ev("Gondor", "Rohan"), ev("Mordor", "Arnor"), ev("Gondor", ""));
        assertThat(c).containsEntry(GoldMetrics.SOURCE_RECALL, new Ratio(1, 1))
            .containsEntry(GoldMetrics.DYAD_RECALL, new Ratio(0, 1))
            .containsEntry(GoldMetrics.ACTOR_PRECISION, new Ratio(2, 3));
    }

    @Test
    void sentencesWithoutSpansCountOnlyTheirEvents() {
        assertThat(score(spans("s3"), ev("Gondor", "Arnor"))).containsOnlyKeys(GoldMetrics.ACTOR_PRECISION)
            .containsEntry(GoldMetrics.ACTOR_PRECISION, new Ratio(0, 1));
        assertThat(score(spans("s4", source("Gondor")))).containsOnlyKeys(GoldMetrics.SOURCE_RECALL,
            GoldMetrics.ACTOR_PRECISION).containsEntry(GoldMetrics.ACTOR_PRECISION, new Ratio(0, 0));
    }
}
