package org.dyad.eval;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dyad.actor.Actor;
import org.dyad.event.Event;
import org.dyad.event.Evidence;
import org.dyad.event.Modality;
import org.dyad.ontology.Cameo;

/** Hand-built events and gold records for the scoring tests: no parser, no coder. */
final class TestEvents {
    private TestEvents() {
    }

    static Actor actor(String country, String text, String name) {
        return Actor.of(country, List.of(), text, name);
    }

    /** An event of {@code source} on {@code target} ("" for none), countries as actor codes. */
    static Event event(String source, String code, String target) {
        return event(actor(source, source, ""), code,
            target.isEmpty() ? Optional.empty() : Optional.of(actor(target, target, "")));
    }

    static Event event(Actor source, String code, Optional<Actor> target) {
        String text = source.text() + " acted.";
        return new Event("e-" + source.code() + "-" + code, "doc", 0, Optional.of(LocalDate.of(2020, 1, 1)), "day", source, target,
            Cameo.load().require(code), false, Modality.ASSERTED, Optional.empty(),
            new Evidence(text, 0, text.length(), "acted", 0, 0), "test");
    }

    static GoldRecord.GoldEvent gold(String cameo, String plover, List<String> sources, List<String> targets,
                                     boolean reciprocal) {
        return new GoldRecord.GoldEvent(cameo.isEmpty() ? Optional.empty() : Optional.of(cameo),
            plover.isEmpty() ? List.of() : List.of(plover.split("\\|")), sources, targets, reciprocal);
    }

    static GoldRecord record(String id, GoldRecord.GoldEvent... events) {
        return new GoldRecord(id, Optional.empty(), "text of " + id, List.of(events), false, Optional.empty(),
            List.of(), Half.of(id), 1);
    }

    static GoldRecord noevents(String id) {
        return new GoldRecord(id, Optional.empty(), "text of " + id, List.of(), true, Optional.empty(), List.of(),
            Half.of(id), 1);
    }

    static GoldRecord spans(String id, GoldRecord.ActorSpan... spans) {
        return new GoldRecord(id, Optional.empty(), "text of " + id, List.of(), false, Optional.empty(),
            List.of(spans), Half.of(id), 1);
    }

    static GoldRecord.ActorSpan source(String words) {
        return new GoldRecord.ActorSpan(GoldRecord.Role.SOURCE, List.of(words.split(" ")));
    }

    static GoldRecord.ActorSpan target(String words) {
        return new GoldRecord.ActorSpan(GoldRecord.Role.TARGET, List.of(words.split(" ")));
    }
}
