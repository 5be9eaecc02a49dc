package org.dyad.dictionary;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Named actors (countries, cities, leaders, IGOs, armed groups) by phrase, longest match first. Entries
 * read later win over earlier ones with the same phrase only through {@link #overlay}; within one
 * dictionary the first entry for a phrase is kept. Immutable.
 */
public final class ActorDictionary {
    private final List<ActorEntry> entries;
    private final PhraseTable<ActorEntry> table = new PhraseTable<>();

    public ActorDictionary(List<ActorEntry> entries) {
        this.entries = List.copyOf(entries);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (ActorEntry e : this.entries) {
            for (Phrase p : e.phrases()) {
                if (seen.add(p.text())) {
                    table.add(p, e);
                }
            }
        }
    }

    public static ActorDictionary empty() {
        return new ActorDictionary(List.of());
    }

    public List<ActorEntry> entries() {
        return entries;
    }

    /** The longest actor phrase starting at token {@code from}, with its length in tokens. */
    public Optional<Match> longestAt(List<String> tokens, int from) {
        return table.longestAt(tokens, from).map(m -> new Match(m.value(), m.phrase(), m.start(), m.length()));
    }

    /** An actor found in a token sequence. */
    public record Match(ActorEntry entry, Phrase phrase, int start, int length) {
    }

    /** This dictionary with {@code over}'s entries first, so its phrases win. */
    public ActorDictionary overlay(ActorDictionary over) {
        List<ActorEntry> all = new ArrayList<>(over.entries);
        all.addAll(entries);
        return new ActorDictionary(all);
    }

    public int phraseCount() {
        return table.size();
    }
}
