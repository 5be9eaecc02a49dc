package org.dyad.dictionary;

/**
 * One element of a verb pattern.
 *
 * @param kind      what it matches
 * @param word      the word (upper case) for {@link Kind#WORD}, the set name ({@code &TIETYPES}) for
 *                  {@link Kind#SYNSET}, else ""
 * @param exact     for a word: must match the token exactly (written with a trailing {@code _})
 * @param adjacent  must match the token right after the previous element (joined to it by {@code _}, or
 *                  a word group in braces or parentheses)
 */
public record PatternElement(Kind kind, String word, boolean exact, boolean adjacent) {
    /** Kinds of pattern element. */
    public enum Kind {
        /** A word. */
        WORD,
        /** Any phrase of a synonym set. */
        SYNSET,
        /** {@code $}: the source actor is here. */
        SOURCE,
        /** {@code +}: the target actor is here. */
        TARGET,
        /** {@code %}: a compound actor whose members act on each other. */
        COMPOUND,
        /** {@code ^}: skip a noun phrase. */
        SKIP
    }

    @Override
    public String toString() {
        return switch (kind) {
            case WORD -> word + (exact ? "_" : "");
            case SYNSET -> word;
            case SOURCE -> "$";
            case TARGET -> "+";
            case COMPOUND -> "%";
            case SKIP -> "^";
        };
    }
}
