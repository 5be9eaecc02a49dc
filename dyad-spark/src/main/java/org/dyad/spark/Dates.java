package org.dyad.spark;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Spark's external date and timestamp values as java.time: a DATE comes back as {@link java.sql.Date}, or as
 * {@link LocalDate} when {@code spark.sql.datetime.java8API.enabled} is set; a TIMESTAMP_NTZ as
 * {@link LocalDateTime} (UTC here). Stateless.
 */
final class Dates {
    private Dates() {}

    /** The date of a DATE value; null for null. */
    static LocalDate local(Object date) {
        if (date == null) {
            return null;
        }
        if (date instanceof LocalDate d) {
            return d;
        }
        if (date instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        throw new IllegalArgumentException("not a date: " + date.getClass().getName());
    }

    /** The instant of a TIMESTAMP_NTZ value written as UTC. */
    static java.time.Instant utc(Object timestamp) {
        if (timestamp instanceof LocalDateTime t) {
            return t.toInstant(ZoneOffset.UTC);
        }
        throw new IllegalArgumentException("not a timestamp without zone: " + timestamp);
    }
}
