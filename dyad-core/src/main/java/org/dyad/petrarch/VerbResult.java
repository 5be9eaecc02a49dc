package org.dyad.petrarch;

import java.util.List;
import java.util.Set;

/**
 * A coded verb: its events and where its target came from, as {@link VerbCoder} made them. Immutable; equal
 * only to itself (the nesting of a sentence's events keys maps by the verb result).
 */
final class VerbResult {
    /** The verb's head token. */
    final int verb;
    /** Its events, each (source, target, code) once. */
    final List<CodedEvent> events;
    /** The tokens of its targets, and of sources after the verb (a passive's agent, a {@code $} after it). */
    final Set<Integer> targetTokens;
    /** It has a source and a target. */
    final boolean complete;
    /**
     * Whether an inner event may stand for this one: always in TABARI-syntax dictionaries (their codes
     * are not CAMEO's), in PETRARCH2 syntax when this is a statement (CAMEO 01: "said", "noted", "was
     * seen"); a demand, threat or accusation keeps its place and its content is not an event.
     */
    final boolean reports;
    /** A statement turned into a demand by its complement's must or should. */
    final boolean demand;

    VerbResult(int verb, List<CodedEvent> events, Set<Integer> targetTokens, boolean complete, boolean reports,
               boolean demand) {
        this.verb = verb;
        this.events = List.copyOf(events);
        this.targetTokens = Set.copyOf(targetTokens);
        this.complete = complete;
        this.reports = reports;
        this.demand = demand;
    }
}
