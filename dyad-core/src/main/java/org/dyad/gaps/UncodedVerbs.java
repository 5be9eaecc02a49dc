package org.dyad.gaps;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dyad.actor.ActorResolver;
import org.dyad.actor.CountryGazetteer;
import org.dyad.actor.Entity;
import org.dyad.actor.Mention;
import org.dyad.actor.SentenceLexicon;
import org.dyad.dictionary.VerbDictionary;
import org.dyad.dictionary.WordSets;
import org.dyad.event.EventDraft;
import org.dyad.text.Dependency;
import org.dyad.text.Sentence;
import org.dyad.text.Token;

/**
 * The verbs of one sentence that head a clause between two coded actors and that no trigger or pattern coded.
 *
 * <p>A verb counts when it heads a clause ({@code gaps.clause-relations}: "Kenya <b>rebuked</b> Uganda", a
 * conjunct, a complement), its doer and the other party both resolve to codable actors that differ, and no draft
 * of any coder, kept or dropped, sits at it: none at the verb itself, none at a noun it governs ("held
 * <i>talks</i> with"), none at a verb that controls it ("<i>threatened</i> to attack"). The doer is the subject
 * (inherited from the verb above for "agreed to meet" and "met Uganda and rebuked Tanzania"), or the agent of a
 * passive; the other party the object, the indirect object, an oblique after a preposition of parties
 * ({@code gaps.party-prepositions}: "cooperated <i>with</i> Tanzania", never "in Nairobi") unless it is a
 * capital, which says where ("returned to Kampala"), or the subject of a passive. Each party's phrase must be
 * headed by a word that names an actor (a name, a pronoun, a country, a title or office): "Iranian <i>sites</i>"
 * is a thing, not Iran. A verb the verb dictionary knows is listed too, with
 * its block ({@link VerbGap#known}): its patterns did not fit this clause. Stateless.
 */
final class UncodedVerbs {
    private static final Set<String> CLAUSES = WordSets.get("gaps.clause-relations");
    private static final Set<String> NOT_VERBS = WordSets.get("gaps.not-verbs");
    private static final Set<String> PARTY = WordSets.get("gaps.party-prepositions");
    /** Relations by which a draft's trigger hangs on the verb that carries it: "held talks", "agreed to meet". */
    private static final Set<String> CARRIED = Set.of("obj", "xcomp", "nsubj:pass");
    private static final String WORD = "[a-z][a-z'\\-]*";

    private UncodedVerbs() {
    }

    static List<VerbGap> find(Sentence s, SentenceLexicon lex, ActorResolver resolver, List<EventDraft> drafts,
                              VerbDictionary verbs, Example example) {
        List<VerbGap> out = new ArrayList<>();
        for (int v = 0; v < s.size(); v++) {
            Token t = s.token(v);
            String lemma = t.lemma().toLowerCase(Locale.ROOT);
            if (!t.isVerb() || !CLAUSES.contains(s.relation(v)) || NOT_VERBS.contains(lemma) || !lemma.matches(WORD)
                    || covered(s, v, drafts)) {
                continue;
            }
            Optional<Entity[]> pair = parties(s, lex, resolver, v);
            if (pair.isEmpty()) {
                continue;
            }
            List<String> words = new ArrayList<>();
            words.add(lemma);
            for (int p : s.children(v, "compound:prt")) {
                words.add(s.token(p).lowerWord());
            }
            if (words.stream().allMatch(w -> w.matches(WORD))) {
                out.add(new VerbGap(words, 0, t.word(), pair.get()[0].code(), pair.get()[1].code(),
                        known(verbs, words, t.word()), example));
            }
        }
        return out;
    }

    /** Whether a draft sits at the verb, at a noun or verb it carries, or at a verb that controls it. */
    private static boolean covered(Sentence s, int v, List<EventDraft> drafts) {
        for (EventDraft d : drafts) {
            int t = d.trigger();
            if ((v >= t && v < d.triggerEnd())
                    || (s.governor(t) == v && CARRIED.contains(s.relation(t)))
                    || (s.governor(v) == t && s.relation(v).equals("xcomp"))) {
                return true;
            }
        }
        return false;
    }

