package org.dyad.nlp;

import java.time.Month;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.date.CalendarNames;
import org.dyad.text.Dependency;
import org.dyad.text.Token;

/**
 * Mends attachment errors of the neural dependency parser that cost events, after the parse and before anything
 * reads it: subjects with prepositions (below), reduced relative clauses taken for the main verb
 * ({@link #reducedRelative}) or for a clause of it ({@link #participleOnObject}), reported subjects taken for
 * objects ({@link #reportedSubject}), "to" clauses on a demand hung on the verb ({@link #clauseOnRequest}),
 * participles on a statement left unlabelled ({@link #statementParticiple}), a guest's "visiting" taken for a clause
 * ({@link #gerundOnGuest}), the speaker of a trailing attribution taken for an apposition
 * ({@link #trailingAttribution}), an "of" after a long subject taken for a clause's mark ({@link #ofTakenForMark}),
 * two coordinated phrases taken for one compound ({@link #coordinatedCompound}).
 * "Japan decided on Thursday to ease sanctions" comes out with "Thursday" as the subject of "ease" and "ease" as an
 * adverbial clause, so the easing has no actor and reads as a purpose. A subject never takes a preposition: a
 * {@code nsubj} with a {@code case} dependent, or a weekday or month right after a preposition the parse hung on
 * its clause as a {@code mark} ("after Russia seized" keeps its subject), is an oblique ({@code obl}, the
 * preposition its {@code case}); a {@code to}-clause left without a subject by that is the complement it looks
 * like ({@code xcomp}), whose subject is its controller's. Stateless.
 */
final class ParseRepairs {
    /** Weekday and month names ("may" left out: a name as often as a month). */
    private static final Set<String> DAYS = days();

    private ParseRepairs() {
    }

    static List<Dependency> apply(List<Token> tokens, List<Dependency> deps) {
        List<Dependency> out = subjectsWithPrepositions(tokens, deps);
        out = participleOnObject(tokens, reducedRelative(tokens, out));
        out = clauseOnRequest(tokens, reportedSubject(tokens, out));
        out = gerundOnGuest(tokens, statementParticiple(tokens, out));
        out = coordinatedCompound(tokens, out);
        return ofTakenForMark(tokens, trailingAttribution(tokens, out));
    }

    /**
     * "The Angolan government and UNITA rebels signed a ceasefire": the parser makes "government and UNITA" a compound
     * of "rebels", one phrase of two parties. A compound that has a determiner of its own and a conjunct right before
     * the noun it modifies is the first of two coordinated phrases: it takes the noun's place, the noun becomes its
     * conjunct, and the conjunct the noun's compound.
     */
    static List<Dependency> coordinatedCompound(List<Token> tokens, List<Dependency> deps) {
        List<Dependency> out = new ArrayList<>(deps);
        for (Dependency d : deps) {
            int first = d.dependent();
            int noun = d.governor();
            if (!d.relation().equals("compound") || noun <= first
                    || !hasRelation(deps, first, "det")) {
                continue;
            }
            Dependency conj = deps.stream().filter(x -> x.governor() == first && x.relation().equals("conj"))
                    .findFirst().orElse(null);
            Dependency up = deps.stream().filter(x -> x.dependent() == noun).findFirst().orElse(null);
            if (conj == null || up == null || conj.dependent() != noun - 1
                    || !tokens.get(noun).pos().startsWith("NN") || !tokens.get(first).pos().startsWith("NN")) {
                continue;
            }
            out.remove(d);
            out.remove(conj);
            out.remove(up);
            out.add(new Dependency(up.governor(), first, up.relation()));
            out.add(new Dependency(first, noun, "conj"));
            out.add(new Dependency(noun, conj.dependent(), "compound"));
            for (Dependency x : deps) {
                if (x.governor() == conj.dependent() && x.relation().equals("cc")) {
                    out.remove(x);
                    out.add(new Dependency(noun, x.dependent(), "cc"));
                }
            }
        }
        return out.size() == deps.size() && out.containsAll(deps) ? deps : out;
    }

    /** Nouns of something said or written, from words.tsv (pipeline.statement-nouns). */
    private static final Set<String> STATEMENTS = org.dyad.dictionary.WordSets.get("pipeline.statement-nouns");

