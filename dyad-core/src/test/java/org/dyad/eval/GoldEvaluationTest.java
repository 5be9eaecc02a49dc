package org.dyad.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.eval.TestEvents.actor;
import static org.dyad.eval.TestEvents.event;
import static org.dyad.eval.TestEvents.gold;
import static org.dyad.eval.TestEvents.noevents;
import static org.dyad.eval.TestEvents.record;
import static org.dyad.eval.TestEvents.source;
import static org.dyad.eval.TestEvents.spans;
import static org.dyad.eval.TestEvents.target;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dyad.article.Article;
import org.dyad.event.Event;
import org.dyad.event.Evidence;
import org.dyad.event.Modality;
import org.dyad.ontology.Cameo;
import org.dyad.text.ParsedDocument;
import org.dyad.text.Sentence;
import org.dyad.text.SentenceBuilder;
import org.junit.jupiter.api.Test;

/** Scoring of hand-built events against hand-built gold records (the CLI's end-to-end test is in dyad-app). */
class GoldEvaluationTest {
    private static final ParsedDocument NO_PARSE = new ParsedDocument(Article.of("d", "", null), List.of());

    private static GoldEvaluation.RecordScore jsonl(GoldRecord r, Event... events) {
        return GoldEvaluation.score(GoldSet.Format.JSONL, r, NO_PARSE, List.of(events));
    }

    @Test
    void eventPrecisionWantsTheTypeOrCodeAndTheSourceOfSomeGoldEvent() {
        GoldRecord r = record("p1", gold("190", "ASSAULT", List.of("GON"), List.of("ARN"), false));
        GoldEvaluation.RecordScore s = jsonl(r, event("GON", "190", "ARN"), event("GON", "1823", ""),
            event("GON", "111", "ARN"), event("ROH", "190", "ARN"));
        // 190 and 1823 are ASSAULT from GON; 111 is ACCUSE; ROH is not the source
        assertThat(s.counts()).containsEntry(GoldMetrics.EVENTS, new Ratio(4, 1))
            .containsEntry(GoldMetrics.MULTI_EVENT, new Ratio(1, 1))
            .containsEntry(GoldMetrics.EVENT_PRECISION, new Ratio(2, 4))
            .containsEntry(GoldMetrics.PLOVER_SOURCE_TARGET, new Ratio(1, 1))
            .containsEntry(GoldMetrics.TRIPLE_PRECISION, new Ratio(1, 4))
            .containsEntry(GoldMetrics.EXACT, new Ratio(0, 1));
        assertThat(s.exact()).isFalse();
        assertThat(s.failed()).isTrue();
    }

    @Test
    void aCameoCodeMakesAnEventPreciseWithoutAPloverType() {
        GoldRecord r = record("p2", gold("0311", "", List.of("GON"), List.of("ARN"), false));
        assertThat(jsonl(r, event("GON", "0311", "ARN")).counts())
            .containsEntry(GoldMetrics.EVENT_PRECISION, new Ratio(1, 1))
            .containsEntry(GoldMetrics.CAMEO, new Ratio(1, 1))
            .containsEntry(GoldMetrics.CAMEO_ROOT, new Ratio(1, 1))
            .doesNotContainKey(GoldMetrics.PLOVER);
    }

    @Test
    void dyadRecallOfAReciprocalEventTakesEitherDirection() {
        GoldRecord r = record("p3", gold("057", "SUPPORT", List.of("GON", "ARN"), List.of(), true));
        GoldEvaluation.RecordScore s = jsonl(r, event("ARN", "057", "GON"));
        assertThat(s.counts()).containsEntry(GoldMetrics.PLOVER_SOURCE, new Ratio(1, 1))
            .containsEntry(GoldMetrics.PLOVER_SOURCE_TARGET, new Ratio(1, 1))
            .containsEntry(GoldMetrics.TRIPLE_EXACT, new Ratio(1, 1))
            .containsEntry(GoldMetrics.EXACT, new Ratio(1, 1));
        assertThat(s.failed()).isFalse();
        assertThat(jsonl(r, event("ARN", "057", "ROH")).counts())
            .containsEntry(GoldMetrics.PLOVER_SOURCE_TARGET, new Ratio(0, 1));
    }

