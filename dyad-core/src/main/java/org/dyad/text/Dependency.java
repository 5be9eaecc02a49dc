package org.dyad.text;

import java.util.Objects;

/**
 * A typed dependency edge (Universal Dependencies, as CoreNLP writes them, e.g. {@code nsubj},
 * {@code obl:with}, {@code nmod:poss}). Indexes are 0-based token indexes in the sentence; the root
 * edge has governor {@code -1}. Immutable.
 */
public record Dependency(int governor, int dependent, String relation) {
    public static final int ROOT = -1;

    public Dependency {
        Objects.requireNonNull(relation, "relation");
        if (dependent < 0 || governor < ROOT) {
            throw new IllegalArgumentException("bad edge " + governor + "->" + dependent);
        }
    }

    /** The relation without its subtype: {@code obl:with} gives {@code obl}. */
    public String baseRelation() {
        int colon = relation.indexOf(':');
        return colon < 0 ? relation : relation.substring(0, colon);
    }

    /** The subtype after the colon ({@code with} for {@code obl:with}), or "". */
    public String subtype() {
        int colon = relation.indexOf(':');
        return colon < 0 ? "" : relation.substring(colon + 1);
    }
}
