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
    /**
     * A CAMEO event code as dictionaries write it: two to four digits, a letter after them in some test
     * dictionaries ({@code 174K}), and PETRARCH's {@code ?} or {@code !} mark after that ({@code 080!}).
     */
    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("\\d{2,4}[A-Za-z]?[?!]?");

    /** Parses the text between the brackets; throws IllegalArgumentException when it is not a code. */
    public static VerbCode parse(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.contains(" ") || t.contains("\t")) {
            throw new IllegalArgumentException("not a code: [" + text + "]");
        }
        int colon = t.indexOf(':');
        if (colon < 0) {
            return new VerbCode(checked(t, text), Optional.empty());
        }
        String a = t.substring(0, colon);
        String b = t.substring(colon + 1);
        if (b.contains(":") || (a.isEmpty() && b.isEmpty())) {
            throw new IllegalArgumentException("not a code: [" + text + "]");
        }
        return new VerbCode(a.isEmpty() ? NULL : checked(a, text), b.isEmpty() ? Optional.empty() : Optional.of(checked(b, text)));
    }

    private static String checked(String code, String text) {
        if (!code.equals(NULL) && !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("malformed code [" + DictionaryQuote.clip(text) + "]: an event code is "
                    + "--- or two to four digits");
        }
        return code;
    }

    public boolean isNull() {
        return primary.equals(NULL) && secondary.isEmpty();
    }

    @Override
    public String toString() {
        return secondary.map(s -> primary + ":" + s).orElse(primary);
    }
}
