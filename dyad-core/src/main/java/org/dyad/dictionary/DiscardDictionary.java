package org.dyad.dictionary;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Phrases that stop coding: a sentence-level discard drops the sentence it is in, a story-level one
 * ({@code +} in PETRARCH's file) the whole article. Immutable.
 */
public final class DiscardDictionary {
    /** A discard phrase. */
    public record Entry(Phrase phrase, boolean story, String file, int line) {
    }

    /** A discard found in a text. */
    public record Hit(Entry entry, int start) {
    }

    private final List<Entry> entries;
    private final PhraseTable<Entry> table = new PhraseTable<>();

    public DiscardDictionary(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        for (Entry e : this.entries) {
            table.add(e.phrase(), e);
        }
    }

    public static DiscardDictionary empty() {
        return new DiscardDictionary(List.of());
    }

    public List<Entry> entries() {
        return entries;
    }

    /** The first discard phrase in {@code tokens}, story-level ones preferred. */
    public Optional<Hit> find(List<String> tokens) {
        Hit first = null;
        for (PhraseTable.Match<Entry> m : table.scan(tokens)) {
            if (m.value().story()) {
                return Optional.of(new Hit(m.value(), m.start()));
            }
            if (first == null) {
                first = new Hit(m.value(), m.start());
            }
        }
        return Optional.ofNullable(first);
    }

    public DiscardDictionary overlay(DiscardDictionary over) {
        List<Entry> all = new ArrayList<>(over.entries);
        all.addAll(entries);
        return new DiscardDictionary(all);
    }
}
