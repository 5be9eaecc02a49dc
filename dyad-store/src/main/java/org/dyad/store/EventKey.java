package org.dyad.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Objects;
import org.dyad.event.Event;

/**
 * What makes two event mentions the same happening: the same event date (and date precision), the same
 * source and target actor codes and the same CAMEO base code. The merge window is the calendar day of the
 * event date as coded, i.e. the day the text says the thing happened, resolved against the publication
 * date: a next-day report of "yesterday's" signing has the same key as the same-day report. Immutable.
 *
 * @param date      the event date
 * @param precision "day", "month" or "year": a month-precise mention never merges with a day-precise one
 * @param source    source actor code
 * @param target    target actor code, "" when the event has none
 * @param base      three-digit CAMEO base code ("057"; a root code stands for itself)
 */
public record EventKey(LocalDate date, String precision, String source, String target, String base) {
    public EventKey {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(base, "base");
    }

    /** The key of a dated mention; an undated one makes no event ({@link IllegalArgumentException}). */
    public static EventKey of(Event e) {
        return new EventKey(e.date().orElseThrow(() -> new IllegalArgumentException("an undated mention has no key: "
                + e.eventId())), e.datePrecision(), e.source().code(),
                e.target().map(a -> a.code()).orElse(""), e.cameo().base());
    }

    /** The key as text: {@code 2022-01-25|day|AZEGOVMIL|IRNGOVMIL|057}. */
    public String text() {
        return date + "|" + precision + "|" + source + "|" + target + "|" + base;
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
