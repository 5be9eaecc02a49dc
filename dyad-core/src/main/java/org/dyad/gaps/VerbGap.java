package org.dyad.gaps;

import java.util.List;
import java.util.Objects;

/**
 * A verb heading a clause between two coded actors at which no trigger or pattern proposed an event. Immutable.
 *
 * @param words   the verb's lemma, with its particle for a phrasal verb ({@code [crack, down]})
 * @param head    which of the words is the verb
 * @param form    the verb as written ("rebuked")
 * @param source  the code of the clause's doer (its subject; the agent of a passive)
 * @param target  the code of the other actor (its object or oblique; the subject of a passive)
 * @param known   the verb dictionary's entry for these words, its block, code and number of patterns ("DENOUNCE
 *                (111), 12 patterns"), whose patterns did not fit the clause; empty for a verb it does not know
 * @param example the sentence
 */
public record VerbGap(List<String> words, int head, String form, String source, String target, String known,
                      Example example) {
    public VerbGap {
        words = List.copyOf(words);
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(known, "known");
        Objects.requireNonNull(example, "example");
        if (head < 0 || head >= words.size()) {
            throw new IllegalArgumentException("the head is one of the words: " + head + " of " + words);
        }
    }

    /** The verb's words with spaces: "crack down". */
    public String verb() {
        return String.join(" ", words);
    }
}
