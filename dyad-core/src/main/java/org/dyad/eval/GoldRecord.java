package org.dyad.eval;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A record of a gold set: a text and what a careful coder extracted from it (the format of
 * ../shared/dev/README.md and DESIGN.md's "Gold JSONL"), or, for a PentaClass file, the class of its main
 * event.
 *
 * @param id        record id
 * @param date      the text's date, when given
 * @param text      the text
 * @param events    gold events
 * @param noevents  the text must yield no event
 * @param pentaClass the class of the main event (0 statement/appeal, 1 verbal cooperation, 2 material
 *                   cooperation, 3 verbal conflict, 4 material conflict), for PentaClass files
 * @param line      1-based line in the file
 */
public record GoldRecord(String id, Optional<LocalDate> date, String text, List<GoldEvent> events, boolean noevents,
                         Optional<Integer> pentaClass, int line) {
    public GoldRecord {
        events = List.copyOf(events);
    }

    /**
     * A gold event.
     *
     * @param cameo      CAMEO code, when given
     * @param plover     acceptable PLOVER types (the file's {@code A|B})
     * @param sources    acceptable source countries (three letters; "" for none)
     * @param targets    acceptable target countries
     * @param reciprocal the actors did it to each other: either direction counts
     */
    public record GoldEvent(Optional<String> cameo, List<String> plover, List<String> sources, List<String> targets,
                            boolean reciprocal) {
        public GoldEvent {
            plover = List.copyOf(plover);
            sources = List.copyOf(sources);
            targets = List.copyOf(targets);
        }
    }
}
