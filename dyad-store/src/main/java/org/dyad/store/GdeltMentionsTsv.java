package org.dyad.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.dyad.actor.Actor;
import org.dyad.article.Article;
import org.dyad.event.Event;
import org.dyad.io.ArticleEventWriter;
import org.dyad.merge.EventKey;

/**
 * Event mentions as rows of GDELT 2.0's mentions table: the 16 {@link #COLUMNS} in GDELT's order (GDELT 2.0
 * Event Codebook, "Mentions table"), tab-separated, no header, one row per mention of an event.
 *
 * <ul>
 *   <li>GlobalEventID: the event's id ({@link EventKey#id()}: the id {@code dyad export --format gdelt} gives
 *       the same event); EventTimeDate: when the event was first stored (DATEADDED); MentionTimeDate: when the
 *       mention's article was stored. Both YYYYMMDDHHMMSS, UTC.</li>
 *   <li>MentionType 1 (WEB) with the URL as MentionIdentifier when the article has a URL, else 2
 *       (CITATIONONLY) with its source (else its id); MentionSourceName: the outlet (URL host, else source).</li>
 *   <li>SentenceID counts from 1; Actor1CharOffset, Actor2CharOffset: where the actor's words first stand in
 *       the evidence sentence, in characters of the article, -1 when they are not there (an actor found
 *       through a pronoun or an earlier sentence) or absent; ActionCharOffset: the trigger's start.</li>
 *   <li>InRawText: 1 when both actors' words and the trigger stand in the sentence as written, else 0 (GDELT:
 *       0 when the event needed the NLP to rewrite the text, here resolving a pronoun or an earlier mention).</li>
 *   <li>Confidence: the coder's confidence in the mention as a percent (0-100); MentionDocLen: the article's length in
 *       characters; MentionDocTone, MentionDocTranslationInfo, Extras: empty (Dyad measures no tone and
 *       translates nothing).</li>
 * </ul>
 * Only asserted mentions belong to events: negated, hypothetical and historical ones have no row. Tabs and
 * line breaks inside a value become spaces, so every row has exactly 16 cells.
 */
public final class GdeltMentionsTsv implements ArticleEventWriter {

    /** GDELT 2.0 mentions table columns, in GDELT's order (16). */
    public static final List<String> COLUMNS = List.of("GlobalEventID", "EventTimeDate", "MentionTimeDate",
            "MentionType", "MentionSourceName", "MentionIdentifier", "SentenceID", "Actor1CharOffset",
            "Actor2CharOffset", "ActionCharOffset", "InRawText", "Confidence", "MentionDocLen", "MentionDocTone",
            "MentionDocTranslationInfo", "Extras");

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT);

    private final Writer out;
    private final Instant now;
    private boolean closed;

    /** A writer for freshly coded articles ({@code dyad code}): both times are {@code now}. */
    public GdeltMentionsTsv(Writer out, Instant now) {
        this.out = Objects.requireNonNull(out, "out");
        this.now = Objects.requireNonNull(now, "now");
    }

    @Override
    public void write(Article article, List<Event> events) {
        ArticleInfo a = ArticleInfo.of(article, now);
        for (Event e : events) {
            Optional<Long> eventId = EventKey.eventId(e); // the store's rule: asserted mentions make events
            if (eventId.isPresent()) {
                line(row(e, eventId.get(), now, a));
            }
        }
        flush();
    }

    /** Writes every mention of every stored event, in event then mention order; returns the rows written. */
    static long export(EventStore store, Writer w, double minConfidence) {
        Map<String, ArticleInfo> articles = ArticleInfo.all(store);
        GdeltMentionsTsv t = new GdeltMentionsTsv(w, Instant.EPOCH);
        long[] n = {0};
        try (t) {
            store.events(e -> {
                for (Event m : e.mentions()) {
                    if (m.confidence() < minConfidence) {
                        continue;
                    }
                    ArticleInfo a = Optional.ofNullable(articles.get(m.docId())).orElseThrow(() ->
                            new StoreException("mention " + m.eventId() + " of a missing article " + m.docId()));
                    t.line(row(m, e.id(), e.added(), a));
                    n[0]++;
                }
            });
        }
        return n[0];
    }

    /** The 16 cells of one mention. */
    static List<String> row(Event m, long eventId, Instant eventAdded, ArticleInfo a) {
        List<String> r = new ArrayList<>(16);
        r.add(Long.toString(eventId));
        r.add(stamp(eventAdded));
        r.add(stamp(a.ingested()));
        boolean web = !a.url().isBlank();
        r.add(web ? "1" : "2");
        r.add(a.outlet());
        r.add(web ? a.url().strip() : a.source().isBlank() ? a.id() : a.source());
        r.add(Integer.toString(m.sentence() + 1));
        int actor1 = offset(m, Optional.of(m.source()));
        int actor2 = offset(m, m.target());
        r.add(Integer.toString(actor1));
        r.add(Integer.toString(actor2));
        r.add(Integer.toString(m.evidence().triggerStart()));
        boolean raw = actor1 >= 0 && (m.target().isEmpty() || actor2 >= 0);
        r.add(raw ? "1" : "0");
        r.add(Long.toString(Math.round(m.confidence() * 100)));
        r.add(Integer.toString(a.length()));
        r.add("");
        r.add("");
        r.add("");
        r.replaceAll(c -> c.replace('\t', ' ').replace('\n', ' ').replace('\r', ' '));
        return r;
    }

    /** Where the actor's words first stand in the evidence sentence, in article characters; -1 if not there. */
    private static int offset(Event m, Optional<Actor> actor) {
        if (actor.isEmpty() || actor.get().text().isBlank()) {
            return -1;
        }
        int i = m.evidence().text().indexOf(actor.get().text());
        return i < 0 ? -1 : m.evidence().start() + i;
    }

    private static String stamp(Instant t) {
        return t.atOffset(ZoneOffset.UTC).format(STAMP);
    }

    private void line(List<String> row) {
        if (closed) {
            throw new IllegalStateException("writer is closed");
        }
        try {
            out.write(String.join("\t", row));
            out.write('\n');
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
    }

    private void flush() {
        try {
            out.flush();
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
