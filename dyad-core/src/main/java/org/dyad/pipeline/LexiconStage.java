package org.dyad.pipeline;

import java.util.Objects;
import java.util.Set;
import org.dyad.event.EventDraft;
import org.dyad.event.LexiconCoder;

/**
 * Triggers from Dyad's lexicon: for each sentence, the drafts {@link LexiconCoder} proposes from the trigger
 * lexicon and the resolved actors. Immutable and thread-safe.
 */
public final class LexiconStage implements Stage {
    private final LexiconCoder coder;

    public LexiconStage(LexiconCoder coder) {
        this.coder = Objects.requireNonNull(coder, "coder");
    }

    @Override public String name() { return "triggers.lexicon"; }

    @Override public Set<Layer> reads() { return Set.of(Layer.PARSE, Layer.ACTORS); }

    @Override public Set<Layer> adds() { return Set.of(Layer.DRAFTS); }

    /**
     * {@link ParseNeed#TRIGGER} where a word could be looked up with a trigger; {@link ParseNeed#EVENTS} where one
     * could take the parties of the exchange without an actor word ("talks resumed").
     */
    @Override
    public Set<ParseNeed> parseNeeds(java.util.List<org.dyad.text.Sentence> article, int index) {
        org.dyad.text.Sentence s = article.get(index);
        if (coder.mayTriggerWithoutActors(s)) {
            return java.util.EnumSet.of(ParseNeed.EVENTS);
        }
        return coder.mayTrigger(s) ? java.util.EnumSet.of(ParseNeed.TRIGGER) : ParseNeed.none();
    }

    @Override
    public void codeSentence(SentenceWork w) {
        var resolver = w.resolver().orElseThrow(() -> new IllegalStateException("no actors: run the actors stage first"));
        for (EventDraft d : coder.code(w.sentence(), resolver, w.document().discourse(), w.dates())) {
            w.addDraft(d);
        }
    }
}