    @Test
    void aNoeventsRecordWithAnEventIsAFalsePositive() {
        GoldEvaluation.RecordScore hit = jsonl(noevents("n1"), event("GON", "190", "ARN"));
        assertThat(hit.counts()).containsEntry(GoldMetrics.NOEVENTS_WITH_EVENTS, new Ratio(1, 1))
            .containsEntry(GoldMetrics.EVENT_PRECISION, new Ratio(0, 1))
            .containsEntry(GoldMetrics.EXACT, new Ratio(0, 1));
        GoldEvaluation.RecordScore quiet = jsonl(noevents("n2"));
        assertThat(quiet.counts()).containsEntry(GoldMetrics.NOEVENTS_WITH_EVENTS, new Ratio(0, 1))
            .containsEntry(GoldMetrics.EVENT_PRECISION, new Ratio(0, 0))
            .containsEntry(GoldMetrics.EXACT, new Ratio(1, 1));
        assertThat(quiet.failed()).isFalse();
        GoldEvaluation.Totals t = GoldEvaluation.totals(List.of(hit, quiet));
        assertThat(t.noeventRecords()).isEqualTo(2);
        assertThat(t.falsePositiveRecords()).isEqualTo(1);
        assertThat(t.exact()).isEqualTo(1);
    }

    @Test
    void spanRecordsAreScoredBySpans() {
        GoldRecord r = spans("c1", source("Gondor 's king"), target("Arnor"));
        GoldEvaluation.RecordScore s = GoldEvaluation.score(GoldSet.Format.SPANS, r, NO_PARSE,
            List.of(event(actor("GON", "the king", "Elessar"), "051", Optional.of(actor("ARN", "Arnor", "")))));
        assertThat(s.counts()).containsOnlyKeys(GoldMetrics.EVENTS, GoldMetrics.MULTI_EVENT,
            GoldMetrics.SOURCE_RECALL, GoldMetrics.DYAD_RECALL, GoldMetrics.ACTOR_PRECISION);
        assertThat(s.exact()).isTrue();
    }

    @Test
    void aPentaClassRecordIsScoredByTheEventHighestInTheTree() {
        // "Gondor said Rohan attacked Arnor.": the statement (010) gives way to the attack it reports
        Sentence sent = new SentenceBuilder("Gondor said Rohan attacked Arnor.")
            .country("Gondor").t("said", "say", "VBD").country("Rohan").t("attacked", "attack", "VBD")
            .country("Arnor").t(".", ".", ".")
            .root(1).d(1, 0, "nsubj").d(1, 3, "ccomp").d(3, 2, "nsubj").d(3, 4, "obj").d(1, 5, "punct").build();
        ParsedDocument doc = new ParsedDocument(Article.of("d", sent.text(), null), List.of(sent));
        Event said = at(sent, "GON", "010", "", "said");
        Event attacked = at(sent, "ROH", "190", "ARN", "attacked");
        GoldRecord r = new GoldRecord("line-1", Optional.empty(), sent.text(), List.of(), false, Optional.of(4),
            List.of(), Half.ofText(sent.text()), 1);
        GoldEvaluation.RecordScore s = GoldEvaluation.score(GoldSet.Format.PENTACLASS, r, doc, List.of(said, attacked));
        assertThat(s.mainClass()).contains(4);
        assertThat(s.counts()).containsEntry(GoldMetrics.MAIN_CLASS, new Ratio(1, 1))
            .containsEntry(GoldMetrics.EVENTS, new Ratio(2, 1));
        assertThat(GoldEvaluation.score(GoldSet.Format.PENTACLASS, r, doc, List.of(said)).mainClass()).contains(0);
    }

    private static Event at(Sentence s, String source, String code, String target, String trigger) {
        int start = s.text().indexOf(trigger);
        return new Event("e", "d", 0, Optional.of(LocalDate.of(2020, 1, 1)), "day", actor(source, source, ""),
            target.isEmpty() ? Optional.empty() : Optional.of(actor(target, target, "")), Cameo.load().require(code),
            false, Modality.ASSERTED, Optional.empty(),
            new Evidence(s.text(), 0, s.text().length(), trigger, start, start + trigger.length()), "test");
    }

    @Test
    void pentaClassesFollowConfliBert() {
        assertThat(List.of("01", "02", "03", "05", "06", "08", "09", "13", "16", "14", "15", "17", "20"))
            .extracting(c -> GoldEvaluation.pentaClass(c).orElse(-1))
            .containsExactly(0, 0, 1, 1, 2, 2, 3, 3, 3, 4, 4, 4, 4);
        assertThat(GoldEvaluation.pentaClass("xx")).isEmpty();
    }
}
