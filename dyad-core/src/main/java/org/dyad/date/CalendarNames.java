package org.dyad.date;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * English month and weekday names, lower-case, taken from {@link Month} and {@link DayOfWeek} rather than
 * written out as word lists. The maps are immutable.
 */
public final class CalendarNames {
    private CalendarNames() {
    }

    /**
     * Month names and their abbreviations to month numbers: the full name ("january"), its first three letters
     * ("jan", "may") and "sept" for September. 24 words.
     */
    public static Map<String, Integer> months() {
        Map<String, Integer> out = new HashMap<>();
        for (Month m : Month.values()) {
            String name = m.name().toLowerCase(Locale.ROOT);
            out.put(name, m.getValue());
            out.put(name.substring(0, 3), m.getValue());
        }
        out.put("sept", Month.SEPTEMBER.getValue());
        return Map.copyOf(out);
    }

    /** Weekday names to days: "monday" gives {@link DayOfWeek#MONDAY}. */
    public static Map<String, DayOfWeek> weekdays() {
        Map<String, DayOfWeek> out = new HashMap<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            out.put(d.name().toLowerCase(Locale.ROOT), d);
        }
        return Map.copyOf(out);
    }
}