    /**
     * "approved a resolution criticizing the government": the parser leaves the participle on a noun of something
     * said or written unlabelled ({@code dep}); with no subject of its own it says what the statement says, a clause
     * on the noun ({@code acl}).
     */
    static List<Dependency> statementParticiple(List<Token> tokens, List<Dependency> deps) {
        List<Dependency> out = null;
        for (Dependency d : deps) {
            int noun = d.governor();
            int part = d.dependent();
            if (d.relation().equals("dep") && noun >= 0 && part > noun && tokens.get(part).pos().equals("VBG")
                    && STATEMENTS.contains(tokens.get(noun).lemma().toLowerCase(Locale.ROOT))
                    && !hasRelation(deps, part, "nsubj")) {
                out = out == null ? new ArrayList<>(deps) : out;
                out.set(out.indexOf(d), new Dependency(noun, part, "acl"));
            }
        }
        return out == null ? deps : out;
    }

    /** Nouns of something asked, offered or decided, from words.tsv (nlp.request-nouns). */
    private static final Set<String> REQUESTS = org.dyad.dictionary.WordSets.get("nlp.request-nouns");

    /**
     * "Turkey rejected a Greek demand to withdraw its troops": the parser hangs the "to" clause on the verb
     * ({@code xcomp}), which makes the object its doer, as in "persuaded him to go". A demand, offer or plan does
     * nothing: a {@code to} clause right after such an object is a clause on the noun ({@code acl}).
     */
    static List<Dependency> clauseOnRequest(List<Token> tokens, List<Dependency> deps) {
        List<Dependency> out = null;
        for (Dependency x : deps) {
            int verb = x.governor();
            int clause = x.dependent();
            if (!x.relation().equals("xcomp") || verb < 0 || !markedTo(tokens, deps, clause)) {
                continue;
            }
            for (Dependency o : deps) {
                int noun = o.dependent();
                if (o.governor() == verb && o.relation().equals("obj") && noun > verb && noun < clause
                        && REQUESTS.contains(tokens.get(noun).lemma().toLowerCase(Locale.ROOT))
                        && adjacent(deps, noun, noun, firstOf(deps, clause))) {
                    out = out == null ? new ArrayList<>(deps) : out;
                    out.set(out.indexOf(x), new Dependency(noun, clause, "acl"));
                }
            }
        }
        return out == null ? deps : out;
    }

    /** Verbs that report what their subject says, from words.tsv (event.speech-verbs). */
    private static final Set<String> SPEECH = org.dyad.dictionary.WordSets.get("event.speech-verbs");
    /** Verbs of hoping and believing, whose clause the parser breaks as it does a reported one (nlp.belief-verbs). */
    private static final Set<String> BELIEF = org.dyad.dictionary.WordSets.get("nlp.belief-verbs");

    /**
     * "Rabin said Israel would not negotiate with the PLO", "leaders said they hoped Bolton would be able to help":
     * the parser takes the reported clause's subject for the object of "said" (or "hoped") and leaves the clause
     * without one, hung on that verb as {@code dep}, or makes the verb of speech the subject of the clause's verb
     * ({@code csubj}, the clause's verb the root). A verb of speech or belief whose object is followed at once by an
     * auxiliary or modal of a later word with no subject of its own reports that word's clause: the object becomes
     * its subject, the clause the {@code ccomp} of the verb, and where the parse had the clause above, the verb
     * that was its {@code csubj} the root.
     */
    static List<Dependency> reportedSubject(List<Token> tokens, List<Dependency> deps) {
        for (Dependency o : deps) {
            int say = o.governor();
            int noun = o.dependent();
            String lemma = say < 0 ? "" : tokens.get(say).lemma().toLowerCase(Locale.ROOT);
            if (!o.relation().equals("obj") || !(SPEECH.contains(lemma) || BELIEF.contains(lemma))
                    || !tokens.get(noun).pos().startsWith("NN")) {
                continue;
            }
            int aux = noun + 1;
            Dependency a = aux >= tokens.size() ? null
                    : deps.stream().filter(x -> x.dependent() == aux).findFirst().orElse(null);
            // "said Israel would ...", "said Israel was behind the attack" (the copula of a later word)
            if (a == null || !(a.relation().equals("aux") || a.relation().equals("cop")) || a.governor() <= aux
                    || hasRelation(deps, a.governor(), "nsubj") || hasRelation(deps, a.governor(), "nsubj:pass")) {
                continue;
            }
            int clause = a.governor();
            boolean under = deps.contains(new Dependency(say, clause, "dep"))
                    || deps.contains(new Dependency(say, clause, "parataxis"));
            int top = deps.contains(new Dependency(Dependency.ROOT, clause, "root"))
                    ? csubjAbove(deps, clause, say) : -1;
            if (!under && top < 0) {
                continue;
            }
            List<Dependency> out = new ArrayList<>(deps.size());
            for (Dependency d : deps) {
                if (d.equals(o)) {
                    out.add(new Dependency(clause, noun, "nsubj"));
                } else if (under && d.governor() == say && d.dependent() == clause) {
                    out.add(new Dependency(say, clause, "ccomp"));
                } else if (!under && d.dependent() == top) {
                    out.add(new Dependency(Dependency.ROOT, top, "root"));
                } else if (!under && d.dependent() == clause) {
                    out.add(new Dependency(say, clause, "ccomp"));
                } else {
                    out.add(d);
                }
            }
            return out;
        }
        return deps;
    }

