package org.dyad.petrarch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.dyad.text.Sentence;
import org.junit.jupiter.api.Test;

/** {@link EventNesting}: which of a sentence's nested events stand. */
class EventNestingTest {
    private static CodedEvent event(String source, String target, String code, String rule) {
        return new CodedEvent(source, target, code, 0, source, target, "verb", 0, 1, rule, false, List.of());
    }

    private static List<String> triples(Sentence s, VerbResult... results) {
        return new EventNesting(s, MiddleEarth.words(s), List.of(results)).events().stream()
            .map(CodedEvent::triple).toList();
    }

    /** Gondor said Rohan attacked Mordor: "said" (1) with target Rohan (2), "attacked" (3) complete. */
    private static final Sentence REPORT = MiddleEarth.saidAttacked();
    private static final VerbResult ATTACKED = new VerbResult(3, List.of(event("ROH", "MOR", "190", "attack")),
        Set.of(4), true, true, false);

    @Test
    void aReportWhoseTargetIsTheSubjectOfTheCompleteEventItReportsGivesWay() {
        VerbResult said = new VerbResult(1, List.of(event("GON", "ROH", "010", "say")), Set.of(2), true, true, false);
        assertThat(triples(REPORT, said, ATTACKED)).containsExactly("ROH-MOR:190");
    }

    @Test
    void aVerbThatDoesNotReportKeepsItsPlaceAndItsComplementsEventsGo() {
        VerbResult threat = new VerbResult(1, List.of(event("GON", "ROH", "130", "threaten")), Set.of(2), true,
            false, false);
        assertThat(triples(REPORT, threat, ATTACKED)).containsExactly("GON-ROH:130");
    }

    @Test
    void anIncompleteInnerEventDoesNotStandForTheReport() {
        VerbResult said = new VerbResult(1, List.of(event("GON", "ROH", "010", "say")), Set.of(2), true, true, false);
        VerbResult attacked = new VerbResult(3, List.of(event("ROH", "---", "190", "attack")), Set.of(), false, true,
            false);
        assertThat(triples(REPORT, said, attacked)).containsExactly("GON-ROH:010");
    }

    @Test
    void aDemandTakesTheKindOfWhatIsDemanded() {
        Sentence s = MiddleEarth.saidMustWithdraw(); // Gondor said Rohan must withdraw .
        VerbResult demand = new VerbResult(1, List.of(event("GON", "ROH", "100", "say")), Set.of(2), true, false,
            true);
        VerbResult withdraw = new VerbResult(4, List.of(event("ROH", "---", "0874", "withdraw")), Set.of(), false,
            false, false);
        List<CodedEvent> events = new EventNesting(s, MiddleEarth.words(s), List.of(demand, withdraw)).events();
        assertThat(events).extracting(CodedEvent::triple).containsExactly("GON-ROH:106");
        assertThat(events.get(0).rule()).isEqualTo("say (withdraw)");
        assertThat(demand.events).extracting(CodedEvent::code).as("the verb result itself is not changed")
            .containsExactly("100");
    }

    @Test
    void coordinatedClausesDoNotNest() {
        Sentence s = MiddleEarth.coordinated(); // Gondor praised Arnor and Rohan attacked Mordor .
        VerbResult praised = new VerbResult(1, List.of(event("GON", "ARN", "051", "praise")), Set.of(2), true, true,
            false);
        VerbResult attacked = new VerbResult(5, List.of(event("ROH", "MOR", "190", "attack")), Set.of(6), true, true,
            false);
        assertThat(triples(s, praised, attacked)).containsExactly("GON-ARN:051", "ROH-MOR:190");
    }

    @Test
    void theSameTripleTwiceIsOneEvent() {
        Sentence s = MiddleEarth.coordinated();
        VerbResult praised = new VerbResult(1, List.of(event("GON", "ARN", "051", "one")), Set.of(2), true, true,
            false);
        VerbResult again = new VerbResult(5, List.of(event("GON", "ARN", "051", "two")), Set.of(6), true, true,
            false);
        assertThat(new EventNesting(s, MiddleEarth.words(s), List.of(praised, again)).events())
            .extracting(CodedEvent::rule).containsExactly("one");
    }
}
