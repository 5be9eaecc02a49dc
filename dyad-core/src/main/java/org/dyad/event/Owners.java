package org.dyad.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyad.dictionary.WordSets;
import org.dyad.text.Dependency;
import org.dyad.text.Sentence;
import org.dyad.text.Token;

/**
 * Who a noun an event is done to belongs to or comes from ("rejected a Senegalese plan", "demanded the withdrawal of
 * Serbian forces", "a ban imposed on Chadian citizens"), the event's target when the noun is what the trigger names.
 * Stateless.
 */
final class Owners {
    private static final Set<String> OWNER_PREPS = WordSets.get("event.owner-prepositions");

    private Owners() {
    }

    /** Who a noun belongs to or comes from: its possessor, a nationality or country modifier, an of/from/by phrase. */
    static List<Integer> of(Sentence s, int noun) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : s.children(noun)) {
            String rel = d.relation();
            int c = d.dependent();
            boolean named = s.token(c).isProperNoun() || Character.isUpperCase(s.token(c).word().charAt(0));
            if ((rel.equals("amod") && named) || (rel.equals("compound") && s.token(c).isProperNoun())) {
                // "released 20 Afghan soldiers", "rejected a Senegalese plan": the phrase itself, read whole, is
                // the owner's (AFGMIL, SEN), not its modifier alone
                if (!out.contains(noun)) {
                    out.add(noun);
                }
            } else if (rel.equals("nmod:poss")
                    || (rel.startsWith("nmod") && OWNER_PREPS.contains(Arguments.caseOf(s, c)) && Arguments.isNominal(s.token(c))
                            && !(TOPIC_PREPS.contains(Arguments.caseOf(s, c)) && namedOwner(s, noun))
                            && !fixedPhrase(s, c))) {
                // "a U.N. resolution on Darfur": the author named, the "on" phrase is what it is about
                out.add(c);
            } else if (rel.equals("acl") && s.token(c).isVerb()) {
                // a participle on the noun says whom it is about or who made it: "a ban imposed on Chadian
                // citizens", "the proposal submitted by the China Merchants Port"
                for (int o : s.children(c, "obl")) {
                    if (OWNER_PREPS.contains(Arguments.caseOf(s, o)) && Arguments.isNominal(s.token(o))) {
                        out.add(o);
                    }
                }
            }
        }
        return out;
    }

    /**
     * A bare singular common noun in an "of" phrase is part of a fixed phrase, not an owner: "prisoners of war",
     * "members of parliament", "freedom of speech".
     */
    private static boolean fixedPhrase(Sentence s, int c) {
        return s.token(c).pos().equals("NN") && Arguments.caseOf(s, c).equals("of")
                && s.children(c).stream().allMatch(d -> d.relation().equals("case"));
    }

    /** Prepositions of what a statement or measure is about, when its author is named. */
    private static final Set<String> TOPIC_PREPS = Set.of("on", "at", "about", "over");

    /** Whether a proper noun or a nationality word before the noun names its owner ("a U.N. resolution"). */
    private static boolean namedOwner(Sentence s, int noun) {
        for (Dependency d : s.children(noun)) {
            Token c = s.token(d.dependent());
            if ((d.relation().equals("amod") && Character.isUpperCase(c.word().charAt(0)))
                    || (d.relation().equals("compound") && c.isProperNoun()) || d.relation().equals("nmod:poss")) {
                return true;
            }
        }
        return false;
    }

}
