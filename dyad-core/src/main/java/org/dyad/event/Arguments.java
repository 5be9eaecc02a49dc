package org.dyad.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dyad.text.Dependency;
import org.dyad.text.Sentence;
import org.dyad.text.Token;

/**
 * Finds the phrase heads that fill a trigger's source and target slots in the dependency parse:
 * subjects (with control through xcomp, shared subjects of conjoined verbs and participles, the "by"
 * agent of a passive), objects and prepositional targets, and for nouns the possessor, "by"/"of"
 * agents and "to"/"with"/"against"/"between" complements. Stateless.
 */
final class Arguments {
    private static final Set<String> TARGET_PREPS = Set.of("with", "to", "against");
    private static final Set<String> NOUN_TARGET_PREPS = Set.of("to", "with", "against", "on");

    /** The slots found for one trigger, as token indexes of phrase heads. */
    record Slots(List<Integer> sources, List<Integer> targets, String pattern) {}

    private Arguments() {}

    static Slots forVerb(Sentence s, int v, Trigger t) {
        List<Integer> passive = s.children(v, "nsubj:pass");
        List<Integer> sources = new ArrayList<>();
        List<Integer> targets = new ArrayList<>();
        StringBuilder pattern = new StringBuilder();
        if (!passive.isEmpty()) {
            for (int o : s.children(v, "obl")) {
                if (hasCase(s, o, "by")) {
                    sources.add(o);
                }
            }
            targets.addAll(passive);
            pattern.append("passive: source=obl:by target=nsubj:pass");
            return new Slots(withConjuncts(s, sources), withConjuncts(s, targets), pattern.toString());
        }
        sources.addAll(subjects(s, v, pattern));
        if (!t.particle().isEmpty()) {
            for (int o : prepositional(s, v)) {
                if (hasCase(s, o, t.particle())) {
                    targets.add(o);
                    pattern.append(" target=obl:").append(t.particle());
                }
            }
            for (int p : s.children(v, "compound:prt")) {
                if (s.token(p).lowerWord().equals(t.particle())) {
                    targets.addAll(s.children(v, "obj"));
                    pattern.append(" target=obj");
                }
            }
        } else {
            for (int o : s.children(v, "obj")) {
                if (!t.objects().contains(lemma(s, o)) && isNominal(s.token(o))) {
                    targets.add(o);
                    pattern.append(" target=obj");
                }
            }
            for (int o : s.children(v, "iobj")) {
                targets.add(o);
                pattern.append(" target=iobj");
            }
            if (targets.isEmpty()) {
                for (int o : prepositional(s, v)) {
                    String prep = caseOf(s, o);
                    if (TARGET_PREPS.contains(prep) && isNominal(s.token(o))) {
                        targets.add(o);
                        pattern.append(" target=obl:").append(prep);
                        break;
                    }
                }
            }
            if (targets.isEmpty()) {
                // "threatened to attack Iraq", "pledged to support Kenya": the complement's object
                for (int x : s.children(v, "xcomp")) {
                    for (int o : s.children(x, "obj")) {
                        if (isNominal(s.token(o))) {
                            targets.add(o);
                            pattern.append(" target=xcomp/obj");
                        }
                    }
                }
            }
            if (targets.isEmpty()) {
                for (int o : s.children(v, "obj")) {
                    for (int n : s.children(o, "nmod")) {
                        String prep = caseOf(s, n);
                        if (prep.equals("with") || prep.equals("between")) {
                            targets.add(n);
                            pattern.append(" target=obj/nmod:").append(prep);
                        }
                    }
                }
            }
        }
        return new Slots(withConjuncts(s, sources), withConjuncts(s, targets), pattern.toString().strip());
    }

    static Slots forNoun(Sentence s, int n, Trigger t) {
        List<Integer> sources = new ArrayList<>();
        List<Integer> targets = new ArrayList<>();
        StringBuilder pattern = new StringBuilder();
        sources.addAll(s.children(n, "nmod:poss"));
        if (!sources.isEmpty()) {
            pattern.append("source=nmod:poss");
        }
        for (int m : s.children(n, "nmod")) {
            String prep = caseOf(s, m);
            if (sources.isEmpty() && (prep.equals("by") || (prep.equals("of") && t.objects().isEmpty()))) {
                sources.add(m);
                pattern.append(" source=nmod:").append(prep);
            } else if (prep.equals("between") || (!t.particle().isEmpty() && prep.equals(t.particle())
                    && prep.equals("between"))) {
                List<Integer> both = withConjuncts(s, List.of(m));
                pattern.append(" parties=nmod:between");
                if (both.size() >= 2) {
                    sources.add(both.get(0));
                    targets.addAll(both.subList(1, both.size()));
                }
            } else if (targets.isEmpty() && NOUN_TARGET_PREPS.contains(prep)
                    && (t.particle().isEmpty() || prep.equals(t.particle()))) {
                targets.add(m);
                pattern.append(" target=nmod:").append(prep);
            }
        }
        return new Slots(withConjuncts(s, sources), withConjuncts(s, targets), pattern.toString().strip());
    }

    /** Subjects of a verb: its own, else its controller (xcomp), else its conjunct's or host clause's. */
    private static List<Integer> subjects(Sentence s, int v, StringBuilder pattern) {
        List<Integer> own = s.children(v, "nsubj");
        if (!own.isEmpty()) {
            pattern.append("source=nsubj");
            return own;
        }
        int gov = s.governor(v);
        String rel = s.relation(v);
        if (gov < 0) {
            return List.of();
        }
        if (rel.equals("xcomp")) {
            List<Integer> obj = s.children(gov, "obj");
            if (!obj.isEmpty()) {
                pattern.append("source=controller:obj");
                return obj;
            }
            pattern.append("source=controller:");
            return subjects(s, gov, pattern);
        }
        if (rel.equals("conj") || ((rel.equals("advcl") || rel.equals("dep")) && s.token(v).pos().equals("VBG"))) {
            pattern.append("source=").append(rel).append(':');
            return subjects(s, gov, pattern);
        }
        return List.of();
    }

    private static List<Integer> prepositional(Sentence s, int v) {
        List<Integer> out = new ArrayList<>(s.children(v, "obl"));
        out.addAll(s.children(v, "nmod"));
        return out;
    }

    static List<Integer> withConjuncts(Sentence s, List<Integer> heads) {
        List<Integer> out = new ArrayList<>();
        for (int h : heads) {
            out.add(h);
            for (int c : s.children(h, "conj")) {
                if (isNominal(s.token(c))) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    static boolean hasCase(Sentence s, int i, String prep) {
        return caseOf(s, i).equals(prep);
    }

    static String caseOf(Sentence s, int i) {
        for (Dependency d : s.children(i)) {
            if (d.relation().equals("case") || d.relation().equals("mark")) {
                return s.token(d.dependent()).lowerWord();
            }
        }
        return "";
    }

    static String lemma(Sentence s, int i) {
        return s.token(i).lemma().toLowerCase(Locale.ROOT);
    }

    static Optional<Integer> objectOf(Sentence s, int trigger, boolean verb) {
        if (verb) {
            return s.children(trigger, "obj").stream().findFirst();
        }
        for (int m : s.children(trigger, "nmod")) {
            if (hasCase(s, m, "of")) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    private static boolean isNominal(Token t) {
        return t.isNoun() || t.isPronoun() || t.pos().equals("CD") || t.pos().equals("JJ");
    }
}
