package org.dyad.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dyad.text.Sentence;
import org.dyad.text.Token;

/**
 * How a word is looked up in the trigger lexicon, and whether an entry's object and particle hold ({@link
 * LexiconCoder}). Stateless.
 */
final class TriggerMatch {
    private TriggerMatch() {
    }

    /** A noun is looked up with each modifier first ("hunger strike" as {@code hunger_strike}), then alone. */
    static List<String> lemmas(Sentence s, Token t, String kind) {
        if (!kind.equals("noun")) {
            int next = t.index() + 1;
            if (kind.equals("verb") && next < s.size()
                    && (s.token(next).pos().startsWith("JJ") || s.token(next).pos().startsWith("RB"))) {
                // a verb and the adjective it makes of its object: "set free", "let free" (the lexicon's set_free)
                return List.of(t.lemma() + "_" + s.token(next).lowerWord(), t.lemma());
            }
            return List.of(t.lemma());
        }
        List<String> out = new ArrayList<>();
        for (var d : s.children(t.index())) {
            if (d.relation().equals("compound") || d.relation().equals("amod")) {
                out.add(s.token(d.dependent()).lemma().toLowerCase(Locale.ROOT) + "_" + t.lemma());
                if (Arguments.hyphenated(s, d.dependent(), t.index())) {
                    // "the cease - fire", a hyphenated word the tokenizer split, is the lexicon's "cease-fire"
                    out.add(s.token(d.dependent()).lowerWord() + "-" + t.lemma().toLowerCase(Locale.ROOT));
                } else if (Arguments.hyphenated(s, t.index(), d.dependent())) {
                    // "sit - in": the head is the first half
                    out.add(t.lemma().toLowerCase(Locale.ROOT) + "-" + s.token(d.dependent()).lowerWord());
                }
            }
        }
        out.add(t.pos().equals("VBG") ? t.lowerWord() : t.lemma()); // a gerund as a noun: "fighting"
        return out;
    }

    /** "Fighting between Hezbollah and Israeli forces continued": a gerund that is a subject, object or oblique. */
    static boolean nominalGerund(Sentence s, Token t) {
        String rel = s.relation(t.index());
        return t.pos().equals("VBG") && (rel.startsWith("nsubj") || rel.equals("obj") || rel.startsWith("obl"))
                && s.children(t.index()).stream().noneMatch(d -> d.relation().startsWith("nsubj")
                        || d.relation().startsWith("aux") || d.relation().equals("obj"));
    }

    static boolean matches(Sentence s, int i, Trigger t) {
        if (t.objects().contains("*")) {
            // any direct object: "returned the paintings to Peru"
            if (Arguments.objectOf(s, i, t.isVerb()).isEmpty()) {
                return false;
            }
        } else if (!t.objects().isEmpty()
                && Arguments.objectKeys(s, i, t.isVerb()).stream().noneMatch(t.objects()::contains)) {
            return false;
        }
        if (!t.particle().isEmpty()) {
            boolean found = false;
            for (var d : s.children(i)) {
                String rel = d.relation();
                int c = d.dependent();
                if ((rel.startsWith("obl") || rel.startsWith("nmod")) && Arguments.hasCase(s, c, t.particle())) {
                    found = true;
                } else if (rel.equals("compound:prt") && s.token(c).lowerWord().equals(t.particle())) {
                    found = true;
                } else if ((rel.equals("advcl") || rel.equals("ccomp")) && Arguments.hasCase(s, c, t.particle())
                        && !s.children(c, "nsubj").isEmpty()) {
                    found = true; // "called on US to lift": the parse makes "on US to lift" a clause
                }
            }
            return found;
        }
        return true;
    }
}
