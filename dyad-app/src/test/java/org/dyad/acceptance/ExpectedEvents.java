package org.dyad.acceptance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dyad.actor.Actor;
import org.dyad.event.Event;

/**
 * Reads an expected-events file (the seed's format: required, optional and tolerated events with
 * CAMEO code alternatives and actor codes) and matches coded events against it.
 */
final class ExpectedEvents {
    record Expected(String id, boolean required, boolean both, String source, String target, List<String> codes,
                    String date) {}

    record Tolerated(String source, String target, List<String> codes) {}

    final List<Expected> events = new ArrayList<>();
    final List<Tolerated> tolerated = new ArrayList<>();

    ExpectedEvents(JsonNode root) {
        for (JsonNode e : root.get("events")) {
            List<String> codes = new ArrayList<>();
            e.get("codes").forEach(c -> codes.add(c.asText()));
            events.add(new Expected(e.get("id").asText(), e.get("required").asBoolean(), e.path("both").asBoolean(),
                    e.get("source").asText(), e.path("target").asText(""), codes, e.path("date").asText("")));
        }
        for (JsonNode t : root.path("tolerated")) {
            List<String> codes = new ArrayList<>();
            t.get("codes").forEach(c -> codes.add(c.asText()));
            tolerated.add(new Tolerated(t.path("source").asText(""), t.path("target").asText(""), codes));
        }
    }

    List<Expected> required() {
        return events.stream().filter(Expected::required).toList();
    }

    /** Country and sectors both agree ("AZEGOVMIL" vs an actor AZE [GOV, MIL]). */
    static boolean sameActor(String expected, Actor actor) {
        return sameCountry(expected, actor) && sectors(expected).equals(new HashSet<>(actor.sectors()));
    }

    static boolean sameCountry(String expected, Actor actor) {
        return expected.substring(0, 3).equals(actor.country());
    }

    static Set<String> sectors(String code) {
        Set<String> out = new HashSet<>();
        for (int i = 3; i + 3 <= code.length(); i += 3) {
            out.add(code.substring(i, i + 3));
        }
        return out;
    }

    /** The event is this expected one: code, date, and actors (strictly: with sectors). */
    static boolean matches(Event e, Expected x, boolean strict) {
        if (!x.codes().contains(e.cameo().code()) || e.target().isEmpty()) {
            return false;
        }
        if (strict && !x.date().isEmpty() && !e.date().map(Object::toString).orElse("").equals(x.date())) {
            return false;
        }
        Actor s = e.source();
        Actor t = e.target().get();
        boolean forward = strict ? sameActor(x.source(), s) && sameActor(x.target(), t)
                : sameCountry(x.source(), s) && sameCountry(x.target(), t);
        boolean backward = strict ? sameActor(x.target(), s) && sameActor(x.source(), t)
                : sameCountry(x.target(), s) && sameCountry(x.source(), t);
        return forward || (x.both() && backward);
    }

    /** The event is listed: as a required or optional event (by country), or as tolerated. */
    boolean listed(Event e) {
        for (Expected x : events) {
            if (matches(e, x, false)) {
                return true;
            }
        }
        for (Tolerated t : tolerated) {
            boolean src = t.source().isEmpty() || sameCountry(t.source(), e.source());
            boolean tgt = t.target().isEmpty() || e.target().map(a -> sameCountry(t.target(), a)).orElse(false);
            if (src && tgt && t.codes().contains(e.cameo().code())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Assigns a distinct event to each expected one where possible (bipartite matching); returns, per
     * expected event, the index of its event or -1.
     */
    static int[] assign(List<Expected> expected, List<Event> events) {
        int[] owner = new int[events.size()];
        java.util.Arrays.fill(owner, -1);
        for (int x = 0; x < expected.size(); x++) {
            augment(x, expected, events, owner, new boolean[events.size()]);
        }
        int[] out = new int[expected.size()];
        java.util.Arrays.fill(out, -1);
        for (int e = 0; e < owner.length; e++) {
            if (owner[e] >= 0) {
                out[owner[e]] = e;
            }
        }
        return out;
    }

    private static boolean augment(int x, List<Expected> expected, List<Event> events, int[] owner, boolean[] seen) {
        for (int e = 0; e < events.size(); e++) {
            if (!seen[e] && matches(events.get(e), expected.get(x), true)) {
                seen[e] = true;
                if (owner[e] < 0 || augment(owner[e], expected, events, owner, seen)) {
                    owner[e] = x;
                    return true;
                }
            }
        }
        return false;
    }
}
