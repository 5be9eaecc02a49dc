package org.dyad.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dyad.dictionary.WordSets;
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
            if (sources.isEmpty() && t.selfPassive()) {
                // "guerrillas have been demobilized": they did it
                sources.addAll(passive);
                pattern.append("passive: source=nsubj:pass (no agent)");
                return new Slots(withConjuncts(s, sources), List.of(), pattern.toString());
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
            for (Dependency d : s.children(v)) {
                // "called on US to lift sanctions", parsed as a clause "on US to lift" whose subject is the target
                if ((d.relation().equals("advcl") || d.relation().equals("ccomp"))
                        && hasCase(s, d.dependent(), t.particle()) && targets.isEmpty()) {
                    targets.addAll(s.children(d.dependent(), "nsubj"));
                    pattern.append(" target=").append(t.particle()).append("-clause/nsubj");
                }
            }
        } else {
            for (int o : s.children(v, "obj")) {
                if (!isConstraintObject(s, o, t) && isNominal(s.token(o))) {
                    targets.add(o);
                    pattern.append(" target=obj");
                }
            }
            for (int o : s.children(v, "iobj")) {
                targets.add(o);
                pattern.append(" target=iobj");
            }
            if (targets.isEmpty()) {
                // the coded object's owner or author: "rejected a Senegalese plan", "accepted demands from
                // the rebels", "demanded the withdrawal of Serbian forces"
                for (int o : s.children(v, "obj")) {
                    if (isConstraintObject(s, o, t)) {
                        targets.addAll(Owners.of(s, o));
                        if (!targets.isEmpty()) {
                            pattern.append(" target=obj/owner");
                        }
                    }
                }
            }
            if (targets.isEmpty()) {
                for (int o : prepositional(s, v)) {
                    String prep = caseOf(s, o);
                    if (TARGET_PREPS.contains(prep) && isNominal(s.token(o)) && !instrument(t.code(), prep)) {
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
                // "demanded that the US cancel", "insisted that Israel withdraw": the clause's subject
                for (int c : s.children(v, "ccomp")) {
                    for (int o : s.children(c, "nsubj")) {
                        if (isNominal(s.token(o)) && !s.token(o).isPronoun()) {
                            targets.add(o);
                            pattern.append(" target=ccomp/nsubj");
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

    /** Prepositions that name a party of an event rather than its scene. */
    private static final Set<String> PARTY_PREPS = WordSets.get("event.party-prepositions");

    /**
     * Where a target may stand when the slots give none that names an actor, in order: the trigger's own object
     * when the entry constrains it ("released the opposition leaders": whom), its party phrases ("to the UN
     * Security Council", "for the Afghan government", "against X"), the subject of a "for" or "on" clause ("called
     * for Britain to stay"), and the object of a purpose or complement clause ("donated ventilators to assist
     * Ethiopia", "called Erdogan to apologise": whom). The caller resolves them; none is an actor by itself.
     */
    static List<Integer> secondaryTargets(Sentence s, int v, Trigger t) {
        List<Integer> out = new ArrayList<>();
        // withdrawing from a place, or ending a mission there, is done to that place's country
        boolean from = t.code().startsWith("087") || t.code().startsWith("166") || t.code().startsWith("0874");
        out.addAll(s.children(v, "obj"));
        out.addAll(parties(s, v, from, t.code()));
        for (Dependency d : s.children(v)) {
            String rel = d.relation();
            int c = d.dependent();
            if (rel.equals("xcomp") || rel.equals("advcl") || rel.equals("ccomp") || rel.equals("acl")) {
                if (hasCase(s, c, "for") || hasCase(s, c, "on")) {
                    out.addAll(s.children(c, "nsubj"));
                }
                for (int o : s.children(c, "obj")) {
                    if (isNominal(s.token(o))) {
                        out.add(o);
                    }
                }
                // "agreed to lift embargoes against OPEC", "considering sending aid to North Korea"
                out.addAll(parties(s, c, from, t.code()));
            }
        }
        return out;
    }

    /**
     * Whether a "with" phrase is what the act is done with, not whom: an attack, a bombing or a shelling "with
     * artillery" (CAMEO 18, 19, 20), where "met with", "clashed with" and "agreed with" name the other party.
     */
    private static boolean instrument(String code, String prep) {
        return prep.equals("with") && (code.startsWith("18") || code.startsWith("19") || code.startsWith("20"))
                && !code.equals("190");
    }

    /** The party phrases of a verb: "to the Security Council", "against OPEC" (and "from Rwanda" when asked). */
    private static List<Integer> parties(Sentence s, int v, boolean from, String code) {
        List<Integer> out = new ArrayList<>();
        for (int o : prepositional(s, v)) {
            String prep = caseOf(s, o);
            if ((PARTY_PREPS.contains(prep) || (from && prep.equals("from"))) && isNominal(s.token(o))
                    && !instrument(code, prep)) {
                out.add(o);
            }
        }
        return out;
    }

    static Slots forNoun(Sentence s, int n, Trigger t) {
        List<Integer> sources = new ArrayList<>();
        List<Integer> targets = new ArrayList<>();
        StringBuilder pattern = new StringBuilder();
        sources.addAll(s.children(n, "nmod:poss"));
        if (!sources.isEmpty()) {
            pattern.append("source=nmod:poss");
        } else if (!s.children(n, "cop").isEmpty() && !s.children(n, "nsubj").isEmpty()) {
            // "Germany is the largest donor": the copula's subject
            sources.addAll(s.children(n, "nsubj"));
            pattern.append("source=nsubj(cop)");
        }
        List<Integer> phrases = new ArrayList<>(s.children(n, "nmod"));
        if (s.token(n).pos().equals("VBG")) {
            phrases.addAll(s.children(n, "obl")); // a gerund as a noun: "fighting between X and Y"
        }
        for (int m : phrases) {
            String prep = caseOf(s, m);
            if (prep.equals("of") && targets.isEmpty() && PATIENT_OF.contains(lemma(s, n))) {
                targets.add(m); // "the arrest of its citizens": done to them
                pattern.append(" target=nmod:of");
            } else if (sources.isEmpty() && (prep.equals("by") || (prep.equals("of") && t.objects().isEmpty()))) {
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
        if (targets.isEmpty()) {
            // "its demand that Israel ease restrictions": the clause's subject
            for (Dependency d : s.children(n)) {
                if (d.relation().equals("ccomp") || d.relation().equals("acl")) {
                    for (int o : s.children(d.dependent(), "nsubj")) {
                        if (isNominal(s.token(o)) && !s.token(o).isPronoun()) {
                            targets.add(o);
                            pattern.append(" target=ccomp/nsubj");
                        }
                    }
                }
            }
        }
        int gov = s.governor(n);
        String rel = s.relation(n);
        // "went on strike", "took part in talks"; "returned to Geneva for talks" when the verb has no object of its
        // own ("invited Bagheri for a visit" is Bagheri's visit)
        boolean lightObl = rel.startsWith("obl") && (hasCase(s, n, "on") || hasCase(s, n, "in")
                || (hasCase(s, n, "for") && gov >= 0 && s.children(gov, "obj").isEmpty()));
        // "held 300 villagers as human shields": the role the verb puts its object in is done to that object
        boolean asRole = rel.startsWith("obl") && hasCase(s, n, "as") && gov >= 0 && s.token(gov).isVerb()
                && !s.children(gov, "obj").isEmpty();
        if (asRole && sources.isEmpty()) {
            sources.addAll(subjects(s, gov, pattern.append(" as-role:")));
            if (targets.isEmpty()) {
                targets.addAll(s.children(gov, "obj"));
                pattern.append(" target=verb/obj");
            }
            return new Slots(withConjuncts(s, sources), withConjuncts(s, targets), pattern.toString().strip());
        }
        if (sources.isEmpty() && gov >= 0 && s.token(gov).isVerb()
                && (rel.equals("obj") || rel.equals("nsubj:pass") || lightObl)) {
            // a light verb carries the noun's actors: "Peru issued an ultimatum to Ecuador", "staged a hunger strike"
            if (rel.equals("obj") && RECEIVING.contains(lemma(s, gov))) {
                // "the raid drew condemnation from Russia": Russia condemned, the raid's author is the target
                for (int o : prepositional(s, gov)) {
                    if (hasCase(s, o, "from") && isNominal(s.token(o))) {
                        sources.add(o);
                    }
                }
                for (int o : s.children(n, "nmod")) {
                    if (hasCase(s, o, "from") && isNominal(s.token(o))) {
                        sources.add(o);
                    }
                }
                pattern.append(" received:source=from");
                if (targets.isEmpty()) {
                    targets.addAll(subjects(s, gov, pattern.append(" target=subject:")));
                }
                return new Slots(withConjuncts(s, sources), withConjuncts(s, targets), pattern.toString().strip());
            }
            if (!rel.equals("nsubj:pass")) {
                sources.addAll(subjects(s, gov, pattern.append(" light-verb:")));
            } else {
                for (int o : s.children(gov, "obl")) {
                    if (hasCase(s, o, "by")) {
                        sources.add(o);
                        pattern.append(" light-verb:source=obl:by");
                    }
                }
            }
            if (targets.isEmpty()) {
                for (int o : prepositional(s, gov)) {
                    String prep = caseOf(s, o);
                    if (o != n && NOUN_TARGET_PREPS.contains(prep) && isNominal(s.token(o))
                            && (t.particle().isEmpty() || prep.equals(t.particle()))) {
                        targets.add(o);
                        pattern.append(" target=light-verb/obl:").append(prep);
                        break;
                    }
                }
            }
        }
        return new Slots(withConjuncts(s, sources), withConjuncts(s, targets), pattern.toString().strip());
    }

    /** Nouns whose "of" phrase is whom they are done to (words.tsv event.patient-of-nouns). */
    private static final Set<String> PATIENT_OF = WordSets.get("event.patient-of-nouns");
    /** Verbs whose subject receives what their object names (words.tsv event.receiving-verbs). */
    private static final Set<String> RECEIVING = WordSets.get("event.receiving-verbs");
    /** Verbs whose "on" phrase names who is to act: "called on Israel to ease", "prevailed upon them to". */
    private static final Set<String> APPEALS_ON = WordSets.get("event.appeals-on");
    /** Verbs whose object does what their "to" clause says; after others the clause is the subject's aim. */
    private static final Set<String> OBJECT_CONTROL = WordSets.get("event.object-control-verbs");
    private static final Set<String> QUANTITIES = WordSets.get("event.quantities");
    /** Verbs whose subject puts out the statement that is their object: "issued a declaration demanding ...". */
    private static final Set<String> AUTHORING = WordSets.get("event.authoring-verbs");

    /** Lemmas of weapons and strikes, which act for whoever fired them (words.tsv event.weapon-nouns). */
    private static final Set<String> WEAPONS = WordSets.get("event.weapon-nouns");

    /**
     * "Missiles fired by the Russian military struck a depot", "rockets launched by Hamas hit a town": a weapon is
     * not the actor; whoever fired it, the "by" agent of the participle on it, is.
     */
    private static List<Integer> launchers(Sentence s, List<Integer> subjects) {
        List<Integer> out = new ArrayList<>();
        for (int h : subjects) {
            String word = s.token(h).lowerWord();
            // a capitalised first word may be tagged a name and keep its plural as its lemma ("Missiles")
            if (!WEAPONS.contains(lemma(s, h)) && !(word.endsWith("s") && WEAPONS.contains(word.substring(0,
                    word.length() - 1)))) {
                continue;
            }
            for (int c : s.children(h, "acl")) {
                for (int o : s.children(c, "obl")) {
                    if (hasCase(s, o, "by")) {
                        out.add(o);
                    }
                }
            }
        }
        return out;
    }

    /** Subjects of a verb: its own, else its controller (xcomp), else its conjunct's or host clause's. */
    private static List<Integer> subjects(Sentence s, int v, StringBuilder pattern) {
        List<Integer> own = s.children(v, "nsubj");
        if (!own.isEmpty()) {
            List<Integer> launchers = launchers(s, own);
            if (!launchers.isEmpty()) {
                pattern.append("source=nsubj/weapon-by");
                return launchers;
            }
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
            if (!obj.isEmpty() && OBJECT_CONTROL.contains(lemma(s, gov))) {
                pattern.append("source=controller:obj");
                return obj;
            }
            for (int o : prepositional(s, gov)) {
                // "called on Israel to ease restrictions": Israel would ease them ("offered on Monday to" is a date)
                if ((hasCase(s, o, "on") || hasCase(s, o, "upon")) && APPEALS_ON.contains(lemma(s, gov))) {
                    pattern.append("source=controller:obl:on");
                    return List.of(o);
                }
            }
            pattern.append("source=controller:");
            return subjects(s, gov, pattern);
        }
        if (rel.equals("conj") || ((rel.equals("advcl") || rel.equals("dep")) && s.token(v).pos().equals("VBG"))) {
            pattern.append("source=").append(rel).append(':');
            return subjects(s, gov, pattern);
        }
        if (rel.equals("acl") && s.token(v).pos().equals("VBG") && s.relation(gov).equals("obj")
                && s.governor(gov) >= 0 && AUTHORING.contains(lemma(s, s.governor(gov)))) {
            // "issued a declaration demanding ...": the issuer
            pattern.append("source=acl/obj:");
            return subjects(s, s.governor(gov), pattern);
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

    /**
     * What a trigger's object constraint is checked against: the object's lemma and word, and each
     * modifier joined to it ({@code military_aid}, {@code hunger_strike}). A verb with no object offers its
     * passive subject ("aid was suspended") or, failing that, its complement verb ("declined to comment").
     */
    static Set<String> objectKeys(Sentence s, int trigger, boolean verb) {
        Optional<Integer> obj = objectOf(s, trigger, verb);
        if (obj.isEmpty() && verb) {
            obj = s.children(trigger, "nsubj:pass").stream().findFirst();
        }
        if (obj.isEmpty() && verb) {
            obj = s.children(trigger, "xcomp").stream().findFirst();
        }
        if (obj.isEmpty() && verb) {
            // a noun right after the verb that the parse hung elsewhere ("expressed hopes the government will")
            for (int i = trigger + 1; i < Math.min(s.size(), trigger + 4); i++) {
                Token t = s.token(i);
                if (t.isNoun() && s.dominates(trigger, i)) {
                    obj = Optional.of(i);
                    break;
                }
                if (!(t.pos().startsWith("JJ") || t.pos().startsWith("DT") || t.pos().equals("PRP$")
                        || t.pos().startsWith("RB"))) {
                    break;
                }
            }
        }
        if (obj.isEmpty() && verb) {
            // "claimed that they had attacked", "is considering sending aid": the complement clause's verb
            obj = s.children(trigger, "ccomp").stream().findFirst();
            if (obj.isPresent() && s.children(obj.get(), "mark").stream()
                    .anyMatch(m -> s.token(m).lowerWord().equals("that"))) {
                Set<String> keys = new java.util.HashSet<>(keysOf(s, obj.get()));
                keys.add("that"); // "denied that it had attacked" (deny +that)
                return keys;
            }
            if (obj.isEmpty()) {
                obj = s.children(trigger, "acl").stream().filter(i -> s.token(i).isVerb()).findFirst();
            }
        }
        if (obj.isEmpty()) {
            return Set.of();
        }
        return keysOf(s, obj.get());
    }

    /** Whether the noun at {@code o} is one the trigger's object constraint names (so it is not the target). */
    static boolean isConstraintObject(Sentence s, int o, Trigger t) {
        return !t.objects().isEmpty() && (t.objects().contains("*") || keysOf(s, o).stream().anyMatch(t.objects()::contains));
    }

    private static Set<String> keysOf(Sentence s, int o) {
        if (QUANTITIES.contains(lemma(s, o))) {
            // "captured part of a stronghold", "sent dozens of doctors": the "of" phrase is what is acted on
            for (int n : s.children(o, "nmod")) {
                if (hasCase(s, n, "of")) {
                    o = n;
                    break;
                }
            }
        }
        Set<String> keys = new java.util.HashSet<>();
        String head = lemma(s, o);
        keys.add(head);
        keys.add(s.token(o).lowerWord());
        for (Dependency d : s.children(o)) {
            String rel = d.relation();
            if (rel.equals("amod") || rel.equals("compound") || rel.equals("nmod:npmod")) {
                for (String h : List.of(head, s.token(o).lowerWord())) {
                    keys.add(lemma(s, d.dependent()) + "_" + h);
                    keys.add(s.token(d.dependent()).lowerWord() + "_" + h);
                    if (hyphenated(s, d.dependent(), o)) {
                        keys.add(s.token(d.dependent()).lowerWord() + "-" + h); // "cease - fire" as one word
                    } else if (hyphenated(s, o, d.dependent())) {
                        keys.add(h + "-" + s.token(d.dependent()).lowerWord()); // "sit - in", the head first
                    }
                }
            } else if (rel.startsWith("nmod") && hasCase(s, d.dependent(), "of")) {
                keys.add(head + "_of_" + lemma(s, d.dependent())); // "state of emergency"
            }
            Token m = s.token(d.dependent());
            if (s.token(o).isProperNoun() && (!m.isProperNoun() || m.ner().equals("O")) && m.isNoun()
                    && (rel.equals("compound") || rel.equals("appos"))) {
                // a named person's title says what they are: "released German journalist Anna Weber", "freed
                // Ali Traore, an aid worker", "received Foreign Minister David Levy" (a title in capitals)
                keys.add(lemma(s, d.dependent()));
                keys.add(s.token(d.dependent()).lowerWord());
            }
        }
        return keys;
    }

    /**
     * Whether {@code mod} and {@code head} are the halves of one hyphenated word the tokenizer split ("cease - fire",
     * "sit - in"): adjacent but for a hyphen between them.
     */
    static boolean hyphenated(Sentence s, int mod, int head) {
        return head == mod + 2 && s.token(mod + 1).word().equals("-");
    }

    /** A noun's lemma in lower case, whole again where the tokenizer split it at a hyphen ("cease-fire", "sit-in"). */
    static String wholeLemma(Sentence s, int i) {
        for (Dependency c : s.children(i)) {
            int d = c.dependent();
            if (c.relation().equals("compound") && hyphenated(s, d, i)) {
                return s.token(d).lowerWord() + "-" + lemma(s, i);
            }
            if ((c.relation().equals("amod") || c.relation().equals("compound")) && hyphenated(s, i, d)) {
                return lemma(s, i) + "-" + s.token(d).lowerWord(); // "sit - in": the head is the first half
            }
        }
        return lemma(s, i);
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

    static boolean isNominal(Token t) {
        return t.isNoun() || t.isPronoun() || t.pos().equals("CD") || t.pos().equals("JJ");
    }
}