    /**
     * "Troops shelled the town, killing 12 civilians, a local official said": the parser hangs the speaker of the
     * trailing attribution on the noun before it as an apposition ("12 civilians, a local official"), and may make
     * that noun the subject of "said" and the participle clause a dependent of "said". A verb of speech right after
     * an apposition that follows a comma has the apposition for subject; the noun it hung on, if it was the verb's
     * subject, is the object of the participle before it, which hangs on the sentence's verb again; a verb of speech
     * left on that participle hangs on the root (as {@code parataxis}).
     */
    static List<Dependency> trailingAttribution(List<Token> tokens, List<Dependency> deps) {
        int root = deps.stream().filter(d -> d.governor() == Dependency.ROOT).mapToInt(Dependency::dependent)
                .findFirst().orElse(-1);
        for (Dependency ap : deps) {
            int noun = ap.governor();
            int speaker = ap.dependent();
            int say = speaker + 1;
            if (!ap.relation().equals("appos") || say >= tokens.size() || speaker < noun
                    || !tokens.get(say).pos().startsWith("VB") || say == root
                    || !SPEECH.contains(tokens.get(say).lemma().toLowerCase(Locale.ROOT))
                    || !tokens.get(firstOf(deps, speaker) - 1).word().equals(",")
                    || deps.stream().anyMatch(d -> d.governor() == say && d.relation().equals("nsubj")
                            && d.dependent() != noun)) {
                continue;
            }
            Dependency up = deps.stream().filter(d -> d.dependent() == say).findFirst().orElse(null);
            int part = up == null ? -1 : up.governor();
            List<Dependency> out = new ArrayList<>(deps);
            out.remove(ap);
            out.add(new Dependency(say, speaker, "nsubj"));
            if (out.remove(new Dependency(say, noun, "nsubj"))) {
                // "killing at least 20 fighters, a UN spokesman said": the fighters were killed
                int ger = deps.stream().filter(d -> d.governor() == say && d.dependent() < noun
                        && tokens.get(d.dependent()).pos().equals("VBG")).mapToInt(Dependency::dependent)
                        .findFirst().orElse(-1);
                int top = up == null ? -1 : up.governor();
                if (ger < 0 || top < 0) {
                    continue;
                }
                out.add(new Dependency(ger, noun, "obj"));
                out.removeIf(d -> d.dependent() == ger);
                out.add(new Dependency(top, ger, "advcl"));
            } else if (part >= 0 && root >= 0 && part != root && tokens.get(part).pos().equals("VBG")) {
                out.remove(up);
                out.add(new Dependency(root, say, "parataxis"));
            }
            return out;
        }
        return deps;
    }

