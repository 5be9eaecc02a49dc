package org.dyad.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dyad.actor.Actor;
import org.dyad.actor.ActorResolver;
import org.dyad.actor.Basis;
import org.dyad.actor.Entity;
import org.dyad.actor.Mention;
import org.dyad.ontology.Cameo;
import org.dyad.ontology.CodeRewrites;
import org.dyad.text.Sentence;
import org.dyad.text.Token;

/**
 * What one event of a sentence says about another: an appeal or demand takes its kind from the event it asks
 * for ("urged Iran to release the sailors" is an appeal for release, 0253), and a report that someone must act
 * is the speaker's demand on them ("the Forum concluded that the US must allocate more aid" is the Forum's
 * demand, 1033). Immutable and thread-safe.
 */
public final class ReportedEvents {
    private final Cameo cameo;
    private final CodeRewrites rewrites;

    public ReportedEvents(Cameo cameo, CodeRewrites rewrites) {
        this.cameo = cameo;
        this.rewrites = rewrites;
    }

    /** With the shipped CAMEO table and code rewrites. */
    public static ReportedEvents defaults() {
        return new ReportedEvents(Cameo.load(), CodeRewrites.load());
    }

    /**
     * A plain appeal or demand (020, 100) takes the kind of what it asks for from the event coded in its
     * complement: "urged Iran to release the sailors" is an appeal for release (0253), "demanded that Israel
     * withdraw its troops" a demand for withdrawal (106). The complement's own event stays, flagged hypothetical.
     */
    public void refineByComplement(Sentence s, List<EventDraft> coded) {
        for (EventDraft e : coded) {
            String code = e.cameo().code();
            if (!(code.equals("020") || code.equals("100") || code.equals("030"))) {
                continue;
            }
            int v = e.trigger();
            for (EventDraft c : coded) {
                int w = c.trigger();
                if (c == e || s.governor(w) != v
                        || !(s.relation(w).equals("xcomp") || s.relation(w).equals("ccomp")
                        || s.relation(w).equals("advcl"))) {
                    continue;
                }
                if (code.equals("030")) {
                    agreedTo(e, c);
                    break;
                }
                Optional<String> refined = code.equals("020") ? rewrites.appeal(c.cameo().code())
                        : rewrites.demand(c.cameo().code()).filter(x -> !x.equals("100"));
                if (refined.isPresent()) {
                    // rallying opposition is against whom the complement acts, not whom the appeal addresses
                    if (refined.get().equals("113") && c.target().isPresent()) {
                        e.retarget(c.target(), c.targetBasis().orElse(Basis.SECTOR));
                    }
                    e.recode(cameo.require(refined.get()), " -> " + refined.get() + " (asks for " + c.cameo().code()
                            + ": " + c.triggerText() + ")");
                    break;
                }
            }
        }
    }

    /**
     * "Iraq agreed to share intelligence with Jordan": an agreement (030) to do what its complement says, by the same
     * doer, is CAMEO's intent to do it (0314), toward the complement's target ("intelligence" is what is shared).
     */
    private void agreedTo(EventDraft e, EventDraft c) {
        // an agreement stays cooperative: a complement whose intent is a threat ("to send troops", 138) leaves it
        Optional<String> intent = rewrites.intent(c.cameo().code()).filter(x -> x.startsWith("03") && !x.equals("030"));
        boolean same = c.source().country().equals(e.source().country());
        // "Jordan and Britain agreed to hold exercises": the other party's reading of the agreement too
        boolean mutual = e.target().map(t -> t.country().equals(c.source().country())).orElse(false);
        if (intent.isEmpty() || !(same || mutual)) {
            return;
        }
        // a party the agreement names stays rather than give way to what the complement acts on and no country
        // places ("Thailand and Cambodia agreed to withdraw troops": with each other, not with the troops)
        boolean placedParty = e.target().map(t -> !t.country().isEmpty()).orElse(false);
        if (same && c.target().isPresent() && !(placedParty && c.target().get().country().isEmpty())) {
            e.retarget(c.target(), c.targetBasis().orElse(Basis.SECTOR));
        }
        e.recode(cameo.require(intent.get()), " -> " + intent.get() + " (agreed to " + c.cameo().code() + ": "
                + c.triggerText() + ")");
    }

    /** Verbs that report what their subject says or concludes. */
    private static final java.util.Set<String> SPEECH = org.dyad.dictionary.WordSets.get("event.speech-verbs");
    private static final java.util.Set<String> OBLIGATION = java.util.Set.of("must", "should", "ought");

