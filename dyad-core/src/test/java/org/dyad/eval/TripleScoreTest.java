package org.dyad.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.eval.TestEvents.event;
import static org.dyad.eval.TestEvents.gold;
import static org.dyad.eval.TestEvents.noevents;
import static org.dyad.eval.TestEvents.record;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TripleScoreTest {
    @Test
    void codedTriplesAreRightWhenAGoldEventAcceptsThem() {
        GoldRecord r = record("t1", gold("190", "ASSAULT", List.of("GON"), List.of("ARN", "ARNMIL"), false));
        Map<String, Ratio> c = TripleScore.score(r, List.of(event("GON", "190", "ARN"), event("GON", "190", "ARN"),
            event("GON", "1823", "ARN"), event("ARN", "190", "GON")));
        // three distinct triples, one right; the gold event is found
        assertThat(c).containsEntry(GoldMetrics.TRIPLE_PRECISION, new Ratio(1, 3))
            .containsEntry(GoldMetrics.TRIPLE_RECALL, new Ratio(1, 1))
            .containsEntry(GoldMetrics.TRIPLE_EXACT, new Ratio(0, 1));
    }

    @Test
    void aReciprocalGoldEventAcceptsEitherDirectionButNotAPartyOnItself() {
        GoldRecord.GoldEvent g = gold("057", "", List.of("GON", "ARN"), List.of(), true);
        assertThat(TripleScore.accepts(g, new TripleScore.Triple("ARN", "GON", "057"))).isTrue();
        assertThat(TripleScore.accepts(g, new TripleScore.Triple("GON", "ARN", "057"))).isTrue();
        assertThat(TripleScore.accepts(g, new TripleScore.Triple("GON", "GON", "057"))).isFalse();
        assertThat(TripleScore.accepts(g, new TripleScore.Triple("GON", "ARN", "051"))).isFalse();
        Map<String, Ratio> c = TripleScore.score(record("t2", g), List.of(event("ARN", "057", "GON")));
        assertThat(c.get(GoldMetrics.TRIPLE_EXACT)).isEqualTo(new Ratio(1, 1));
    }

    @Test
    void aOneSidedGoldEventWantsAnEventWithoutTarget() {
        GoldRecord.GoldEvent g = gold("173", "", List.of("GON"), List.of(), false);
        assertThat(TripleScore.accepts(g, new TripleScore.Triple("GON", "", "173"))).isTrue();
        assertThat(TripleScore.accepts(g, new TripleScore.Triple("GON", "ARN", "173"))).isFalse();
    }

    @Test
    void onlyRecordsWhoseGoldGivesCodesWithActorsAreScored() {
        assertThat(TripleScore.score(record("t3", gold("", "ASSAULT", List.of("GON"), List.of("ARN"), false)),
            List.of(event("GON", "190", "ARN")))).isEmpty();
        assertThat(TripleScore.score(record("t4", gold("190", "ASSAULT", List.of(), List.of("ARN"), false)),
            List.of())).isEmpty();
        // a noevents record: every coded triple is wrong, and none is exact
        assertThat(TripleScore.score(noevents("t5"), List.of(event("GON", "190", "ARN"))))
            .containsEntry(GoldMetrics.TRIPLE_PRECISION, new Ratio(0, 1))
            .containsEntry(GoldMetrics.TRIPLE_RECALL, new Ratio(0, 0))
            .containsEntry(GoldMetrics.TRIPLE_EXACT, new Ratio(0, 1));
        assertThat(TripleScore.score(noevents("t6"), List.of()).get(GoldMetrics.TRIPLE_EXACT)).isEqualTo(new Ratio(1, 1));
    }
}
