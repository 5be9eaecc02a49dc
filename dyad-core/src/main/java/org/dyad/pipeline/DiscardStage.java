package org.dyad.pipeline;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dyad.dictionary.DiscardDictionary;
import org.dyad.event.EventDraft;
import org.dyad.petrarch.PetrarchCoder;
import org.dyad.text.Sentence;

/**
 * Discards, for every coder, as PETRARCH honours them for its own: a sentence holding a sentence-level phrase
 * ("Premier League", "rugby") yields no event, and an article holding a story-level one yields none at all.
 * Immutable and thread-safe.
 */
public final class DiscardStage implements Stage {
    private final DiscardDictionary discards;

    public DiscardStage(DiscardDictionary discards) {
        this.discards = Objects.requireNonNull(discards, "discards");
    }

    @Override public String name() { return "discards"; }

    @Override public Set<Layer> reads() { return Set.of(Layer.PARSE, Layer.DRAFTS); }

    @Override public Set<Layer> adds() { return Set.of(Layer.DISCARDS); }

    /** {@link ParseNeed#DROPPED} for a sentence holding a discard phrase: its drafts are dropped, parsed or not. */
    @Override
    public Set<ParseNeed> parseNeeds(java.util.List<org.dyad.text.Sentence> article, int index) {
        org.dyad.text.Sentence tagged = article.get(index);
        return discards.find(PetrarchCoder.words(tagged)).isPresent() ? java.util.EnumSet.of(ParseNeed.DROPPED)
                : ParseNeed.none();
    }

    /** An article holding a story-level discard phrase yields no event, parsed or not. */
    @Override
    public boolean dropsArticle(java.util.List<Sentence> tagged) {
        return storyDiscard(tagged).isPresent();
    }

    private Optional<String> storyDiscard(java.util.List<Sentence> sentences) {
        for (Sentence s : sentences) {
            Optional<DiscardDictionary.Hit> hit = discards.find(PetrarchCoder.words(s));
            if (hit.isPresent() && hit.get().entry().story()) {
                return Optional.of("story discard: " + String.join(" ", hit.get().entry().phrase().words()));
            }
        }
        return Optional.empty();
    }

    @Override
    public void startDocument(DocumentWork doc) {
        storyDiscard(doc.doc().sentences()).ifPresent(doc::discard);
    }

    @Override
    public void codeSentence(SentenceWork w) {
        if (w.drafts().isEmpty()) {
            return;
        }
        Optional<DiscardDictionary.Hit> hit = discards.find(PetrarchCoder.words(w.sentence()));
        if (hit.isPresent()) {
            String why = "sentence discard: " + String.join(" ", hit.get().entry().phrase().words());
            for (EventDraft d : w.drafts()) {
                d.drop(why);
            }
        }
    }
}
