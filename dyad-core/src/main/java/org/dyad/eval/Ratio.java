package org.dyad.eval;

/**
 * A count over a count: hits over chances for a share (precision, recall), or a total over records for a
 * mean (events per record). Immutable; counts of a record are added up over a half with {@link #plus}.
 *
 * @param num the numerator
 * @param den the denominator; 0 when the measure does not apply (no such records)
 */
public record Ratio(long num, long den) {
    public static final Ratio NONE = new Ratio(0, 0);

    public Ratio {
        if (num < 0 || den < 0) {
            throw new IllegalArgumentException("negative count " + num + "/" + den);
        }
    }

    /** One chance, hit or not. */
    public static Ratio of(boolean hit) {
        return new Ratio(hit ? 1 : 0, 1);
    }

    public Ratio plus(Ratio other) {
        return new Ratio(num + other.num, den + other.den);
    }

    /** Whether the measure applies: there was something to count. */
    public boolean applies() {
        return den > 0;
    }

    /** {@code num / den}; NaN when the measure does not apply. */
    public double value() {
        return den == 0 ? Double.NaN : (double) num / den;
    }
}
