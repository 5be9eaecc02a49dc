package org.dyad.pipeline;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.event.EventDraft;
import org.dyad.ontology.Cameo;
import org.dyad.text.Sentence;

/**
 * PETRARCH pattern readings that {@link ArbitrationStage} mends or drops when they fill a gap of the lexicon: a place
 * read as a doer ("the Kenyan city imposed"), a party of a verb's "between" phrase read as one ("shuttled between
 * Israel and Gaza to broker a truce"), and "called X a Y" read as a phone call both ways. Stateless.
 */
final class PatternReadings {
    private static final Cameo CAMEO = Cameo.load();

    private PatternReadings() {
    }

    /**
     * "called X a Y" names X: no call between the two (041 both ways), but what the subject said of X (010); the
     * reading whose doer is the one named goes.
     */
    static void statementOnTheNamed(Sentence s, EventDraft d) {
        List<Integer> named = new java.util.ArrayList<>(s.children(d.trigger(), "obj"));
        named.addAll(s.children(d.trigger(), "iobj"));
        s.children(d.trigger(), "xcomp").forEach(x -> named.addAll(s.children(x, "nsubj")));
        if (named.stream().noneMatch(n -> d.source().text().contains(s.token(n).word()))) {
            d.setReciprocal(false);
            d.recode(CAMEO.require("010"), " -> 010 (called X a Y: a statement on X)");
        } else {
            d.drop("arbitration: 'called X a Y' names X, it is no call between the two");
        }
    }

    /** Nouns of a place or part of one (words.tsv place.place-nouns). */
    private static final Set<String> PLACE_NOUNS = org.dyad.dictionary.WordSets.get("place.place-nouns");

    /** Whether a bare country's words are headed by a noun of place: "the Kenyan city", "the Ethiopian region". */
    static boolean placeNoun(String words) {
        String[] w = words.trim().toLowerCase(Locale.ROOT).split("\\s+");
        return w.length > 0 && PLACE_NOUNS.contains(w[w.length - 1]);
    }

    /** Whether the words name a party of a verb's "between" phrase ("shuttled between Israel and Gaza"). */
    static boolean partyBetween(Sentence s, String words) {
        for (int i = 0; i < s.size(); i++) {
            if (words.isEmpty() || !words.endsWith(s.token(i).word())) {
                continue;
            }
            int h = s.relation(i).equals("conj") ? s.governor(i) : i;
            // on a verb only: "the summit between the EU and Turkey failed" has them as its parties
            if (h >= 0 && s.relation(h).startsWith("obl")
                    && s.children(h, "case").stream().anyMatch(c -> s.token(c).lowerWord().equals("between"))) {
                return true;
            }
        }
        return false;
    }

    /** "called the raid a violation of international law", "called Bush a liar": a verb of naming with two objects. */
    static boolean namesItsObject(Sentence s, int t) {
        if (!s.token(t).lemma().equalsIgnoreCase("call")) {
            return false;
        }
        if (!s.children(t, "iobj").isEmpty() || s.children(t, "obj").size() >= 2
                || s.children(t, "xcomp").stream().anyMatch(x -> !s.token(x).isVerb())) {
            return true;
        }
        return s.children(t, "obj").stream().anyMatch(o -> s.children(o).stream()
                .anyMatch(c -> (c.relation().equals("dep") || c.relation().equals("xcomp"))
                        && s.token(c.dependent()).isNoun()));
    }
}
