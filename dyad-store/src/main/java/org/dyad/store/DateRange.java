package org.dyad.store;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** Inclusive bounds on event dates; either may be open. Immutable. */
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

    LocalDate first() {
        return from.orElse(FIRST);
    }

    LocalDate last() {
        return to.orElse(LAST);
    }
}
