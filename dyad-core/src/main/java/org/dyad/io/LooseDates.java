package org.dyad.io;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.date.CalendarNames;

/** Publication dates as headers and metadata write them. Stateless. */
final class LooseDates {

    /** A date found at the start of a string and the length of the text it took. */
    record Found(LocalDate date, int length) { }

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?:[T ]\\d{1,2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?(?![\\w-])");
    private static final Pattern MONTH_FIRST = Pattern.compile(
            "([A-Za-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\w)");
    private static final Pattern DAY_FIRST = Pattern.compile(
            "(\\d{1,2})(?:st|nd|rd|th)?\\s+([A-Za-z]{3,9})\\.?,?\\s+(\\d{4})(?!\\w)");
    private static final Map<String, Integer> MONTHS = CalendarNames.months();

    private LooseDates() { }

    /** A date at the very start of {@code s} (ISO date or date-time, "January 26, 2022", "26 Jan 2022"). */
    static Optional<Found> atStart(String s) {
        Matcher iso = ISO.matcher(s);
        if (iso.lookingAt()) {
            return make(iso.group(1), Integer.parseInt(iso.group(2)), iso.group(3), iso.end());
        }
        Matcher m = MONTH_FIRST.matcher(s);
        if (m.lookingAt()) {
            return month(m.group(1)).flatMap(mo -> make(m.group(3), mo, m.group(2), m.end()));
        }
        Matcher d = DAY_FIRST.matcher(s);
        if (d.lookingAt()) {
            return month(d.group(2)).flatMap(mo -> make(d.group(3), mo, d.group(1), d.end()));
        }
        return Optional.empty();
    }

    /** The whole of {@code s} as a date, or empty. */
    static Optional<LocalDate> whole(String s) {
        String t = s.strip();
        return atStart(t).filter(f -> f.length() == t.length()).map(Found::date);
    }

    private static Optional<Integer> month(String word) {
        return Optional.ofNullable(MONTHS.get(word.toLowerCase(Locale.ROOT)));
    }

    private static Optional<Found> make(String year, int month, String day, int length) {
        try {
            return Optional.of(new Found(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)), length));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
