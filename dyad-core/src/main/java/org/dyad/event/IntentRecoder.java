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
    private static final Set<String> INTENT_HEADS = org.dyad.dictionary.WordSets.get("event.intent-heads");

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
            Optional<CameoCode> refusal = refusalCode(e.cameo().code()).flatMap(cameo::find);
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
        Optional<CameoCode> intent = intentCode(e.cameo().code()).flatMap(cameo::find);
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

    /**
     * The refusal (12x) CAMEO pairs with a cooperative event or intent: not meeting is rejecting a meeting
     * (125), not providing aid 122x, not yielding 124x, not reforming 123x; other codes have none.
     */
    static Optional<String> refusalCode(String code) {
        if (code.length() < 2) {
            return Optional.empty();
        }
        String root = code.substring(0, 2);
        return Optional.ofNullable(switch (root) {
            case "03" -> code.startsWith("031") ? "121" : code.startsWith("033") ? "122" : code.startsWith("034")
                ? "123" : code.startsWith("035") ? "124" : code.startsWith("036") ? "125" : code.startsWith("037")
                ? "127" : code.startsWith("038") || code.startsWith("039") ? "126" : "120";
            case "04" -> "125";
            case "05" -> code.startsWith("057") ? "127" : "120";
            case "06" -> code.startsWith("061") ? "1211" : code.startsWith("062") ? "1212" : "121";
            case "07" -> code.startsWith("071") ? "1221" : code.startsWith("072") ? "1222"
                : code.startsWith("073") ? "1223" : code.startsWith("074") ? "1224" : "122";
            case "08" -> code.startsWith("0831") ? "1231" : code.startsWith("0832") ? "1232"
                : code.startsWith("0833") ? "1233" : code.startsWith("0834") ? "1234" : code.startsWith("083") ? "123"
                : code.startsWith("081") ? "1241" : code.startsWith("082") ? "1242" : code.startsWith("084") ? "1243"
                : code.startsWith("085") ? "1244" : code.startsWith("086") ? "1245" : code.startsWith("087") ? "1246"
                : "124";
            default -> null;
        });
    }

    /** The intent code CAMEO pairs with an event code, if there is one. */
    static Optional<String> intentCode(String code) {
        if (code.length() < 2) {
            return Optional.empty();
        }
        String root = code.substring(0, 2);
        return Optional.ofNullable(switch (root) {
            case "04" -> "036";
            case "05" -> "032";
            case "06" -> code.startsWith("061") ? "0311" : code.startsWith("062") ? "0312"
                : code.startsWith("063") ? "0313" : code.startsWith("064") ? "0314" : "031";
            case "07" -> code.startsWith("071") ? "0331" : code.startsWith("072") ? "0332"
                : code.startsWith("073") ? "0333" : code.startsWith("074") ? "0334" : "033";
            case "08" -> code.startsWith("083") ? "034" : code.startsWith("081") ? "0351"
                : code.startsWith("082") ? "0352" : code.startsWith("084") ? "0353" : code.startsWith("085") ? "0354"
                : code.startsWith("086") ? "0355" : code.startsWith("087") ? "0356" : "035";
            case "14" -> "133";
            case "15" -> "138";
            case "16" -> code.startsWith("161") ? "1313" : code.startsWith("162") ? "1311"
                : code.startsWith("163") ? "1312" : code.startsWith("164") ? "134" : code.startsWith("165") ? "135"
                : code.startsWith("166") ? "136" : "131";
            case "17" -> code.startsWith("1721") ? "1321" : code.startsWith("1722") ? "1322"
                : code.startsWith("1723") ? "1323" : code.startsWith("1724") ? "1324" : code.startsWith("172") ? "132"
                : code.equals("170") ? "130" : "137";
            case "18" -> "138";
            case "19" -> code.startsWith("191") ? "1381" : code.startsWith("192") ? "1382" : "1384";
            case "20" -> "1383";
            default -> null;
        });
    }
}
