package org.dyad.actor;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.dyad.dictionary.WordSets;

/**
 * A state's authorities and the people they face at home: "the Zimbabwean opposition accused the government",
 * "rebels in Chad captured two towns from government forces", "Burundian police fired on opposition supporters".
 * Authorities named by their kind alone, in a sentence whose one country is that of the public, the opposition or
 * the insurgents they face, are that country's own, and so is a public its civil authorities face: the country is
 * not the other party's in the sense that guards against guessing (an unknown minister placed in his counterpart's
 * country), but the one both sides share; so is one branch of a state (government, parliament, courts) facing another.
 * Stateless.
 */
public final class DomesticParties {
    /** The sectors of a state's own authorities (words.tsv pipeline.state-sectors). */
    private static final Set<String> STATE = WordSets.get("pipeline.state-sectors");
    /** The sectors of a country's public (pipeline.public-sectors). */
    private static final Set<String> PUBLIC = WordSets.get("pipeline.public-sectors");
    /** The sectors of a country's public, refugees aside, and of its insurgents. */
    private static final Set<String> OWN_PEOPLE = ownPeople();
    /** A state's authorities that act at home: all but its armed forces and spies. */
    private static final Set<String> CIVIL = Set.of("GOV", "COP", "ELI", "LEG", "JUD");
    /** The branches of a state: government, legislature, courts. */
    private static final Set<String> BRANCHES = Set.of("GOV", "LEG", "JUD");
    /** Words that make forces a government's: "government forces", "regime troops". */
    private static final Pattern GOVERNMENT = Pattern.compile("\\b(government|regime|state)\\b",
            Pattern.CASE_INSENSITIVE);

    /** Words that say an actor is from elsewhere (words.tsv actor.foreign-words). */
    private static final Set<String> FOREIGN = WordSets.get("actor.foreign-words");

    private DomesticParties() {
    }

    /**
     * The sectors an actor faces its authorities with: its own, or, for a people named by its nationality word alone
     * ("thousands of Yemenis", placed by that word and no sector), the country's public (CVL).
     */
    public static List<String> sectorsOf(Actor a, Basis basis) {
        return a.sectors().isEmpty() && basis == Basis.NATIONALITY ? List.of("CVL") : a.sectors();
    }

    /**
     * Whether an actor's words say it is from elsewhere ("all foreign journalists", "overseas workers"): not the
     * people of the country it is in, nor of the one the sentence names, whatever else would place it.
     */
    public static boolean fromElsewhere(String words) {
        for (String w : words.toLowerCase(java.util.Locale.ROOT).split("[^a-z]+")) {
            if (FOREIGN.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the {@code guessed} side is only a state's authorities, civil ones or a government's forces ("the
     * government", "police", "government forces"; {@code guessedWords} are its words), and the {@code named} side
     * only a country's public (refugees aside), insurgents or opposition ("opposition lawmakers"); or the guessed side
     * only a country's public and the named side its civil authorities (government, police, courts, parliament; a
     * military government too), who act at home. Not soldiers
     * alone, nor rebels or people an army faces: a state's forces may fight abroad ("Russian warplanes bombed
     * rebels", "Afghan villagers said foreign soldiers killed ...").
     */
    public static boolean authoritiesOfThePeople(Collection<String> guessed, String guessedWords,
                                                 Collection<String> named) {
        return authoritiesOnly(guessed, guessedWords, named) || publicOfTheAuthorities(guessed, named);
    }

    /**
     * Whether the {@code guessed} side is a state's authorities and the {@code named} side the public, opposition or
     * insurgents they face at home, or another branch of the same state: the first half of {@link
     * #authoritiesOfThePeople}, for a placement by the other party alone, where a public placed by the state it
     * faces would often be foreign ("the U.S. Treasury lifted sanctions on two companies").
     */
    public static boolean authoritiesOnly(Collection<String> guessed, String guessedWords, Collection<String> named) {
        // a state body first ("the education ministry": GOV, EDU), a civil one or a government's forces
        boolean authorities = !guessed.isEmpty() && STATE.contains(guessed.iterator().next())
                && (guessed.stream().anyMatch(CIVIL::contains) || GOVERNMENT.matcher(guessedWords).find());
        // "opposition lawmakers" (LEG, OPP) are the opposition
        boolean people = !named.isEmpty() && (OWN_PEOPLE.containsAll(named) || named.contains("OPP"));
        return authorities && people || otherBranch(guessed, named);
    }

    private static boolean publicOfTheAuthorities(Collection<String> guessed, Collection<String> named) {
        boolean public_ = !guessed.isEmpty() && PUBLIC.containsAll(guessed);
        // "the military government" (GOV, MIL) is a government
        boolean civil = !named.isEmpty() && STATE.containsAll(named) && named.stream().anyMatch(CIVIL::contains);
        return public_ && civil;
    }

    /** "The Kenyan parliament rejected the president's budget": one branch of a state facing another of its own. */
    private static boolean otherBranch(Collection<String> guessed, Collection<String> named) {
        return guessed.size() == 1 && named.size() == 1 && BRANCHES.containsAll(guessed) && BRANCHES.containsAll(named)
                && !guessed.equals(named);
    }

    private static Set<String> ownPeople() {
        Set<String> out = new HashSet<>(PUBLIC);
        out.addAll(List.of("REB", "INS"));
        out.remove("REF"); // refugees are where they fled to
        return Set.copyOf(out);
    }
}
