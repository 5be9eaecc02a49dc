package org.dyad.dictionary;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * PETRARCH's optional issue coding: phrases that tag an event with an issue ({@code n:teacher [TEACHERS]})
 * and phrases that block a tag ({@code ~a head start}). Immutable.
 */
public final class IssueDictionary {
    /** An issue phrase; {@code code} is empty for an exclusion. */
    public record Entry(Phrase phrase, String code, String category, boolean exclusion, String file, int line) {
    }

    private final List<Entry> entries;
    private final PhraseTable<Entry> table = new PhraseTable<>();

    public IssueDictionary(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        for (Entry e : this.entries) {
            table.add(e.phrase(), e);
        }
    }

    public static IssueDictionary empty() {
        return new IssueDictionary(List.of());
    }

    public List<Entry> entries() {
        return entries;
    }

    /** The issue codes named in {@code tokens}, in order, without those an exclusion phrase covers. */
    public List<String> issues(List<String> tokens) {
        Set<String> out = new LinkedHashSet<>();
        for (PhraseTable.Match<Entry> m : table.scan(tokens)) {
            if (!m.value().exclusion()) {
                out.add(m.value().code());
            }
        }
        return new ArrayList<>(out);
    }

    public IssueDictionary overlay(IssueDictionary over) {
        List<Entry> all = new ArrayList<>(over.entries);
        all.addAll(entries);
        return new IssueDictionary(all);
    }
}
