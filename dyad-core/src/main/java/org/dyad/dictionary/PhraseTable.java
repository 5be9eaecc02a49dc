package org.dyad.dictionary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Phrases looked up in a token sequence, longest first. A phrase is indexed by what its first word can match: an
 * exact word under itself, a short stem under itself and its plural, a longer stem under its first
 * {@value Phrase#MIN_STEM} letters, a hyphenated word (which may take several tokens) under its first three letters;
 * a lookup so reads a handful of phrases, not every phrase of the dictionary sharing the token's first three letters.
 * Immutable once built.
 */
final class PhraseTable<V> {
    /** A phrase found at a position, with its value and length in tokens. */
    record Match<V>(Phrase phrase, V value, int start, int length) {
        int end() {
            return start + length;
        }
    }

    private record Item<V>(Phrase phrase, V value, int order) {
    }

    private final Map<String, List<Item<V>>> byWord = new HashMap<>();
    private final Map<String, List<Item<V>>> byStem = new HashMap<>();
    private final Map<String, List<Item<V>>> hyphenated = new HashMap<>();
    private int order;

    void add(Phrase phrase, V value) {
        Item<V> item = new Item<>(phrase, value, order++);
        String first = phrase.words().get(0);
        if (first.indexOf('-') > 0) {
            put(hyphenated, key(first), item);
        } else if (phrase.exact().get(0)) {
            put(byWord, first, item);
        } else if (first.length() < Phrase.MIN_STEM) {
            put(byWord, first, item);
            put(byWord, first + "S", item);
        } else {
            put(byStem, first.substring(0, Phrase.MIN_STEM), item);
        }
    }

    private static <V> void put(Map<String, List<Item<V>>> index, String key, Item<V> item) {
        index.computeIfAbsent(key, k -> new ArrayList<>()).add(item);
    }

    private static String key(String word) {
        return word.length() <= 3 ? word : word.substring(0, 3);
    }

    /**
     * The longest phrase starting at {@code from}; among equal lengths, exact words first, then file order. Only a
     * phrase whose first word shares the token's first three letters is taken (a token written with underscores,
     * "Dol_Amroth", is matched by its parts).
     */
    Optional<Match<V>> longestAt(List<String> tokens, int from) {
        String t = tokens.get(from).toUpperCase(Locale.ROOT);
        String key = key(t);
        int us = t.indexOf('_');
        String part = us > 0 && us < t.length() - 1 ? t.substring(0, us) : t;
        Item<V> best = null;
        int bestLen = 0;
        int bestExact = -1;
        List<Item<V>> stems = part.length() >= Phrase.MIN_STEM ? byStem.get(part.substring(0, Phrase.MIN_STEM)) : null;
        for (List<Item<V>> items : List.of(byWord.getOrDefault(part, List.of()), stems == null ? List.<Item<V>>of() : stems,
                hyphenated.getOrDefault(key, List.of()))) {
            for (Item<V> item : items) {
                if (!key(item.phrase().words().get(0)).equals(key)) {
                    continue;
                }
                int len = item.phrase().matchAt(tokens, from);
                if (len == 0) {
                    continue;
                }
                int exact = exactness(item.phrase(), tokens, from);
                if (len > bestLen || len == bestLen && (exact > bestExact
                        || exact == bestExact && item.order() < best.order())) {
                    best = item;
                    bestLen = len;
                    bestExact = exact;
                }
            }
        }
        return best == null ? Optional.empty() : Optional.of(new Match<>(best.phrase(), best.value(), from, bestLen));
    }

    private static int exactness(Phrase p, List<String> tokens, int from) {
        int n = 0;
        for (int i = 0; i < p.size(); i++) {
            if (p.words().get(i).equalsIgnoreCase(tokens.get(from + i))) {
                n++;
            }
        }
        return n;
    }

    /** Every non-overlapping longest match, left to right. */
    List<Match<V>> scan(List<String> tokens) {
        List<Match<V>> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); ) {
            Optional<Match<V>> m = longestAt(tokens, i);
            if (m.isPresent()) {
                out.add(m.get());
                i += m.get().length();
            } else {
                i++;
            }
        }
        return out;
    }

    int size() {
        return order;
    }
}