    /**
     * Reported speech that obliges someone: "the Forum concluded that the US must allocate more aid" is the
     * Forum's demand on the US (CAMEO 10x, refined by what is demanded), not the US's aid. The obliged event
     * stays, flagged hypothetical; the demand is added at the speech verb, its source the speaker.
     */
    public List<EventDraft> reportedDemands(Sentence s, ActorResolver resolver, List<EventDraft> coded) {
        List<EventDraft> out = new ArrayList<>();
        for (EventDraft e : coded) {
            if (!e.modality().hypothetical()) {
                continue;
            }
            int v = e.trigger();
            if (!s.relation(v).equals("ccomp")) {
                continue;
            }
            final int trigger = v;
            boolean obliged = s.children(v).stream().anyMatch(d -> d.relation().startsWith("aux")
                    && OBLIGATION.contains(s.token(d.dependent()).lowerWord()));
            int g = s.governor(v);
            if (!obliged || g < 0 || !s.token(g).isVerb()
                    || !SPEECH.contains(s.token(g).lemma().toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            Token speech = s.token(g);
            boolean done = false;
            for (EventDraft x : coded) {
                done |= x.trigger() == g;
            }
            for (EventDraft x : out) {
                done |= x.trigger() == g && x.target().map(Actor::code).equals(Optional.of(e.source().code()));
            }
            if (done) {
                continue;
            }
            Optional<String> code = rewrites.demand(e.cameo().code());
            for (int subj : s.children(g, "nsubj")) {
                Optional<Mention> said = resolver.resolve(subj);
                Optional<Entity> speaker = said.flatMap(Mention::entity).filter(Entity::codable);
                if (speaker.isEmpty() || code.isEmpty() || speaker.get().code().equals(e.source().code())) {
                    continue;
                }
                List<Integer> phrase = resolver.phrase(subj);
                String words = s.span(phrase.get(0), phrase.get(phrase.size() - 1) + 1);
                EventDraft demand = new EventDraft(s, g, e.coder(), speaker.get().toActor(words),
                        Optional.of(e.source()), cameo.require(code.get()), false,
                        "reported demand: " + speech.lemma() + " + " + s.token(trigger).word() + " with an obligation -> "
                        + code.get() + " (" + e.rule() + ")");
                demand.setDate(e.date(), e.datePrecision());
                demand.setBases(said.get().basis(), e.sourceBasis());
                out.add(demand);
            }
        }
        return out;
    }

    /** Predicates of blame: "X was responsible for", "X is guilty of", "X was to blame" (event.blame-words). */
    private static final java.util.Set<String> BLAME = org.dyad.dictionary.WordSets.get("event.blame-words");

    /**
     * "Iran said Israel was behind the assassination", "Pakistan says India is responsible for the attack": a speaker
     * who reports that someone was behind or responsible for something accuses them (CAMEO 112), and what they are
     * blamed for is alleged, not coded as their act: the speaker's accusation is added at the verb of speech, and
     * the drafts inside the blamed clause go.
     */
    public List<EventDraft> reportedBlame(Sentence s, ActorResolver resolver, List<EventDraft> coded) {
        List<EventDraft> out = new ArrayList<>();
        for (int p = 0; p < s.size(); p++) {
            int g = s.governor(p);
            if (g < 0 || !s.relation(p).equals("ccomp") || s.children(p, "cop").isEmpty()
                    || !SPEECH.contains(s.token(g).lemma().toLowerCase(java.util.Locale.ROOT))
                    || !blames(s, p)) {
                continue;
            }
            final int clause = p;
            for (int x : s.children(p, "nsubj")) {
                Optional<Entity> blamed = resolver.resolve(x).flatMap(Mention::entity).filter(Entity::codable);
                for (int subj : s.children(g, "nsubj")) {
                    Optional<Mention> said = resolver.resolve(subj);
                    Optional<Entity> speaker = said.flatMap(Mention::entity).filter(Entity::codable);
                    if (blamed.isEmpty() || speaker.isEmpty() || speaker.get().key().equals(blamed.get().key())) {
                        continue;
                    }
                    List<Integer> phrase = resolver.phrase(subj);
                    List<Integer> bp = resolver.phrase(x);
                    EventDraft accusation = new EventDraft(s, g, EventDraft.Coder.LEXICON,
                            speaker.get().toActor(s.span(phrase.get(0), phrase.get(phrase.size() - 1) + 1)),
                            Optional.of(blamed.get().toActor(s.span(bp.get(0), bp.get(bp.size() - 1) + 1))),
                            cameo.require("112"), false, "reported blame: " + s.token(g).lemma() + " + "
                            + s.token(p).word() + " -> 112");
                    accusation.setBases(said.get().basis(), resolver.resolve(x).get().basis());
                    out.add(accusation);
                    coded.stream().filter(e -> e.trigger() >= 0 && (e.trigger() == clause || s.dominates(clause,
                            e.trigger()))).forEach(e -> e.drop("arbitration: blamed on someone, alleged, not done"));
                }
            }
        }
        return out;
    }

    /** Whether a copular clause blames its subject: "responsible for", "to blame", "behind the attack". */
    private static boolean blames(Sentence s, int p) {
        if (BLAME.contains(s.token(p).lemma().toLowerCase(java.util.Locale.ROOT))) {
            return true;
        }
        return s.children(p, "case").stream().anyMatch(c -> s.token(c).lowerWord().equals("behind"));
    }
}
