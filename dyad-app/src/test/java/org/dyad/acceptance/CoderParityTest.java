package org.dyad.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dyad.Dyad;
import org.dyad.event.Event;
import org.dyad.event.Location;
import org.junit.jupiter.api.Test;

/**
 * Issue 12: every coder goes through the same pipeline after its triggers, so {@code --coder dyad} and
 * {@code --coder petrarch} events carry the places, intent codes, dates and confidence the default's carry.
 */
class CoderParityTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2022, 1, 26);
    private static final String TEXT = "Iran will meet Azerbaijan in Baku next week.\n\n"
            + "Iranian troops attacked Azerbaijani soldiers in Baku on Monday.";

    @Test
    void lexiconAndPetrarchCodersGetPlacesIntentDatesAndConfidence() {
        for (Dyad.Coder coder : List.of(Dyad.Coder.LEXICON, Dyad.Coder.PETRARCH, Dyad.Coder.COMBINED)) {
            Dyad dyad = coder == Dyad.Coder.COMBINED ? TestPipeline.dyad()
                    : Dyad.builder().coder(coder).threads(1).build();
            List<Event> events = dyad.code(TEXT, PUBLISHED);

            Event meeting = only(events, 0, coder);
            // announced, not done: CAMEO's intent to meet (036), not a meeting (040)
            assertThat(meeting.cameo().code()).as(coder + " " + meeting.rule()).isEqualTo("036");
            assertThat(meeting.location().map(Location::text)).as(coder.name()).contains("Baku");
            assertThat(meeting.location().map(Location::country)).as(coder.name()).contains("AZE");

            Event attack = only(events, 1, coder);
            assertThat(attack.cameo().root()).as(coder.name()).isEqualTo("19");
            assertThat(attack.date()).as(coder + ": the Monday before publication")
                    .contains(LocalDate.of(2022, 1, 24));
            assertThat(attack.location().map(Location::text)).as(coder.name()).contains("Baku");
            for (Event e : events) {
                assertThat(e.confidence()).as(coder.name()).isBetween(0.0, 1.0).isPositive();
            }
        }
    }

    private static Event only(List<Event> events, int sentence, Dyad.Coder coder) {
        List<Event> in = events.stream().filter(e -> e.sentence() == sentence).toList();
        assertThat(in).as(coder + ": events of sentence " + sentence).hasSize(1);
        return in.get(0);
    }
}
