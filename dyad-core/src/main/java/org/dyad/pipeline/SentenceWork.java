package org.dyad.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dyad.actor.ActorResolver;
import org.dyad.actor.SentenceLexicon;
import org.dyad.date.DateResolver;
import org.dyad.date.TextDate;
import org.dyad.event.EventDraft;
import org.dyad.text.Sentence;

/**
 * One sentence while it is coded: what the stages found in it so far. Mutable, owned by one document's
 * coding; not thread-safe.
 */
public final class SentenceWork {
    private static final DateResolver DATES = new DateResolver();

    private final DocumentWork document;
    private final Sentence sentence;
    private final List<EventDraft> drafts = new ArrayList<>();
    private SentenceLexicon lexicon;
    private ActorResolver resolver;
    private List<TextDate> dates;

    SentenceWork(DocumentWork document, Sentence sentence) {
        this.document = Objects.requireNonNull(document, "document");
        this.sentence = Objects.requireNonNull(sentence, "sentence");
    }

    public DocumentWork document() { return document; }

    public Sentence sentence() { return sentence; }

    /** Every draft proposed in this sentence, dropped ones included, in the order they were proposed. */
    public List<EventDraft> drafts() { return drafts; }

    /** The drafts no stage has dropped. */
    public List<EventDraft> alive() {
        return drafts.stream().filter(EventDraft::alive).toList();
    }

    public void addDraft(EventDraft d) {
        if (d.sentence() != sentence) {
            throw new IllegalArgumentException("a draft of another sentence: " + d);
        }
        drafts.add(d);
    }

    /** The sentence's countries, agents and dictionary actors ({@link Layer#ACTORS}). */
    public Optional<SentenceLexicon> lexicon() { return Optional.ofNullable(lexicon); }

    /** The sentence's actor resolver over the article's discourse ({@link Layer#ACTORS}). */
    public Optional<ActorResolver> resolver() { return Optional.ofNullable(resolver); }

    void setActors(SentenceLexicon lexicon, ActorResolver resolver) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
        this.resolver = Objects.requireNonNull(resolver, "resolver");
    }

    /** The date expressions of the sentence, resolved against the article's date; found once, on first use. */
    public List<TextDate> dates() {
        if (dates == null) {
            dates = DATES.find(sentence, document.published());
        }
        return dates;
    }
}
