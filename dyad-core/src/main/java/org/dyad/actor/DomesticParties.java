package org.dyad.actor;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dyad.dictionary.WordSets;

/**
 * A state's authorities and the people they face at home: "the Zimbabwean opposition accused the government",
 * "rebels in Chad captured two towns from government forces", "Burundian police fired on opposition supporters".
 * Authorities named by their kind alone, in a sentence whose one country is that of the public, the opposition or
 * the insurgents they face, are that country's own, and so is a public its civil authorities face: the country is
 * not the other party's in the sense that guards against guessing (an unknown minister placed in his counterpart's
 * country), but the one both sides share. Stateless.
 */
public final class DomesticParties {
    /** The sectors of a state's own authorities (words.tsv pipeline.state-sectors). */
    private static final Set<String> STATE = WordSets.get("pipeline.state-sectors");
    /** The sectors of a country's public (pipeline.public-sectors). */
    private static final Set<String> PUBLIC = WordSets.get("pipeline.public-sectors");
    /** The sectors of a country's public and of its insurgents. */
    private static final Set<String> OWN_PEOPLE = ownPeople();
    /** A state's authorities that act at home: all but its armed forces and spies. */
    private static final Set<String> CIVIL = Set.of("GOV", "COP", "ELI", "LEG", "JUD");

    private DomesticParties() {
    }

    /**
     * Whether {@code guessed} is only a state's authorities and {@code named} only a country's public or insurgents,
     * or {@code guessed} only a country's public and {@code named} only its civil authorities (government, police,
     * courts, parliament), who act at home. Not rebels, nor people an army faces: a state's forces may fight abroad
     * ("Russian warplanes bombed rebels").
     */
    public static boolean authoritiesOfThePeople(Collection<String> guessed, Collection<String> named) {
        return authoritiesAndTheirPeople(guessed, named)
                || !guessed.isEmpty() && PUBLIC.containsAll(guessed) && !named.isEmpty() && CIVIL.containsAll(named);
    }

    private static boolean authoritiesAndTheirPeople(Collection<String> authorities, Collection<String> people) {
        return !authorities.isEmpty() && STATE.containsAll(authorities) && !people.isEmpty()
                && OWN_PEOPLE.containsAll(people);
    }

    private static Set<String> ownPeople() {
        Set<String> out = new HashSet<>(PUBLIC);
        out.addAll(List.of("REB", "INS"));
        return Set.copyOf(out);
    }
}
