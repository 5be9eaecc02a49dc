package org.dyad.store;

import java.io.Writer;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.dyad.io.ArticleEventWriter;
import org.dyad.io.EventWriters;
import org.dyad.io.PetrarchEventWriter;
import org.dyad.io.SentenceIssues;

/**
 * The output formats of {@code dyad code}: the event-per-line formats of {@link EventWriters} (jsonl, csv,
 * table) and the article-level ones, PETRARCH2's event file ({@code petrarch}) and GDELT 2.0's mentions table
 * ({@code gdelt-mentions}, whose GlobalEventID is the id the store gives the event). Stateless.
 */
public final class CodeFormats {

    /** The format names {@link #create} accepts. */
    public static final List<String> NAMES = List.of("jsonl", "csv", "table", "petrarch", "gdelt-mentions");

    private CodeFormats() { }

    /**
     * A writer of {@code format} (any case) on {@code out}; closing it closes {@code out}.
     *
     * @throws IllegalArgumentException for an unknown format, naming the valid ones
     */
    public static ArticleEventWriter create(String format, Writer out) {
        Objects.requireNonNull(out, "out");
        return switch (format.strip().toLowerCase(Locale.ROOT)) {
            case "petrarch" -> new PetrarchEventWriter(out, SentenceIssues.defaults());
            case "gdelt-mentions" -> new GdeltMentionsTsv(out, Instant.now());
            case "jsonl", "csv", "table" -> ArticleEventWriter.of(EventWriters.create(format, out));
            default -> throw new IllegalArgumentException("unknown format '" + format + "'; choose one of "
                    + String.join(", ", NAMES));
        };
    }
}
