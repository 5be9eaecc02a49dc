package org.dyad.pipeline;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dyad.event.EventDraft;
import org.dyad.text.Sentence;

/**
 * Arbitration between a protest and what it is held for ({@link ArbitrationStage}): one protest, not a second event
 * for its aim, and not a gathering beside it. Stateless.
 */
final class ProtestAims {
    private ProtestAims() {
    }

    /**
     * What a protest is held for is not a second event: "began a hunger strike to demand the president's
     * resignation", "staged rallies to protest the decision" is one protest (CAMEO 14x codes a protest by its aim),
     * whose target, when it names none of its own, is the one its aim names. An event in a "to" clause on a protest's
     * trigger, on the protest noun that trigger takes, or on the verb that carries a protest noun ("went on strike to
     * protest against the price rise"), gives way to the protest.
     */
    static void giveWay(Sentence s, List<EventDraft> alive) {
        for (EventDraft p : alive) {
            if (!p.alive() || !p.cameo().root().equals("14")) {
                continue;
            }
            Set<Integer> heads = new HashSet<>(List.of(p.trigger()));
            heads.addAll(s.children(p.trigger(), "obj"));
            if (s.token(p.trigger()).isNoun() && s.governor(p.trigger()) >= 0) {
                heads.add(s.governor(p.trigger())); // "went on strike to protest": the verb that carries the protest
            }
            for (EventDraft d : alive) {
                if (d == p || !d.alive() || !heads.contains(s.governor(d.trigger())) || !toClause(s, d.trigger())) {
                    continue;
                }
                if (p.target().isEmpty() && d.target().isPresent()
                        && !d.target().get().code().equals(p.source().code())) {
                    p.retarget(d.target(), d.targetBasis().orElse(org.dyad.actor.Basis.SECTOR));
                }
                d.drop("arbitration: the aim of the protest at " + p.triggerText());
            }
            gatheringsGiveWay(s, alive, p);
        }
    }

    /** Families that ask, promise, refuse or threaten a protest rather than gather for one: these stay. */
    private static final Set<String> NOT_GATHERINGS = Set.of("02", "03", "10", "12", "13");

    /**
     * "Activists gathered outside the embassy to protest against the crackdown": the protest in a "to" clause is the
     * news, and a PETRARCH reading of the gathering itself (110 for "gather ... protest") gives way to it, handing it
     * the target the protest names none of. Not an appeal, intent, demand, refusal or threat to protest.
     */
    private static void gatheringsGiveWay(Sentence s, List<EventDraft> alive, EventDraft p) {
        if (!toClause(s, p.trigger()) || p.modality().hypothetical()) {
            return;
        }
        for (EventDraft d : alive) {
            if (d != p && d.alive() && d.coder() == EventDraft.Coder.PETRARCH && d.trigger() == s.governor(p.trigger())
                    && !NOT_GATHERINGS.contains(d.cameo().root())
                    && d.source().country().equals(p.source().country())) {
                if (p.target().isEmpty() && d.target().isPresent()
                        && !d.target().get().code().equals(p.source().code())) {
                    p.retarget(d.target(), d.targetBasis().orElse(org.dyad.actor.Basis.SECTOR));
                }
                d.drop("arbitration: a gathering whose aim is the protest at " + p.triggerText());
            }
        }
    }

    /** Whether token {@code i} heads a "to" clause of purpose or complement ("to demand", "to protest"). */
    private static boolean toClause(Sentence s, int i) {
        String rel = s.relation(i);
        if (!(rel.equals("xcomp") || rel.equals("advcl") || rel.startsWith("acl"))) {
            return false;
        }
        return s.children(i, "mark").stream().anyMatch(m -> s.token(m).lowerWord().equals("to"));
    }
}
