package org.dyad.dictionary;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Agents by phrase, longest match first; plural forms are already among the phrases. Immutable. */
public final class AgentDictionary {
    private final List<AgentEntry> entries;
    private final PhraseTable<AgentEntry> table = new PhraseTable<>();

    public AgentDictionary(List<AgentEntry> entries) {
        this.entries = List.copyOf(entries);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (AgentEntry e : this.entries) {
            if (seen.add(e.phrase().text())) {
                table.add(e.phrase(), e);
            }
        }
    }

    public static AgentDictionary empty() {
        return new AgentDictionary(List.of());
    }

    public List<AgentEntry> entries() {
        return entries;
    }

    /** An agent found in a token sequence. */
    public record Match(AgentEntry entry, int start, int length) {
    }

    public Optional<Match> longestAt(List<String> tokens, int from) {
        return table.longestAt(tokens, from).map(m -> new Match(m.value(), m.start(), m.length()));
    }

    /** This dictionary with {@code over}'s entries first, so its phrases win. */
    public AgentDictionary overlay(AgentDictionary over) {
        List<AgentEntry> all = new ArrayList<>(over.entries);
        all.addAll(entries);
        return new AgentDictionary(all);
    }
}
