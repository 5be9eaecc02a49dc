package org.dyad.merge;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.dyad.event.Event;

/**
 * What makes two event mentions the same happening: the same event date (and date precision), the same
 * source and target actor codes and the same CAMEO base code. The merge window is the calendar day of the
 * event date as coded, i.e. the day the text says the thing happened, resolved against the publication
 * date: a next-day report of "yesterday's" signing has the same key as the same-day report. An undated mention
 * (precision {@code none}: no publication date, no absolute date in the text) merges only with mentions of the
 * same article, never across articles: nothing says two undated reports tell of the same day. Immutable.
 *
 * <p>The one definition of the merge key: the DuckDB store ({@code dyad ingest}) and the Spark job both take
 * their event ids from {@link #eventId(Event)}, so they merge alike.
 *
 * @param date      the event date; empty for an undated event
 * @param precision "day", "month", "year", or "none" when undated: a month-precise mention never merges with a
 *                  day-precise one
 * @param source    source actor code
 * @param target    target actor code, "" when the event has none
 * @param base      three-digit CAMEO base code ("057"; a root code stands for itself)
 * @param article   for an undated event the article it comes from; "" for a dated one
 */
public record EventKey(Optional<LocalDate> date, String precision, String source, String target, String base,
                       String article) {
    public EventKey {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(article, "article");
        if (date.isPresent() != article.isEmpty()) {
            throw new IllegalArgumentException("an event key has a date or, when undated, an article; not both");
        }
    }

    /** A dated key. */
    public EventKey(LocalDate date, String precision, String source, String target, String base) {
        this(Optional.of(date), precision, source, target, base, "");
    }

    /** The key of a mention: dated, by its date; undated, by its article. */
    public static EventKey of(Event e) {
        Optional<LocalDate> date = e.date();
        return new EventKey(date, e.datePrecision(), e.source().code(), e.target().map(a -> a.code()).orElse(""),
                e.cameo().base(), date.isPresent() ? "" : e.docId());
    }

    /**
     * The id of the event a mention belongs to: events are made of asserted mentions (not negated, hypothetical
     * or historical), dated or not (an undated one makes an event of its article only); any other mention
     * belongs to no event (empty).
     */
    public static Optional<Long> eventId(Event e) {
        return e.modality().asserted() ? Optional.of(of(e).id()) : Optional.empty();
    }

    /**
     * The key as text: {@code 2022-01-25|day|AZEGOVMIL|IRNGOVMIL|057}; undated,
     * {@code undated:ARTICLE|none|AZEGOVMIL|IRNGOVMIL|057}.
     */
    public String text() {
        return date.map(LocalDate::toString).orElse("undated:" + article) + "|" + precision + "|" + source + "|"
                + target + "|" + base;
    }

    /**
     * The event's id: the first 63 bits of the SHA-256 of {@link #text()}. The same happening keeps the same
     * id across re-ingests and rebuilds; a positive number, as GDELT's GlobalEventID.
     */
    public long id() {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(text().getBytes(StandardCharsets.UTF_8));
            long v = 0;
            for (int i = 0; i < 8; i++) {
                v = (v << 8) | (h[i] & 0xff);
            }
            return v & Long.MAX_VALUE;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