    /**
     * "The Nigerian Union of Teachers (NUT), the umbrella union for teachers, announced ...": after a long apposition
     * the parser may take the "of" for the mark of a clause whose subject is the "of" phrase ("of Teachers ...
     * announced"), the clause hung on the first noun. A finite verb marked by "of" that directly follows a noun, the
     * verb's subject right after the "of", is the noun's verb: the noun becomes its subject and takes the "of" phrase
     * back ({@code nmod}, the "of" its {@code case}), and the verb takes the noun's place.
     */
    static List<Dependency> ofTakenForMark(List<Token> tokens, List<Dependency> deps) {
        for (Dependency m : deps) {
            int verb = m.governor();
            int of = m.dependent();
            if (!m.relation().equals("mark") || verb < 0 || of < 1 || !tokens.get(of).lowerWord().equals("of")
                    || !tokens.get(of - 1).pos().startsWith("NN")
                    || !Set.of("VBD", "VBZ", "VBP").contains(tokens.get(verb).pos())) {
                continue;
            }
            int noun = of - 1;
            int subj = deps.stream().filter(d -> d.governor() == verb && d.relation().equals("nsubj")
                    && Math.min(firstOf(deps, d.dependent()), d.dependent()) == of + 1)
                    .mapToInt(Dependency::dependent).findFirst().orElse(-1);
            Dependency hang = deps.stream().filter(d -> d.dependent() == verb).findFirst().orElse(null);
            Dependency place = deps.stream().filter(d -> d.dependent() == noun).findFirst().orElse(null);
            if (subj < 0 || hang == null || place == null || hang.governor() != noun) {
                continue;
            }
            List<Dependency> out = new ArrayList<>(deps);
            out.removeAll(List.of(m, hang, place, new Dependency(verb, subj, "nsubj")));
            out.add(new Dependency(place.governor(), verb, place.relation()));
            out.add(new Dependency(verb, noun, "nsubj"));
            out.add(new Dependency(noun, subj, "nmod"));
            out.add(new Dependency(subj, of, "case"));
            return out;
        }
        return deps;
    }

    /**
     * The {@code csubj} of {@code clause} that is {@code verb} or governs it through complements ("said" over
     * "hoped"), or -1.
     */
    private static int csubjAbove(List<Dependency> deps, int clause, int verb) {
        int cur = verb;
        for (int guard = 0; cur >= 0 && guard < deps.size(); guard++) {
            int at = cur;
            Dependency up = deps.stream().filter(x -> x.dependent() == at).findFirst().orElse(null);
            if (up == null) {
                return -1;
            }
            if (up.governor() == clause) {
                return up.relation().equals("csubj") ? cur : -1;
            }
            if (!up.relation().equals("ccomp")) {
                return -1;
            }
            cur = up.governor();
        }
        return -1;
    }

    /** Relations that would make a participle a clause of its own: an auxiliary, a "that" or "to", an object. */
    private static final Set<String> CLAUSE_MARKS = Set.of("aux", "aux:pass", "mark", "obj", "cop");

    /**
     * "Vietnam released 20 fishermen detained last month", "Turkey deported 12 Syrians caught in Istanbul": the parser
     * makes the noun the subject of the participle and hangs the participle on the verb as a clause ({@code dep} or
     * {@code ccomp}). A past participle with no auxiliary, mark or object of its own, whose subject is the first
     * phrase after a verb that has no object, is a reduced relative clause on that verb's object: the noun becomes the
     * verb's {@code obj}, the participle an {@code acl} on it. Where the verb has its object right before the
     * participle ("freed 30 prisoners held without trial"), the participle hangs on that object.
     */
    static List<Dependency> participleOnObject(List<Token> tokens, List<Dependency> deps) {
        List<Dependency> out = new ArrayList<>(deps);
        for (Dependency d : deps) {
            int verb = d.governor();
            int part = d.dependent();
            if (!(d.relation().equals("dep") || d.relation().equals("ccomp")) || verb < 0 || part < verb
                    || !tokens.get(part).pos().equals("VBN") || !tokens.get(verb).pos().startsWith("VB")
                    || deps.stream().anyMatch(x -> x.governor() == part && CLAUSE_MARKS.contains(x.relation()))) {
                continue;
            }
            int noun = -1;
            String nounRel = "";
            for (Dependency x : deps) {
                if (x.governor() == part && x.relation().equals("nsubj") && x.dependent() < part) {
                    noun = x.dependent();
                    nounRel = "nsubj";
                } else if (x.governor() == verb && x.relation().equals("obj") && x.dependent() < part) {
                    noun = x.dependent();
                    nounRel = "obj";
                }
            }
            if (noun < 0 || !tokens.get(noun).pos().startsWith("NN") || !adjacent(deps, verb, noun, part)
                    || (nounRel.equals("nsubj") && hasRelation(deps, verb, "obj"))) {
                continue;
            }
            out.remove(d);
            out.add(new Dependency(noun, part, "acl"));
            if (nounRel.equals("nsubj")) {
                out.remove(new Dependency(part, noun, "nsubj"));
                out.add(new Dependency(verb, noun, "obj"));
            }
        }
        return out.size() == deps.size() && out.containsAll(deps) ? deps : out;
    }

