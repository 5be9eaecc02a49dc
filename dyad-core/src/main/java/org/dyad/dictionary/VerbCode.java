package org.dyad.dictionary;

import java.util.Optional;

/**
 * The code of a verb block or pattern: {@code [064]}; {@code [032:033]} codes the event and, in the other
 * direction, its counterpart (a visit and the hosting of it); {@code [---]} codes nothing.
 *
 * @param primary   the code from source to target, or {@code ---} for none
 * @param secondary the code from target to source, when written after a colon
 */
public record VerbCode(String primary, Optional<String> secondary) {
    public static final String NULL = "---";

    /** Parses the text between the brackets; throws IllegalArgumentException when it is not a code. */
    public static VerbCode parse(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.contains(" ") || t.contains("\t")) {
            throw new IllegalArgumentException("not a code: [" + text + "]");
        }
        int colon = t.indexOf(':');
        if (colon < 0) {
            return new VerbCode(t, Optional.empty());
        }
        String a = t.substring(0, colon);
        String b = t.substring(colon + 1);
        if (b.contains(":") || (a.isEmpty() && b.isEmpty())) {
            throw new IllegalArgumentException("not a code: [" + text + "]");
        }
        return new VerbCode(a.isEmpty() ? NULL : a, b.isEmpty() ? Optional.empty() : Optional.of(b));
    }

    public boolean isNull() {
        return primary.equals(NULL) && secondary.isEmpty();
    }

    @Override
    public String toString() {
        return secondary.map(s -> primary + ":" + s).orElse(primary);
    }
}
