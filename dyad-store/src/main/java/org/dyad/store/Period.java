package org.dyad.store;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;

/** A timeline's bucket: a day, an ISO week (Monday to Sunday) or a calendar month. */
public enum Period {
    DAY, WEEK, MONTH;

    /** The period by name ({@code day}, {@code week}, {@code month}, any case). */
    public static Period parse(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown period '" + name + "'; choose day, week or month", e);
        }
    }

    /** DuckDB's {@code date_trunc} part. */
    String part() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The first day of the period that holds {@code day} (a week starts on Monday). */
    LocalDate start(LocalDate day) {
        return switch (this) {
            case DAY -> day;
            case WEEK -> day.minusDays(day.getDayOfWeek().getValue() - 1L);
            case MONTH -> day.withDayOfMonth(1);
        };
    }

    /** The first day of the period after the one starting on {@code start}. */
    LocalDate next(LocalDate start) {
        return switch (this) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
        };
    }

    /** The label of the period starting on {@code start}: 2022-01-25, 2022-W04, 2022-01. */
    String label(LocalDate start) {
        return switch (this) {
            case DAY -> start.toString();
            case WEEK -> String.format(Locale.ROOT, "%d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR),
                    start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> String.format(Locale.ROOT, "%d-%02d", start.getYear(), start.getMonthValue());
        };
    }
}
