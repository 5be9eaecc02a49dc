package org.dyad.pipeline;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.dyad.actor.Actor;
import org.dyad.actor.Basis;
import org.dyad.dictionary.ActorCodes;
import org.dyad.event.EventDraft;
import org.dyad.ontology.Cameo;
import org.dyad.ontology.CameoCode;
import org.dyad.petrarch.CodedEvent;
import org.dyad.petrarch.PetrarchCoder;
import org.dyad.text.Sentence;

/**
 * Triggers from PETRARCH's verb patterns: for each sentence, the events {@link PetrarchCoder} codes with its
 * dictionaries (its own actor matching, as PETRARCH does), as drafts. A dateline ("CEBU CITY: -- ...") is not
 * coded, as in PETRARCH; discards are left to the discards stage, which holds them for every coder. An event
 * whose code is not in CAMEO (a validation suite's private codes) is counted and left out. Thread-safe.
 */
public final class PetrarchStage implements Stage {
    private final PetrarchCoder coder;
    private final Cameo cameo;
    private final AtomicLong unlisted = new AtomicLong();

    public PetrarchStage(PetrarchCoder coder, Cameo cameo) {
        this.coder = Objects.requireNonNull(coder, "coder");
        this.cameo = Objects.requireNonNull(cameo, "cameo");
    }

    @Override public String name() { return "triggers.petrarch"; }

    @Override public Set<Layer> reads() { return Set.of(Layer.PARSE); }

    @Override public Set<Layer> adds() { return Set.of(Layer.DRAFTS); }

    /** Events left out so far because their code is not in CAMEO. */
    public long unlistedCodes() {
        return unlisted.get();
    }

    public PetrarchCoder coder() {
        return coder;
    }

    /** {@link ParseNeed#EVENTS} where the coder could code an event: a verb of its dictionary and an actor or agent. */
    @Override
    public Set<ParseNeed> parseNeeds(java.util.List<org.dyad.text.Sentence> article, int index) {
        org.dyad.text.Sentence s = article.get(index);
        return coder.mayCode(s) ? java.util.EnumSet.of(ParseNeed.EVENTS) : ParseNeed.none();
    }

    @Override
    public void codeSentence(SentenceWork w) {
        Sentence s = w.sentence();
        if (PetrarchCoder.isDateline(s)) {
            return;
        }
        List<CodedEvent> events = coder.codeSentence(s, w.document().published());
        for (CodedEvent e : events) {
            Optional<CameoCode> c = cameo.find(e.code());
            int trigger = s.tokenStartingAt(e.triggerStart());
            if (c.isEmpty() || trigger < 0) {
                unlisted.incrementAndGet();
                continue;
            }
            Optional<Actor> target = e.target().equals(CodedEvent.NONE) ? Optional.empty()
                    : Optional.of(actor(e.target(), e.targetText()));
            EventDraft d = new EventDraft(s, trigger, EventDraft.Coder.PETRARCH, actor(e.source(), e.sourceText()),
                    target, c.get(), false, e.rule());
            d.setCoderNegated(e.negated());
            d.setTriggerWords(e.trigger());
            d.setBases(basis(d.source()), d.target().map(PetrarchStage::basis).orElse(Basis.SECTOR));
            w.addDraft(d);
        }
    }

    /** PETRARCH places actors by its dictionaries; an agent with no country ({@code ---GOV}) by its sectors. */
    private static Basis basis(Actor a) {
        return a.country().isEmpty() ? Basis.SECTOR : Basis.DICTIONARY;
    }

    private static Actor actor(String code, String text) {
        List<String> parts = ActorCodes.split(code);
        return new Actor(code, parts.get(0), parts.subList(1, parts.size()), text, "");
    }
}
