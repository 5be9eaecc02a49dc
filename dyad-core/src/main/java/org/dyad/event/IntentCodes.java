package org.dyad.event;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dyad.ontology.Cameo;
import org.dyad.ontology.CameoCode;
import org.dyad.ontology.CodeRewrites;
import org.dyad.text.Dependency;
import org.dyad.text.Sentence;

/**
 * CAMEO's codes for what is announced or refused ({@link CodeRewrites}): a negated cooperative event is the
 * refusal CAMEO pairs with it ("refused to lift the curfew", 1242; "did not sign", 127); an event the source
 * announces for itself (will, would, shall, or the complement of plan, threaten, promise, vow, ready,
 * willing...) is its intent ("Hungary said it will support the resolution", 032; "threatened to ban voting",
 * 1322), and force made ready a show of force ("prepared to resume shelling", 150). Both are then asserted. What
 * someone else asks for ("urged Gondor to attack") keeps its code and its hypothetical flag. Immutable and
 * thread-safe.
 */
public final class IntentCodes {
    private static final Set<String> FUTURE = Set.of("will", "would", "shall", "'ll", "wo");
    private static final Set<String> INTENT_HEADS = org.dyad.dictionary.WordSets.get("event.intent-heads");
    private static final Set<String> PREPARATION_HEADS = org.dyad.dictionary.WordSets.get("event.preparation-heads");
    private static final Set<String> PHASE_VERBS = org.dyad.dictionary.WordSets.get("event.phase-verbs");
    /** Words that offer what their complement says, rather than threaten it. */
    private static final Set<String> OFFERS = org.dyad.dictionary.WordSets.get("event.offer-heads");

    private final Cameo cameo;
    private final CodeRewrites rewrites;

    public IntentCodes(Cameo cameo, CodeRewrites rewrites) {
        this.cameo = Objects.requireNonNull(cameo, "cameo");
        this.rewrites = Objects.requireNonNull(rewrites, "rewrites");
    }

    /** With the shipped CAMEO table and rewrites. */
    public static IntentCodes defaults() {
        return new IntentCodes(Cameo.load(), CodeRewrites.load());
    }

    /** Recodes a refused or announced event with CAMEO's code for it; the others are left as they are. */
    public void recode(EventDraft d) {
        Sentence s = d.sentence();
        Modality m = d.modality();
        if (m.negated() && !m.historical()) {
            // "refused to lift the curfew", "did not sign": the refusal is the event
            Optional<CameoCode> refusal = rewrites.refusal(d.cameo().code()).flatMap(cameo::find);
            if (refusal.isPresent()) {
                d.recode(refusal.get(), " -> refusal " + refusal.get().code() + " (negated)");
                d.setModality(Modality.ASSERTED);
            }
            return;
        }
        if (!m.hypothetical() || m.historical() || !ownIntent(s, d.trigger())) {
            return;
        }
        String root = d.cameo().root();
        if (preparation(s, d.trigger()) && (root.equals("18") || root.equals("19") || root.equals("20"))) {
            // "the army prepared to resume shelling": force made ready is a show of force (CAMEO 150), not a
            // threat (138), which must be said
            Optional<CameoCode> posture = cameo.find("150");
            if (posture.isPresent()) {
                d.recode(posture.get(), " -> 150 (force made ready, not used)");
                d.setModality(Modality.ASSERTED);
                return;
            }
        }
        Optional<CameoCode> intent = rewrites.intent(d.cameo().code()).flatMap(cameo::find);
        int head = intentHead(s, d.trigger());
        if (root.equals("15") && head >= 0 && OFFERS.contains(s.token(head).lemma().toLowerCase(Locale.ROOT))) {
            // "offered to send 3,000 troops": forces offered are protection promised (0334), not a threat (138)
            intent = cameo.find("0334");
        }
        if (intent.isPresent()) {
            d.recode(intent.get(), " -> intent " + intent.get().code() + " (announced, not done)");
            d.setModality(Modality.ASSERTED);
        }
    }

    /** The verb's own future, or the complement of an intent word whose subject is the same actor. */
    static boolean ownIntent(Sentence s, int v) {
        for (Dependency d : s.children(v)) {
            if (d.relation().startsWith("aux") && FUTURE.contains(s.token(d.dependent()).lowerWord())) {
                return true;
            }
        }
        int head = intentHead(s, v);
        return head >= 0 && INTENT_HEADS.contains(s.token(head).lemma().toLowerCase(Locale.ROOT));
    }

    /** Whether the event is the complement of a word of making ready ("prepared to attack", "poised to strike"). */
    static boolean preparation(Sentence s, int v) {
        int head = intentHead(s, v);
        return head >= 0 && PREPARATION_HEADS.contains(s.token(head).lemma().toLowerCase(Locale.ROOT));
    }

    /**
     * The word whose complement the trigger is ({@code xcomp}), seen through a verb of phase ("prepared to resume
     * shelling", "vowed to continue fighting"), or -1.
     */
    private static int intentHead(Sentence s, int v) {
        int gov = s.governor(v);
        if (gov < 0) {
            return -1;
        }
        String rel = s.relation(v);
        if ((rel.equals("xcomp") || rel.equals("dep") && s.token(v).pos().equals("VBG"))
                && PHASE_VERBS.contains(s.token(gov).lemma().toLowerCase(Locale.ROOT))
                && s.relation(gov).equals("xcomp")) {
            gov = s.governor(gov);
            rel = "xcomp";
        }
        return gov >= 0 && rel.equals("xcomp") ? gov : -1;
    }
}
