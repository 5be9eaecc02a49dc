package org.dyad.dictionary;

import java.util.List;
import java.util.Objects;

/**
 * A verb pattern: the elements before the verb ({@code pre}, in sentence order), the elements after it
 * ({@code post}), and the code it gives.
 *
 * @param pre   elements before the verb, left to right
 * @param post  elements after the verb, left to right
 * @param verbAdjacentBefore the last pre element is joined to the verb ({@code IN_*})
 * @param verbAdjacentAfter  the first post element is joined to the verb ({@code *_OUT})
 * @param code  the code
 * @param text  the pattern as written, for explanations
 * @param file  where it was read
 * @param line  1-based line
 */
public record VerbPattern(List<PatternElement> pre, List<PatternElement> post, boolean verbAdjacentBefore,
                          boolean verbAdjacentAfter, VerbCode code, String text, String file, int line) {
    public VerbPattern {
        pre = List.copyOf(pre);
        post = List.copyOf(post);
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(text, "text");
    }

    /** How specific the pattern is: the number of words and sets it must find. */
    public int specificity() {
        int n = 0;
        for (PatternElement e : pre) {
            n += e.kind() == PatternElement.Kind.WORD || e.kind() == PatternElement.Kind.SYNSET ? 2 : 1;
        }
        for (PatternElement e : post) {
            n += e.kind() == PatternElement.Kind.WORD || e.kind() == PatternElement.Kind.SYNSET ? 2 : 1;
        }
        return n;
    }

    /** Where it came from and what it says: {@code CAMEO.2.0.txt:1204 - * BORDER [172]}. */
    public String rule() {
        return file + ":" + line + " " + text.strip();
    }
}
