package org.dyad.event;

import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.dyad.date.DateResolver;
import org.dyad.date.TextDate;
import java.util.Set;
import org.dyad.dictionary.WordSets;
import org.dyad.text.Dependency;
import org.dyad.text.Sentence;
import org.dyad.text.Token;

/**
 * Decides whether a trigger is asserted, negated ("did not sign", "refused to meet") or hypothetical
 * ("will visit", "invited him to visit", "discussed arranging visits", "if they attack"). Stateless.
 */
public final class ModalityDetector {
    private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no");
    private static final Set<String> MODALS = WordSets.get("event.modals");
    private static final Set<String> NEGATING_VERBS = Set.of("refuse", "fail", "decline", "reject", "deny");
    /** Verbs whose complements are wanted, planned or talked about, not done. */
    private static final Set<String> INTENT_VERBS = WordSets.get("event.intent-verbs");
    /** Adjectives whose complements are intended, not done: "ready to host", "willing to withdraw". */
    private static final Set<String> INTENT_ADJECTIVES = WordSets.get("event.intent-adjectives");
    private static final Set<String> NEGATING_ADJECTIVES = Set.of("unwilling", "reluctant");
    private static final Set<String> CONDITIONAL_MARKS = Set.of("if", "unless", "whether");

    private ModalityDetector() {}

    /** Negation and hypothetical mood of the clause whose verb (or noun) is {@code trigger}. */
    public static Modality detect(Sentence s, int trigger) {
        Modality m = Modality.ASSERTED;
        if (negated(s, trigger)) {
            m = m.withNegated();
        }
        if (hypothetical(s, trigger)) {
            m = m.withHypothetical();
        }
        return m;
    }

    /**
     * Negation, hypothetical mood and history of the clause whose verb (or noun) is {@code trigger}: historical
     * when the date that dates it ({@link DateResolver#governing}) is before the article's year ("the war in
     * 2020"). The one place where an event's modality is decided, whichever coder found it.
     */
    public static Modality detect(Sentence s, int trigger, List<TextDate> dates) {
        Modality m = detect(s, trigger);
        Optional<TextDate> when = DateResolver.governing(s, dates, trigger);
        if (when.isPresent() && when.get().historical()) {
            m = m.withHistorical(Optional.of(Year.of(when.get().date().getYear())));
        }
        return m;
    }

    static boolean negated(Sentence s, int trigger) {
        for (Dependency d : s.children(trigger)) {
            Token c = s.token(d.dependent());
            if ((d.relation().equals("advmod") || d.relation().equals("neg") || d.relation().equals("det"))
                    && NEGATORS.contains(c.lowerWord())) {
                return true;
            }
        }
        int gov = s.governor(trigger);
        return s.relation(trigger).equals("xcomp") && gov >= 0
                && (NEGATING_VERBS.contains(s.token(gov).lemma().toLowerCase(java.util.Locale.ROOT))
                    || NEGATING_ADJECTIVES.contains(s.token(gov).lowerWord()));
    }

    static boolean hypothetical(Sentence s, int trigger) {
        for (Dependency d : s.children(trigger)) {
            String w = s.token(d.dependent()).lowerWord();
            if (d.relation().startsWith("aux") && MODALS.contains(w)) {
                return true;
            }
            if (d.relation().equals("mark") && CONDITIONAL_MARKS.contains(w)) {
                return true;
            }
        }
        int cur = trigger;
        for (int guard = 0; guard < s.size(); guard++) {
            int gov = s.governor(cur);
            if (gov < 0) {
                return false;
            }
            String rel = s.relation(cur);
            Token g = s.token(gov);
            // a gerund the parse leaves unlabelled under its verb is its complement: "resume shelling"
            boolean gerund = rel.equals("dep") && g.isVerb() && s.token(cur).pos().equals("VBG");
            boolean complement = rel.equals("xcomp") || rel.equals("ccomp") || rel.equals("obj") || gerund
                    || rel.startsWith("obl") || rel.startsWith("nmod") || rel.equals("conj") || rel.equals("advcl");
            if (!complement) {
                return false;
            }
            if ((rel.equals("ccomp") || (rel.equals("advcl") && g.isVerb())) && done(s, cur)) {
                // a reported fact: "announced that it has called off the strike", "said it attacked"; also where the
                // parse hangs a fronted report on the reporting verb as an adverbial clause ("X and Y have agreed
                // on a pact, the White House announced")
                return false;
            }
            if (g.isVerb() && INTENT_VERBS.contains(g.lemma().toLowerCase(java.util.Locale.ROOT))
                    && !rel.equals("conj")) {
                return true;
            }
            if (g.pos().startsWith("JJ") && rel.equals("xcomp")
                    && INTENT_ADJECTIVES.contains(g.lemma().toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
            if (g.isVerb() && (rel.equals("ccomp") || rel.equals("advcl"))) {
                return hasModalOrCondition(s, gov);
            }
            cur = gov;
        }
        return false;
    }

    /**
     * Whether a finite clause tells something done: its verb in the past ("attacked"), or in the perfect or passive
     * past ("has called off", "had signed", "was signed"), without a modal.
     */
    private static boolean done(Sentence s, int verb) {
        if (hasModalOrCondition(s, verb)) {
            return false;
        }
        if (s.token(verb).pos().equals("VBD")) {
            return true;
        }
        for (Dependency d : s.children(verb)) {
            String w = s.token(d.dependent()).lowerWord();
            if (d.relation().startsWith("aux") && (w.equals("has") || w.equals("have") || w.equals("had")
                    || w.equals("was") || w.equals("were"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasModalOrCondition(Sentence s, int verb) {
        for (Dependency d : s.children(verb)) {
            String w = s.token(d.dependent()).lowerWord();
            if ((d.relation().startsWith("aux") && MODALS.contains(w))
                    || (d.relation().equals("mark") && CONDITIONAL_MARKS.contains(w))) {
                return true;
            }
        }
        return false;
    }
}