    /** The doer and the other party of the clause the verb heads, both codable and different; else empty. */
    private static Optional<Entity[]> parties(Sentence s, SentenceLexicon lex, ActorResolver resolver, int v) {
        Optional<Entity> doer = Optional.empty();
        List<Integer> others = new ArrayList<>();
        List<Integer> passive = s.children(v, "nsubj:pass");
        if (!passive.isEmpty()) {
            others.add(passive.get(0));
            for (int o : s.children(v, "obl")) {
                if (hasCase(s, o, Set.of("by"))) {
                    doer = actor(s, lex, resolver, o);
                }
            }
        } else {
            List<Integer> subjects = subjects(s, v);
            doer = subjects.isEmpty() ? Optional.empty() : actor(s, lex, resolver, subjects.get(0));
            for (Dependency d : s.children(v)) {
                String rel = d.relation();
                boolean capital = lex.countryKind(d.dependent()).orElse(null) == CountryGazetteer.Kind.CAPITAL;
                if (rel.equals("obj") || rel.equals("iobj")
                        || (rel.equals("obl") && hasCase(s, d.dependent(), PARTY) && !capital)) {
                    others.add(d.dependent());
                }
            }
        }
        if (doer.isEmpty()) {
            return Optional.empty();
        }
        for (int o : others) {
            Optional<Entity> other = actor(s, lex, resolver, o);
            if (other.isPresent() && !other.get().key().equals(doer.get().key())) {
                return Optional.of(new Entity[] {doer.get(), other.get()});
            }
        }
        return Optional.empty();
    }

    /** The verb's subject, or for a controlled or conjoined verb without one, the subject of the verb above. */
    private static List<Integer> subjects(Sentence s, int v) {
        List<Integer> own = s.children(v, "nsubj");
        own.removeIf(i -> s.relation(i).equals("nsubj:pass"));
        String rel = s.relation(v);
        if (own.isEmpty() && (rel.equals("xcomp") || rel.equals("conj")) && s.governor(v) >= 0) {
            List<Integer> up = s.children(s.governor(v), "nsubj");
            up.removeIf(i -> s.relation(i).equals("nsubj:pass"));
            return up;
        }
        return own;
    }

    /**
     * The codable actor the coder resolved the phrase headed by {@code i} to, when its head names an actor: a
     * proper noun, a pronoun, a country, title or office word, or a dictionary actor. Only nouns and pronouns are
     * asked, the phrases the actors stage resolved.
     */
    private static Optional<Entity> actor(Sentence s, SentenceLexicon lex, ActorResolver resolver, int i) {
        Token t = s.token(i);
        boolean names = t.isProperNoun() || t.isPronoun() || lex.country(i).isPresent() || lex.isAgent(i)
                || lex.actorCode(i).isPresent();
        if (!(t.isNoun() || t.isPronoun()) || !names) {
            return Optional.empty();
        }
        return resolver.resolve(i).flatMap(Mention::entity).filter(Entity::codable);
    }

    private static boolean hasCase(Sentence s, int i, Set<String> preps) {
        for (int c : s.children(i, "case")) {
            if (preps.contains(s.token(c).lowerWord())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The verb dictionary's entry for exactly these words, by their lemma or by the form written: "DENOUNCE (111),
     * 12 patterns"; empty for a verb it does not know.
     */
    private static String known(VerbDictionary verbs, List<String> words, String form) {
        List<String> upper = words.stream().map(w -> w.toUpperCase(Locale.ROOT)).toList();
        for (String f : new String[] {form, words.get(0)}) {
            for (VerbDictionary.Hit h : verbs.lookup(f)) {
                if (h.entry().words().equals(upper)) {
                    String code = h.entry().code().orElse(h.block().code()).toString();
                    return h.block().name() + " (" + code + "), " + h.block().patterns().size() + " patterns";
                }
            }
        }
        return "";
    }
}
