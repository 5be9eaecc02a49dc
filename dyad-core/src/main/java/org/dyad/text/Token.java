package org.dyad.text;

import java.util.Objects;

/**
 * One token of a parsed sentence. Immutable.
 *
 * @param index 0-based index within its sentence
 * @param word  surface form as written
 * @param lemma lemma (lower case for regular words)
 * @param pos   Penn Treebank part-of-speech tag
 * @param ner   named-entity class (PERSON, LOCATION, ORGANIZATION, MISC, ...) or "O"
 * @param start character offset in the article text, inclusive (0-based)
 * @param end   character offset in the article text, exclusive
 */
public record Token(int index, String word, String lemma, String pos, String ner, int start, int end) {
    public Token {
        Objects.requireNonNull(word, "word");
        lemma = lemma == null ? word.toLowerCase(java.util.Locale.ROOT) : lemma;
        pos = pos == null ? "" : pos;
        ner = ner == null || ner.isEmpty() ? "O" : ner;
        if (index < 0 || start < 0 || end < start) {
            throw new IllegalArgumentException("bad token " + index + " [" + start + "," + end + ")");
        }
    }

    public boolean isNoun() { return pos.startsWith("NN"); }
    public boolean isProperNoun() { return pos.startsWith("NNP"); }
    public boolean isVerb() { return pos.startsWith("VB"); }
    public boolean isPronoun() { return pos.equals("PRP") || pos.equals("PRP$"); }
    public String lowerWord() { return word.toLowerCase(java.util.Locale.ROOT); }
}