    /** Verbs of meeting someone (words.tsv nlp.guest-verbs). */
    private static final Set<String> GUESTS = org.dyad.dictionary.WordSets.get("nlp.guest-verbs");
    /** How the parser hangs such a gerund on the verb. */
    private static final Set<String> CLAUSE_LINKS = Set.of("xcomp", "dep", "advcl", "ccomp");

    /**
     * "Egypt's president met visiting Jordanian King Hussein in Cairo": the parser reads "visiting" as a clause of
     * "met" ({@code xcomp}, {@code dep}) with the king its object, so Egypt visits him. A gerund right after a verb of
     * meeting that has no object of its own, the gerund with one, modifies that object: the object becomes the verb's,
     * the gerund an {@code amod} on it, and what else hung on the gerund after the object (where, when) the verb's.
     */
    static List<Dependency> gerundOnGuest(List<Token> tokens, List<Dependency> deps) {
        List<Dependency> out = new ArrayList<>(deps);
        for (Dependency d : deps) {
            int verb = d.governor();
            int ger = d.dependent();
            if (!CLAUSE_LINKS.contains(d.relation()) || verb < 0 || ger != verb + 1
                    || !tokens.get(ger).pos().equals("VBG")
                    || !GUESTS.contains(tokens.get(verb).lemma().toLowerCase(java.util.Locale.ROOT))
                    || hasRelation(deps, verb, "obj")) {
                continue;
            }
            int guest = deps.stream().filter(x -> x.governor() == ger && x.relation().equals("obj"))
                    .mapToInt(Dependency::dependent).findFirst().orElse(-1);
            if (guest < 0 || !tokens.get(guest).pos().startsWith("NN")) {
                continue;
            }
            out.remove(d);
            out.add(new Dependency(guest, ger, "amod"));
            for (Dependency x : deps) {
                if (x.governor() == ger && (x.dependent() == guest || x.dependent() > guest)) {
                    out.remove(x);
                    out.add(new Dependency(verb, x.dependent(), x.relation()));
                }
            }
        }
        return out.size() == deps.size() && out.containsAll(deps) ? deps : out;
    }

    /** The first word of the clause headed by {@code clause} among its direct dependents ("to" of "to go"). */
    private static int firstOf(List<Dependency> deps, int clause) {
        return deps.stream().filter(d -> d.governor() == clause).mapToInt(Dependency::dependent).min()
                .orElse(clause);
    }

    /** Whether the phrase of {@code noun} fills the words between {@code verb} and {@code part}. */
    private static boolean adjacent(List<Dependency> deps, int verb, int noun, int part) {
        for (int i = verb + 1; i < part; i++) {
            int cur = i;
            for (int guard = 0; cur != noun && cur >= 0 && guard < deps.size(); guard++) {
                int at = cur;
                cur = deps.stream().filter(x -> x.dependent() == at).mapToInt(Dependency::governor).findFirst()
                        .orElse(-1);
            }
            if (cur != noun) {
                return false;
            }
        }
        return true;
    }

    private static List<Dependency> subjectsWithPrepositions(List<Token> tokens, List<Dependency> deps) {
        Set<Integer> cased = new HashSet<>();
        for (Dependency d : deps) {
            if (d.relation().equals("case")) {
                cased.add(d.governor());
            }
        }
        // "on Thursday" as the clause's subject, its "on" hung on the clause as a mark: the preposition goes back
        Set<Integer> misplaced = new HashSet<>();
        for (Dependency d : deps) {
            int p = d.dependent() - 1;
            if (d.relation().equals("nsubj") && p >= 0 && tokens.get(p).pos().equals("IN")
                    && isDay(tokens.get(d.dependent())) && deps.contains(new Dependency(d.governor(), p, "mark"))) {
                misplaced.add(p);
                cased.add(d.dependent());
            }
        }
        List<Dependency> out = new ArrayList<>(deps.size());
        Set<Integer> lostSubject = new HashSet<>();
        for (Dependency d : deps) {
            if (d.relation().equals("nsubj") && cased.contains(d.dependent())) {
                out.add(new Dependency(d.governor(), d.dependent(), "obl"));
                lostSubject.add(d.governor());
            } else if (d.relation().equals("mark") && misplaced.contains(d.dependent())) {
                out.add(new Dependency(d.dependent() + 1, d.dependent(), "case"));
            } else {
                out.add(d);
            }
        }
        if (lostSubject.isEmpty()) {
            return deps;
        }
        for (Dependency d : out) {
            if (d.relation().equals("nsubj")) {
                lostSubject.remove(d.governor()); // it has another subject of its own
            }
        }
        for (int i = 0; i < out.size(); i++) {
            Dependency d = out.get(i);
            if (d.relation().equals("advcl") && lostSubject.contains(d.dependent())
                    && markedTo(tokens, out, d.dependent())) {
                out.set(i, new Dependency(d.governor(), d.dependent(), "xcomp"));
            }
        }
        return out;
    }

