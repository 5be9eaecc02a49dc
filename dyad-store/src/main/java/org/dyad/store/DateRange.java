package org.dyad.store;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Inclusive bounds on event dates; either may be open. Undated events fall in the range only when both ends are
 * open ({@link #all()}): a date range asks about dates. Immutable.
 */
public record DateRange(Optional<LocalDate> from, Optional<LocalDate> to) {
    public static final DateRange ALL = new DateRange(Optional.empty(), Optional.empty());

    private static final LocalDate FIRST = LocalDate.of(1, 1, 1);
    private static final LocalDate LAST = LocalDate.of(9999, 12, 31);

    public DateRange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            throw new IllegalArgumentException("the range ends (" + to.get() + ") before it starts (" + from.get() + ")");
        }
    }

    /** Whether neither end is set, so undated events belong too. */
    public boolean all() {
        return from.isEmpty() && to.isEmpty();
    }

    LocalDate first() {
        return from.orElse(FIRST);
    }

    LocalDate last() {
        return to.orElse(LAST);
    }
}
