package org.dyad.pipeline;

import java.util.List;
import java.util.Objects;
import org.dyad.article.Article;
import org.dyad.event.Event;

/**
 * An article with the events coded from it, how many sentences and tokens it had, and warnings met on the way
 * (a sentence split because it was too long). Immutable.
 */
public record CodedArticle(Article article, int sentences, int tokens, List<Event> events, List<String> warnings) {
    public CodedArticle {
        Objects.requireNonNull(article, "article");
        events = List.copyOf(events);
        warnings = List.copyOf(warnings);
    }

    /** An article coded without warnings. */
    public CodedArticle(Article article, int sentences, int tokens, List<Event> events) {
        this(article, sentences, tokens, events, List.of());
    }
}
