package org.dyad.store;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link Browse#events} selects: every part optional (empty string or empty Optional: no condition).
 * {@code actor} matches the source or target code by prefix, any case; {@code country} the source or target
 * country exactly; {@code cameo} the code by prefix; {@code root} the two-digit root; {@code text} a
 * case-insensitive substring of some mention's evidence sentence; {@code minConfidence} a confidence some mention
 * of the event reaches (0: any). Immutable.
 */
public record EventFilter(DateRange range, String actor, String country, String cameo, String root,
                          Optional<Integer> quadClass, String plover, String text, double minConfidence) {
    public static final EventFilter ALL = new EventFilter(DateRange.ALL, "", "", "", "", Optional.empty(), "", "", 0);

    /** A filter of any confidence. */
    public EventFilter(DateRange range, String actor, String country, String cameo, String root,
                       Optional<Integer> quadClass, String plover, String text) {
        this(range, actor, country, cameo, root, quadClass, plover, text, 0);
    }

    public EventFilter {
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(quadClass, "quadClass");
        actor = norm(actor).toUpperCase(Locale.ROOT);
        country = norm(country).toUpperCase(Locale.ROOT);
        cameo = norm(cameo);
        root = norm(root);
        plover = norm(plover).toUpperCase(Locale.ROOT);
        text = norm(text);
        if (!cameo.matches("\\d{0,4}")) {
            throw new IllegalArgumentException("a CAMEO code is up to 4 digits: '" + cameo + "'");
        }
        if (!root.matches("(\\d{2})?")) {
            throw new IllegalArgumentException("a CAMEO root is 2 digits: '" + root + "'");
        }
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw new IllegalArgumentException("a confidence is between 0 and 1: " + minConfidence);
        }
        if (quadClass.isPresent() && (quadClass.get() < 1 || quadClass.get() > 4)) {
            throw new IllegalArgumentException("QuadClass is 1 to 4: " + quadClass.get());
        }
    }

    private static String norm(String s) {
        return s == null ? "" : s.strip();
    }
}
