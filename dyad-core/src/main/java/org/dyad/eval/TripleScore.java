package org.dyad.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.event.Event;

/**
 * Scores a record's events as PETRARCH's validation does: as a set of (source country, target country, CAMEO
 * code) triples.
 *
 * <p>A record is scored when its gold gives a CAMEO code and source actors for every gold event (or it is a
 * {@code noevents} record, whose gold set is empty). Dyad's triples are the distinct triples of its events,
 * countries as {@link GoldMatch#country}; an event without a target has the empty target. A gold event accepts
 * the triples of each of its sources with each of its targets and its code; without targets, the empty target
 * (a one-sided event); when reciprocal, any two different parties of it, either way round. A coded triple is
 * right when some gold event of the record accepts it (triple precision); a gold event is found when some
 * coded triple is accepted by it (triple recall); the record matches exactly when every coded triple is right
 * and every gold event found.
 */
final class TripleScore {
    /** A coded (source country, target country, CAMEO code); the target is "" for a one-sided event. */
    record Triple(String source, String target, String code) {
    }

    private TripleScore() {
    }

    /** Whether the record's gold gives CAMEO codes with actors (or no events at all). */
    static boolean applies(GoldRecord r) {
        if (r.noevents()) {
            return r.events().isEmpty();
        }
        return !r.events().isEmpty()
            && r.events().stream().allMatch(g -> g.cameo().isPresent() && !g.sources().isEmpty());
    }

    static Set<Triple> coded(List<Event> events) {
        Set<Triple> out = new LinkedHashSet<>();
        for (Event e : events) {
            out.add(new Triple(GoldMatch.country(e.source()), e.target().map(GoldMatch::country).orElse(""),
                e.cameo().code()));
        }
        return out;
    }

    static boolean accepts(GoldRecord.GoldEvent g, Triple t) {
        if (g.cameo().isEmpty() || !g.cameo().get().equals(t.code())) {
            return false;
        }
        if (g.reciprocal()) {
            List<String> parties = new ArrayList<>(g.sources());
            parties.addAll(g.targets());
            return parties.contains(t.source()) && parties.contains(t.target()) && !t.source().equals(t.target());
        }
        if (g.targets().isEmpty()) {
            return g.sources().contains(t.source()) && t.target().isEmpty();
        }
        return g.sources().contains(t.source()) && g.targets().contains(t.target());
    }

    /** {@code triple_precision}, {@code triple_recall} and {@code triple_exact} of one record, or nothing. */
    static Map<String, Ratio> score(GoldRecord r, List<Event> events) {
        Map<String, Ratio> out = new LinkedHashMap<>();
        if (!applies(r)) {
            return out;
        }
        Set<Triple> coded = coded(events);
        long right = coded.stream().filter(t -> r.events().stream().anyMatch(g -> accepts(g, t))).count();
        long found = r.events().stream().filter(g -> coded.stream().anyMatch(t -> accepts(g, t))).count();
        out.put(GoldMetrics.TRIPLE_PRECISION, new Ratio(right, coded.size()));
        out.put(GoldMetrics.TRIPLE_RECALL, new Ratio(found, r.events().size()));
        out.put(GoldMetrics.TRIPLE_EXACT, Ratio.of(right == coded.size() && found == r.events().size()));
        return out;
    }
}
