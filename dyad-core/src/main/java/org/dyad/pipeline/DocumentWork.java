package org.dyad.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.dyad.actor.Discourse;
import org.dyad.event.Event;
import org.dyad.event.EventDraft;
import org.dyad.text.ParsedDocument;
import org.dyad.text.Sentence;

/**
 * One article while it is coded: its parse, the discourse its sentences build up (who "he" and "the sides"
 * are), the sentences coded so far, and what stages decided for the whole article. Mutable, one per coded
 * article; not thread-safe.
 */
public final class DocumentWork {
    private final ParsedDocument doc;
    private final Discourse discourse = new Discourse();
    private final List<SentenceWork> sentences = new ArrayList<>();
    private final Map<String, Object> notes = new HashMap<>();
    private Optional<String> discarded = Optional.empty();

    DocumentWork(ParsedDocument doc) {
        this.doc = Objects.requireNonNull(doc, "doc");
    }

    public ParsedDocument doc() { return doc; }

    public String id() { return doc.article().id(); }

    /** The article's publication date; empty for an undated article (never the day of the run). */
    public Optional<LocalDate> published() { return doc.article().published(); }

    /** What the article has said so far about its people, groups and the parties of the current exchange. */
    public Discourse discourse() { return discourse; }

    /** The sentences coded so far, the current one last. */
    public List<SentenceWork> sentences() { return sentences; }

    /** The sentence before {@code s}, if there is one. */
    public Optional<SentenceWork> before(SentenceWork s) {
        int i = sentences.indexOf(s);
        return i > 0 ? Optional.of(sentences.get(i - 1)) : Optional.empty();
    }

    /** Why the whole article yields no event (a story-level discard), if it does not. */
    public Optional<String> discarded() { return discarded; }

    public void discard(String reason) {
        if (discarded.isEmpty()) {
            discarded = Optional.of(reason);
        }
    }

    /**
     * A stage's own per-article value, made on first use ("places": the countries the article names). Keys are
     * namespaced by the stage's name.
     */
    @SuppressWarnings("unchecked")
    public <T> T note(String key, java.util.function.Supplier<T> make) {
        return (T) notes.computeIfAbsent(key, k -> make.get());
    }

    SentenceWork begin(Sentence s) {
        SentenceWork w = new SentenceWork(this, s);
        sentences.add(w);
        return w;
    }

    /** Every live draft in text order, finished into events with their ids. */
    List<Event> finish() {
        List<Event> out = new ArrayList<>();
        if (discarded.isPresent()) {
            return out;
        }
        for (SentenceWork s : sentences) {
            Map<Integer, Integer> atTrigger = new HashMap<>();
            for (EventDraft d : s.drafts()) {
                if (d.alive()) {
                    int k = atTrigger.merge(d.trigger(), 1, Integer::sum) - 1;
                    out.add(d.finish(id(), k));
                }
            }
        }
        return out;
    }
}
