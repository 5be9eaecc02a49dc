package org.dyad.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dyad.actor.Actor;
import org.dyad.event.Event;
import org.dyad.event.Evidence;
import org.dyad.event.Modality;
import org.dyad.ontology.Cameo;
import org.junit.jupiter.api.Test;

class EventDatesTest {
    private static Event event(String precision) {
        Actor a = new Actor("IRN", "IRN", List.of(), "Iran", "");
        return new Event("e", "d", 0, LocalDate.of(2030, 1, 1), precision, a, Optional.empty(),
                Cameo.load().require("051"), false, Modality.ASSERTED, Optional.empty(),
                new Evidence("Iran praised.", 0, 13, "praised", 5, 12), "r");
    }

    @Test
    void precisionNoneMeansNoDateWhateverTheDateFieldHolds() {
        assertThat(EventDates.of(event("none"))).isEmpty();
        assertThat(EventDates.text(event("none"))).isEmpty();
        assertThat(EventDates.of(event("day"))).contains(LocalDate.of(2030, 1, 1));
        assertThat(EventDates.text(event("month"))).isEqualTo("2030-01-01");
    }

    @Test
    void writersWriteNoDateForAnUndatedEvent() {
        java.io.StringWriter json = new java.io.StringWriter();
        try (EventWriter w = EventWriters.create("jsonl", json)) {
            w.write(event("none"));
        }
        assertThat(json.toString()).contains("\"date\":null").contains("\"date_precision\":\"none\"")
                .doesNotContain("2030");
        java.io.StringWriter csv = new java.io.StringWriter();
        try (EventWriter w = EventWriters.create("csv", csv)) {
            w.write(event("none"));
        }
        assertThat(csv.toString()).doesNotContain("2030").contains("e,d,0,,");
        java.io.StringWriter table = new java.io.StringWriter();
        try (EventWriter w = EventWriters.create("table", table)) {
            w.write(event("none"));
        }
        assertThat(table.toString()).contains("undated").doesNotContain("2030");
    }
}