    /**
     * "Missiles fired by the Russian military struck a depot", "troops sent by Moscow entered the town": the parser
     * takes the participle for the main verb ("fired" the root, "Missiles" its subject) and hangs the real verb on
     * it as {@code dep}. A root past verb or participle with a subject before it, a "by" agent after it and, after
     * the agent, a verb of its own with an object and no subject of its own (a {@code dep}) is a reduced relative
     * clause: the later verb is the root, the subject is its subject, the participle an {@code acl} on the subject,
     * and what followed the later verb hangs on it.
     */
    static List<Dependency> reducedRelative(List<Token> tokens, List<Dependency> deps) {
        int root = -1;
        for (Dependency d : deps) {
            if (d.governor() == Dependency.ROOT) {
                root = d.dependent();
            }
        }
        if (root < 0 || !(tokens.get(root).pos().equals("VBD") || tokens.get(root).pos().equals("VBN"))) {
            return deps;
        }
        int subject = -1;
        int agent = -1;
        int verb = -1;
        for (Dependency d : deps) {
            if (d.governor() != root) {
                continue;
            }
            int c = d.dependent();
            if (d.relation().equals("nsubj") && c < root && tokens.get(c).pos().startsWith("NN")) {
                subject = c;
            } else if (d.relation().equals("obl") && c > root && hasChild(tokens, deps, c, "case", "by")) {
                agent = c;
            } else if (d.relation().equals("dep") && tokens.get(c).pos().startsWith("VB")) {
                verb = c;
            }
        }
        if (subject < 0 || agent < 0 || verb < agent || hasRelation(deps, verb, "nsubj")
                || !hasRelation(deps, verb, "obj")) {
            return deps;
        }
        List<Dependency> out = new ArrayList<>(deps.size());
        for (Dependency d : deps) {
            if (d.governor() == Dependency.ROOT) {
                out.add(new Dependency(Dependency.ROOT, verb, "root"));
            } else if (d.governor() == root && d.dependent() == subject) {
                out.add(new Dependency(verb, subject, "nsubj"));
            } else if (d.governor() == root && d.dependent() == verb) {
                out.add(new Dependency(subject, root, "acl"));
            } else if (d.governor() == root && d.dependent() > verb) {
                out.add(new Dependency(verb, d.dependent(), d.relation()));
            } else {
                out.add(d);
            }
        }
        return out;
    }

    private static boolean hasRelation(List<Dependency> deps, int governor, String relation) {
        return deps.stream().anyMatch(d -> d.governor() == governor && d.relation().equals(relation));
    }

    private static boolean hasChild(List<Token> tokens, List<Dependency> deps, int governor, String relation,
                                    String word) {
        return deps.stream().anyMatch(d -> d.governor() == governor && d.relation().equals(relation)
                && tokens.get(d.dependent()).lowerWord().equals(word));
    }

    private static Set<String> days() {
        Set<String> out = new HashSet<>(CalendarNames.weekdays().keySet());
        for (Month m : Month.values()) {
            out.add(m.name().toLowerCase(Locale.ROOT));
        }
        out.remove("may");
        return Set.copyOf(out);
    }

    /** Whether the token names a day or a month: what "on" or "in" dates, never what a clause is about. */
    private static boolean isDay(Token t) {
        return DAYS.contains(t.lowerWord());
    }

    private static boolean markedTo(List<Token> tokens, List<Dependency> deps, int clause) {
        for (Dependency d : deps) {
            if (d.governor() == clause && d.relation().equals("mark")
                    && tokens.get(d.dependent()).lowerWord().equals("to")) {
                return true;
            }
        }
        return false;
    }
}
