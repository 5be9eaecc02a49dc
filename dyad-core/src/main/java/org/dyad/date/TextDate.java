package org.dyad.date;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A date expression found in a sentence and resolved against the article's date. Immutable.
 *
 * @param head       token index the expression hangs on in the parse (its head word)
 * @param from       first token of the expression
 * @param to         token after the last one (half-open)
 * @param date       the resolved date (first day of the month or year for coarser precision)
 * @param precision  "day", "month" or "year"
 * @param historical true when the expression puts the event before the article's year (a background
 *                   event, such as "the war in 2020" in a 2022 article)
 */
public record TextDate(int head, int from, int to, LocalDate date, String precision, boolean historical) {
    public TextDate {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(precision, "precision");
    }
}
