package org.dyad.petrarch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dyad.ontology.CodeRewrites;
import org.dyad.text.Sentence;

/**
 * Events nest (PETRARCH2): a verb whose clause complements a coded verb before it gives way to that verb when
 * the outer verb has a target of its own or the inner event is incomplete; otherwise the inner event stands
 * for both ("Gondor said Rohan attacked Mordor": Rohan attacked Mordor). A statement that says what another
 * must do is a demand and takes the kind of what is demanded ("X said Y must cancel the plans").
 *
 * <p>One per sentence, used once: {@link #events} decides which verbs' events stand.
 */
final class EventNesting {
    private final Sentence s;
    private final List<String> words;
    private final List<VerbResult> results;
    /** The coded verb each nested one is in. */
    private final Map<VerbResult, VerbResult> outerOf = new java.util.LinkedHashMap<>();
    private final Set<VerbResult> dropped = new HashSet<>();
    /** A demand's events recoded with the kind of what is demanded. */
    private final Map<VerbResult, List<CodedEvent>> recoded = new HashMap<>();

    /** The coded verbs of sentence {@code s}, in sentence order. */
    EventNesting(Sentence s, List<String> words, List<VerbResult> results) {
        this.s = s;
        this.words = words;
        this.results = results;
    }

    /** The events that stand, each (source, target, code) once, in the order of their verbs. */
    List<CodedEvent> events() {
        for (VerbResult r : results) {
            VerbResult o = r.events.isEmpty() ? null : governingEvent(r);
            if (o != null) {
                outerOf.put(r, o);
            }
            if (PetrarchCoder.DEBUG) {
                System.err.println("verb " + words.get(r.verb) + "@" + r.verb + " events=" + r.events.stream()
                    .map(CodedEvent::triple).toList() + " outer=" + (o == null ? "-" : words.get(o.verb)));
            }
        }
        for (VerbResult r : results) {
            if (!outerOf.containsKey(r)) {
                resolve(r);
            }
        }
        Map<String, CodedEvent> out = new LinkedHashMap<>();
        for (VerbResult r : results) {
            if (!dropped.contains(r)) {
                for (CodedEvent e : eventsOf(r)) {
                    out.putIfAbsent(e.triple(), e);
                }
            }
        }
        return new ArrayList<>(out.values());
    }

    private List<CodedEvent> eventsOf(VerbResult r) {
        return recoded.getOrDefault(r, r.events);
    }

    /**
     * Decides, from the top, which of nested events stand: an outer event with its own target keeps its
     * place and the events of its complement clauses go; an outer event whose target is the subject of a
     * complete inner event gives way to it.
     */
    private void resolve(VerbResult r) {
        for (Map.Entry<VerbResult, VerbResult> e : outerOf.entrySet()) {
            if (e.getValue() != r) {
                continue;
            }
            VerbResult inner = e.getKey();
            List<CodedEvent> innerEvents = eventsOf(inner);
            // "X said Y must cancel the plans": the demand takes the kind of what is demanded
            if (r.demand && !innerEvents.isEmpty() && !dropped.contains(r)) {
                Optional<String> refined = CodeRewrites.load().demand(innerEvents.get(0).code());
                if (refined.isPresent()) {
                    List<CodedEvent> demands = new ArrayList<>();
                    for (CodedEvent x : eventsOf(r)) {
                        demands.add(new CodedEvent(x.source(), x.target(), refined.get(), x.sentence(),
                            x.sourceText(), x.targetText(), x.trigger(), x.triggerStart(), x.triggerEnd(),
                            x.rule() + " (" + innerEvents.get(0).rule() + ")", x.negated(), x.issues()));
                    }
                    recoded.put(r, List.copyOf(demands));
                }
                dropAll(inner);
                continue;
            }
            boolean targetInside = false;
            for (int t : r.targetTokens) {
                if (t == inner.verb || s.dominates(inner.verb, t)) {
                    targetInside = true;
                }
            }
            // a report with no target of its own, or whose target is the inner clause's subject, gives way
            // to the complete event it reports
            if ((targetInside || r.targetTokens.isEmpty()) && inner.complete && !dropped.contains(r)
                && r.reports) {
                dropped.add(r);
                resolve(inner);
            } else {
                dropAll(inner);
            }
        }
    }

    private void dropAll(VerbResult r) {
        dropped.add(r);
        for (Map.Entry<VerbResult, VerbResult> e : outerOf.entrySet()) {
            if (e.getValue() == r && !dropped.contains(e.getKey())) {
                dropAll(e.getKey());
            }
        }
    }

    /** The coded verb whose complement (ccomp, xcomp) clause {@code inner} is in, if it comes before it. */
    private VerbResult governingEvent(VerbResult inner) {
        int cur = inner.verb;
        for (int hops = 0; hops < 8; hops++) {
            String rel = s.relation(cur);
            int gov = s.governor(cur);
            // complements, adverbial clauses, and clauses hung on a noun of the verb's phrase; not
            // coordinated or loosely attached clauses
            if (gov < 0 || rel.equals("conj") || rel.equals("parataxis") || rel.equals("root")
                || rel.equals("dep") && s.token(cur).isVerb()) {
                return null;
            }
            for (VerbResult r : results) {
                if (r.verb == gov && !r.events.isEmpty()) {
                    return gov < inner.verb ? r : null;
                }
            }
            cur = gov;
        }
        return null;
    }
}
