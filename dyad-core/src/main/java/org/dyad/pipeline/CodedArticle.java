package org.dyad.pipeline;

import java.util.List;
import java.util.Objects;
import org.dyad.article.Article;
import org.dyad.event.Event;

/** An article with the events coded from it and how many sentences it had. Immutable. */
public record CodedArticle(Article article, int sentences, int tokens, List<Event> events) {
    public CodedArticle {
        Objects.requireNonNull(article, "article");
        events = List.copyOf(events);
    }
}
