package org.dyad.dictionary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Phrases looked up in a token sequence, longest first: an index from each phrase's first word (its first
 * three letters for stems) to the phrases. Immutable once built.
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

    private final Map<String, List<Item<V>>> byKey = new HashMap<>();
    private int order;

    void add(Phrase phrase, V value) {
        byKey.computeIfAbsent(key(phrase.words().get(0)), k -> new ArrayList<>()).add(new Item<>(phrase, value,
            order++));
    }

    private static String key(String word) {
        return word.length() <= 3 ? word : word.substring(0, 3);
    }

    /** The longest phrase starting at {@code from}; among equal lengths, exact words first, then file order. */
    Optional<Match<V>> longestAt(List<String> tokens, int from) {
        String t = tokens.get(from).toUpperCase(Locale.ROOT);
        List<Item<V>> items = byKey.get(key(t));
        if (items == null) {
            return Optional.empty();
        }
        Item<V> best = null;
        int bestLen = 0;
        int bestExact = -1;
        for (Item<V> item : items) {
            int len = item.phrase().matchAt(tokens, from);
            if (len == 0) {
                continue;
            }
            int exact = exactness(item.phrase(), tokens, from);
            if (len > bestLen || len == bestLen && exact > bestExact) {
                best = item;
                bestLen = len;
                bestExact = exact;
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
