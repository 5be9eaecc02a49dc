package org.dyad.dictionary;

import java.util.List;

/**
 * A block of a verb dictionary: {@code --- NAME [code] ---}, its verbs, and its patterns in file order.
 *
 * @param name     the block's name
 * @param code     the default code of its verbs
 * @param verbs    the verbs
 * @param patterns the patterns
 * @param file     where it was read
 * @param line     1-based line of the header
 */
public record VerbBlock(String name, VerbCode code, List<VerbEntry> verbs, List<VerbPattern> patterns,
                        String file, int line) {
    public VerbBlock {
        verbs = List.copyOf(verbs);
        patterns = List.copyOf(patterns);
    }
}
