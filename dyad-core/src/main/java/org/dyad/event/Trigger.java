package org.dyad.event;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One entry of the trigger lexicon: a verb or noun lemma, an optional constraint on its object or
 * particle, the CAMEO code it gives and how its actors are found. Immutable.
 *
 * @param kind        {@code verb} or {@code noun}
 * @param lemma       the trigger's lemma, lower case
 * @param objects     lemmas one of which must head the direct object (verb) or the "of" complement
 *                    (noun); empty for none
 * @param particle    a particle or preposition that must attach to the trigger ("on" in "call on"),
 *                    whose noun is then the target; empty for none
 * @param code        CAMEO code
 * @param reciprocal  both actors do it to each other (meet, sign, discuss)
 * @param partner     with no target in the sentence, the other party of the exchange is the target
 * @param parties     a noun trigger with no actors of its own takes the parties of the exchange
 * @param solo        the event may have no target (protest, mobilise)
 * @param hostCode    for a visit to a country: the CAMEO code of the host's event toward the visitor
 * @param line        where the entry was defined, "file:line"
 * @param selfPassive with no "by" agent, a passive's subject did it ("guerrillas have been demobilized")
 */
public record Trigger(String kind, String lemma, Set<String> objects, String particle, String code,
                      boolean reciprocal, boolean partner, boolean parties, boolean solo,
                      Optional<String> hostCode, String line, boolean selfPassive) {
    /** An entry without the passive-self option. */
    public Trigger(String kind, String lemma, Set<String> objects, String particle, String code, boolean reciprocal,
                   boolean partner, boolean parties, boolean solo, Optional<String> hostCode, String line) {
        this(kind, lemma, objects, particle, code, reciprocal, partner, parties, solo, hostCode, line, false);
    }

    public Trigger {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(lemma, "lemma");
        objects = Set.copyOf(objects);
        particle = particle == null ? "" : particle;
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(hostCode, "hostCode");
        if (!kind.equals("verb") && !kind.equals("noun") && !kind.equals("adj")) {
            throw new IllegalArgumentException("kind must be verb, noun or adj: " + kind);
        }
    }

    /** Verbs and predicate adjectives take subjects and objects; nouns take possessors and complements. */
    public boolean isVerb() { return !kind.equals("noun"); }

    /** How the rule is named in an event's {@code rule} field. */
    public String ruleName() {
        StringBuilder b = new StringBuilder("trigger:").append(kind).append(' ').append(lemma);
        if (!particle.isEmpty()) {
            b.append(' ').append(particle);
        }
        if (!objects.isEmpty()) {
            b.append(" +").append(String.join("|", objects.stream().sorted().toList()));
        }
        return b.append(" -> ").append(code).append(" (").append(line).append(')').toString();
    }

    /** More specific entries (with an object or particle) are tried first. */
    int specificity() {
        boolean modified = objects.stream().anyMatch(o -> o.indexOf('_') > 0);
        int object = objects.isEmpty() ? 0 : objects.contains("*") ? 1 : 2;
        return (modified ? 4 : 0) + object + (particle.isEmpty() ? 0 : 1);
    }

}
