package org.dyad.gaps;

import java.util.Comparator;
import java.util.Objects;

/**
 * A sentence that shows a gap: the article, the sentence's 0-based index in it, and its text. Immutable.
 *
 * @param docId    the article's id
 * @param sentence the sentence's 0-based index in the article
 * @param text     the sentence as written
 */
public record Example(String docId, int sentence, String text) {
    /** Article id, then sentence: the order examples are chosen in, whatever order articles were coded in. */
    static final Comparator<Example> ORDER = Comparator.comparing(Example::docId).thenComparingInt(Example::sentence);

    public Example {
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(text, "text");
    }
}
