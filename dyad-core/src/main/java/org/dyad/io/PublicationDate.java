package org.dyad.io;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A publication date as metadata gives it (a JSONL {@code "date"}, a {@code Date:} header, an API body, an HTML
 * meta tag): an ISO date or date-time ({@code 2022-01-26}, {@code 2022-01-26T10:00:00Z}), "January 26, 2022" or
 * "26 Jan 2022". A blank value is no date, quietly; a value that is not a date is no date too, with a note saying
 * so. Nothing here ever looks at the clock: an article without a readable date is undated. Stateless.
 */
public final class PublicationDate {

    /** The longest part of a bad value quoted back in a note. */
    static final int QUOTED = 120;

    /** The date read, or why there is none (empty: the value was blank, or a date). */
    public record Parsed(Optional<LocalDate> date, Optional<String> problem) { }

    private PublicationDate() { }

    /** Reads {@code raw}: a date at its start (what follows it, such as a time, is not read). */
    public static Parsed parse(String raw) {
        String s = raw == null ? "" : raw.strip();
        if (s.isEmpty()) {
            return new Parsed(Optional.empty(), Optional.empty());
        }
        Optional<LooseDates.Found> found = LooseDates.atStart(s);
        if (found.isPresent()) {
            return new Parsed(Optional.of(found.get().date()), Optional.empty());
        }
        return new Parsed(Optional.empty(), Optional.of("unreadable date " + quote(s)
                + " ignored; the article is undated"));
    }

    /** {@code s} in double quotes, cut to {@value #QUOTED} characters (saying how long it was) when longer. */
    static String quote(String s) {
        return s.length() <= QUOTED ? "\"" + s + "\""
                : "\"" + s.substring(0, QUOTED) + "...\" (" + s.length() + " characters)";
    }
}
