package org.dyad.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dyad.actor.Actor;
import org.dyad.event.Event;

/**
 * How a coded event is compared with a gold event: by type (PLOVER type, CAMEO code or root) and by the
 * country part of its actors, the comparison of ../shared/dev/README.md.
 */
final class GoldMatch {
    private GoldMatch() {
    }

    static String root(String cameo) {
        return cameo.length() >= 2 ? cameo.substring(0, 2) : cameo;
    }

    /** The PLOVER type is one of the gold's alternatives; without a gold PLOVER type, the CAMEO root is the gold's. */
    static boolean typeMatches(Event e, GoldRecord.GoldEvent g) {
        if (g.plover().isEmpty()) {
            return g.cameo().map(c -> e.cameo().root().equals(root(c))).orElse(false);
        }
        return e.cameo().ploverType().map(g.plover()::contains).orElse(false);
    }

    /** The PLOVER type is one of the gold's alternatives, or the CAMEO code is the gold's code. */
    static boolean typeOrCodeMatches(Event e, GoldRecord.GoldEvent g) {
        boolean plover = !g.plover().isEmpty() && e.cameo().ploverType().map(g.plover()::contains).orElse(false);
        return plover || g.cameo().map(c -> c.equals(e.cameo().code())).orElse(false);
    }

    /** The actor's country part: its country, else the first three letters of its code ({@code IGO}, {@code GOV}). */
    static String country(Actor a) {
        return a.country().isEmpty() && a.code().length() >= 3 ? a.code().substring(0, 3) : a.country();
    }

    /** The source is one of the gold's sources; for a reciprocal gold event, the reverse direction counts too. */
    static boolean sourceMatches(Event e, GoldRecord.GoldEvent g) {
        String s = country(e.source());
        if (g.sources().contains(s)) {
            return true;
        }
        return g.reciprocal() && e.target().isPresent() && g.sources().contains(country(e.target().get()))
            && (g.targets().isEmpty() || g.targets().contains(s));
    }

    /** The target is one of the gold's targets; for a reciprocal event, any other party of it. */
    static boolean targetMatches(Event e, GoldRecord.GoldEvent g) {
        Optional<String> t = e.target().map(GoldMatch::country);
        if (g.reciprocal()) {
            List<String> all = new ArrayList<>(g.sources());
            all.addAll(g.targets());
            return t.isPresent() && all.contains(t.get()) && !t.get().equals(country(e.source()));
        }
        return t.isPresent() && g.targets().contains(t.get());
    }
}
