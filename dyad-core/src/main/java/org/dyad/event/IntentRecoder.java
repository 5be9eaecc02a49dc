package org.dyad.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dyad.ontology.Cameo;
import org.dyad.ontology.CameoCode;
import org.dyad.text.Dependency;
import org.dyad.text.ParsedDocument;
import org.dyad.text.Sentence;

/**
 * CAMEO's intent codes for events an actor announces for itself: "Hungary said it will support the
 * resolution" is an expression of intent to cooperate (032), "Israel threatened to ban voting" and
 * "Palestinian leaders said they would boycott all contact" are threats (1322, 1312). An event is recoded
 * when it is hypothetical (not negated) and its own verb carries the future or the source's intent:
 * will/would/shall, or the complement of plan, intend, prepare, threaten, promise, pledge, vow, offer,
 * decide, or of ready, willing, prepared. What someone else asks for ("urged Gondor to attack") is not the
 * source's intent and keeps its code and its flag. Cooperative events map to 03x, conflictual ones to 13x,
 * following CAMEO's correspondence between the two families; statements, appeals, demands, criticism and
 * rejection keep their codes. A negated cooperative event ("refused to lift the curfew", "did not sign") is
 * coded as the refusal CAMEO pairs with it (12x). Immutable and thread-safe.
 */
public final class IntentRecoder implements DocumentCoder {
    private static final Set<String> FUTURE = Set.of("will", "would", "shall", "'ll", "wo");
    private static final Set<String> INTENT_HEADS = Set.of("plan", "intend", "prepare", "threaten", "promise",
        "pledge", "vow", "swear", "offer", "decide", "ready", "willing", "prepared", "determined", "set", "eager", "keen",
        "poised", "unwilling", "reluctant");

    private static final org.dyad.ontology.CodeRewrites REWRITES = org.dyad.ontology.CodeRewrites.load();
    private final DocumentCoder coder;
    private final Cameo cameo;

    public IntentRecoder(DocumentCoder coder, Cameo cameo) {
        this.coder = Objects.requireNonNull(coder, "coder");
        this.cameo = Objects.requireNonNull(cameo, "cameo");
    }

    @Override
    public List<Event> code(ParsedDocument doc) {
        List<Event> out = new ArrayList<>();
        for (Event e : coder.code(doc)) {
            out.add(recode(doc, e));
        }
        return out;
    }

    private Event recode(ParsedDocument doc, Event e) {
        Modality m = e.modality();
        if (m.negated() && !m.historical()) {
            // "refused to lift the curfew", "did not sign": the refusal is the event
            Optional<CameoCode> refusal = REWRITES.refusal(e.cameo().code()).flatMap(cameo::find);
            if (refusal.isEmpty()) {
                return e;
            }
            return new Event(e.eventId(), e.docId(), e.sentence(), e.date(), e.datePrecision(), e.source(),
                e.target(), refusal.get(), e.reciprocal(), Modality.ASSERTED, e.location(), e.evidence(),
                e.rule() + " -> refusal " + refusal.get().code() + " (negated)");
        }
        if (!m.hypothetical() || m.historical()) {
            return e;
        }
        Sentence s = doc.sentences().get(e.sentence());
        int trigger = s.tokenStartingAt(e.evidence().triggerStart());
        if (trigger < 0 || !ownIntent(s, trigger)) {
            return e;
        }
        Optional<CameoCode> intent = REWRITES.intent(e.cameo().code()).flatMap(cameo::find);
        if (intent.isEmpty()) {
            return e;
        }
        return new Event(e.eventId(), e.docId(), e.sentence(), e.date(), e.datePrecision(), e.source(), e.target(),
            intent.get(), e.reciprocal(), Modality.ASSERTED, e.location(), e.evidence(),
            e.rule() + " -> intent " + intent.get().code() + " (announced, not done)");
    }

    /** The verb's own future, or the complement of an intent word whose subject is the same actor. */
    static boolean ownIntent(Sentence s, int v) {
        for (Dependency d : s.children(v)) {
            if (d.relation().startsWith("aux") && FUTURE.contains(s.token(d.dependent()).lowerWord())) {
                return true;
            }
        }
        int gov = s.governor(v);
        return gov >= 0 && s.relation(v).equals("xcomp")
            && INTENT_HEADS.contains(s.token(gov).lemma().toLowerCase(Locale.ROOT));
    }
}
