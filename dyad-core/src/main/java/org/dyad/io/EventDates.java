package org.dyad.io;

import java.time.LocalDate;
import java.util.Optional;
import org.dyad.event.Event;

/**
 * The date an event mention can honestly be given: none when its precision is {@code none} (the article had no
 * publication date and the text dated nothing absolutely), whatever date field the coder filled in. Every writer
 * and the store ask here, so an undated event is written as {@code "date": null}, precision {@code none}, an
 * empty cell, and never as the day of the run. Stateless.
 */
public final class EventDates {
    /** The precision of an undated event. */
    public static final String NONE = "none";

    /**
     * What stands in {@code Event.date}, which cannot be empty yet, when an undated mention is read back from the
     * store; precision {@code none} says it means nothing, and no writer shows it.
     */
    public static final LocalDate UNDATED = LocalDate.of(1, 1, 1);

    private EventDates() { }

    /** The event's date, or empty when it is undated. */
    public static Optional<LocalDate> of(Event e) {
        return NONE.equals(e.datePrecision()) ? Optional.empty() : Optional.of(e.date());
    }

    /** The date as ISO text, or {@code ""} when undated. */
    public static String text(Event e) {
        return of(e).map(LocalDate::toString).orElse("");
    }
}
