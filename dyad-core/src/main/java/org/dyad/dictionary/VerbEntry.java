package org.dyad.dictionary;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A verb of a verb block: its words (a phrasal verb has several, one of them the verb itself), the
 * inflected forms it is recognised by, and a code that overrides the block's.
 *
 * @param words   the words in order, upper case
 * @param head    index of the verb word in {@code words}
 * @param forms   every accepted form of the head word, upper case (base, regular and listed irregular forms)
 * @param code    the entry's own code, when given ({@code DISBAND [160]})
 * @param line    1-based line in the file
 */
public record VerbEntry(List<String> words, int head, Set<String> forms, Optional<VerbCode> code, int line) {
    public VerbEntry {
        words = List.copyOf(words);
        forms = Set.copyOf(forms);
    }

    public String headWord() {
        return words.get(head);
    }
}
