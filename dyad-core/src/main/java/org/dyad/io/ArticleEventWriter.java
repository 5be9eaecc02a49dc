package org.dyad.io;

import java.util.List;
import java.util.Objects;
import org.dyad.article.Article;
import org.dyad.event.Event;

/**
 * Writes the events coded from articles, one article at a time, for output formats that need the article
 * (its source, URL, date, length) or group an article's events: PETRARCH2's event file, GDELT's mentions
 * table. Not thread-safe: one writer per output. {@link #close()} flushes and closes the Writer it was given,
 * as {@link EventWriter#close()} does.
 */
public interface ArticleEventWriter extends AutoCloseable {

    /** Writes the events of one article (in the coder's order; possibly none). */
    void write(Article article, List<Event> events);

    /** Writes anything buffered, flushes and closes the underlying Writer. Idempotent. */
    @Override
    void close();

    /** An article writer that hands each event to {@code events} (for the formats that need no article). */
    static ArticleEventWriter of(EventWriter events) {
        Objects.requireNonNull(events, "events");
        return new ArticleEventWriter() {
            @Override
            public void write(Article article, List<Event> list) {
                list.forEach(events::write);
            }

            @Override
            public void close() {
                events.close();
            }
        };
    }
}
