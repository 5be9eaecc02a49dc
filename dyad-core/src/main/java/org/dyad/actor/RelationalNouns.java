package org.dyad.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyad.dictionary.WordSets;
import org.dyad.text.Dependency;
import org.dyad.text.Sentence;

/**
 * Nouns that name another party by its relation to someone: "Israel's militia ally", "Syria's allies", "the U.S.
 * allies", "Iran's rivals". Whose ally it is says nothing of the ally's own country (an ally of Israel is not
 * Israel), so the owner's words are no cue to the phrase's actor: the phrase is placed by its other words ("in
 * southern Lebanon", "Kurdish") or not at all. "Counterpart" is not one of them: the resolver reads it as the
 * other party of a meeting. Stateless; thread-safe.
 */
public final class RelationalNouns {
    /** Heads that are another party to their owner. */
    static final Set<String> HEADS = WordSets.get("actor.relational-heads");

    private RelationalNouns() {
    }

    /**
     * The phrase's tokens less those that name the owner of a relational noun in it: its possessor ("Israel's"),
     * its "of" phrase ("the allies of Syria") and a place name before it ("the U.S. allies"; "NATO allies" are
     * NATO's members, NATO itself as CAMEO codes them).
     */
    static List<Integer> withoutOwners(Sentence s, List<Integer> phrase) {
        List<Integer> out = new ArrayList<>(phrase.size());
        for (int i : phrase) {
            if (!owner(s, i, phrase)) {
                out.add(i);
            }
        }
        return out;
    }

    private static boolean owner(Sentence s, int i, List<Integer> phrase) {
        for (int j = i; phrase.contains(j) && phrase.contains(s.governor(j)); j = s.governor(j)) {
            if (isOwner(s, j)) {
                return true;
            }
        }
        return false;
    }

    /** Whether token {@code i} names the owner of the relational noun it hangs on ("Syria" in "Syria's allies"). */
    public static boolean isOwner(Sentence s, int i) {
        int g = s.governor(i);
        if (g == Dependency.ROOT) {
            return false;
        }
        String rel = s.relation(i);
        if (!relational(s, g)) {
            // "Russia's neighbour Belarus": the relational noun a compound on the name that the possessor hangs on
            return rel.equals("nmod:poss") && s.children(g, "compound").stream().anyMatch(c -> relational(s, c));
        }
        return rel.equals("nmod:poss") || (rel.equals("nmod") && hasOf(s, i))
                || (rel.equals("compound") && s.token(i).isProperNoun() && s.token(i).ner().equals("LOCATION"));
    }

    private static boolean relational(Sentence s, int i) {
        return HEADS.contains(s.token(i).lemma().toLowerCase(java.util.Locale.ROOT));
    }

    private static boolean hasOf(Sentence s, int i) {
        return s.children(i, "case").stream().anyMatch(c -> s.token(c).lowerWord().equals("of"));
    }
}
