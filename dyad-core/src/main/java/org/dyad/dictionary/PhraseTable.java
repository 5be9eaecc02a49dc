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
 * {@value Phrase#MIN_STEM} letters, a hyphenated word (which may take several tokens) under its first three letters
 * (found also where the tokenizer split it after a shorter first part: "Al - Qaeda" under "AL-");
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

    private record Item<V>(Phrase phrase, V value, int order, String key) {
    }

    private final Map<String, List<Item<V>>> byWord = new HashMap<>();
    private final Map<String, List<Item<V>>> byStem = new HashMap<>();
    private final Map<String, List<Item<V>>> hyphenated = new HashMap<>();
    private int order;

    void add(Phrase phrase, V value) {
        String first = phrase.words().get(0);
        Item<V> item = new Item<>(phrase, value, order++, key(first));
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
        List<String> upper = UpperCase.of(tokens);
        String t = tokens.get(from).toUpperCase(Locale.ROOT);
        String key = key(t);
        int us = t.indexOf('_');
        String part = us > 0 && us < t.length() - 1 ? t.substring(0, us) : t;
        Best<V> best = new Best<>();
        best.consider(byWord.get(part), key, tokens, upper, from);
        if (part.length() >= Phrase.MIN_STEM) {
            best.consider(byStem.get(part.substring(0, Phrase.MIN_STEM)), key, tokens, upper, from);
        }
        // a hyphenated word the tokenizer split after a short first part ("Al - Qaeda") is indexed as "AL-"
        String hyphenKey = t.length() < 3 && from + 2 < tokens.size() && tokens.get(from + 1).equals("-")
                ? key(t + "-" + upper.get(from + 2)) : key;
        best.consider(hyphenated.get(hyphenKey), hyphenKey, tokens, upper, from);
        return best.item == null ? Optional.empty()
                : Optional.of(new Match<>(best.item.phrase(), best.item.value(), from, best.length));
    }

    /** The best phrase so far: longest, then most exact words, then first added. */
    private static final class Best<V> {
        Item<V> item;
        int length;
        int exact = -1;

        void consider(List<Item<V>> items, String key, List<String> tokens, List<String> upper, int from) {
            if (items == null) {
                return;
            }
            for (Item<V> candidate : items) {
                if (!candidate.key().equals(key)) {
                    continue;
                }
                // matching compares upper case; the upper-case view only saves converting each token per phrase
                int len = candidate.phrase().matchAt(upper, from);
                if (len == 0) {
                    continue;
                }
                int ex = exactness(candidate.phrase(), tokens, from);
                if (len > length || len == length && (ex > exact || ex == exact && candidate.order() < item.order())) {
                    item = candidate;
                    length = len;
                    exact = ex;
                }
            }
        }
    }

    /**
     * A token list in upper case, converted once per token and kept per thread for the list last looked up in (a
     * sentence is looked up position by position). A token whose upper case has another length (German "ß") is left
     * as written: {@link Phrase} upper-cases what it compares, and counts characters when it joins hyphenated tokens.
     */
    private static final class UpperCase extends java.util.AbstractList<String> {
        private static final ThreadLocal<UpperCase> LAST = new ThreadLocal<>();
        private final List<String> source;
        private final String[] original;
        private final String[] upper;

        private UpperCase(List<String> source) {
            this.source = source;
            this.original = new String[source.size()];
            this.upper = new String[source.size()];
        }

        static List<String> of(List<String> tokens) {
            UpperCase last = LAST.get();
            if (last == null || last.source != tokens || last.upper.length != tokens.size()) {
                last = new UpperCase(tokens);
                LAST.set(last);
            }
            return last;
        }

        @Override
        public String get(int i) {
            String token = source.get(i);
            if (original[i] != token) { // first use, or the list changed since
                String u = token.toUpperCase(Locale.ROOT);
                original[i] = token;
                upper[i] = u.length() == token.length() ? u : token;
            }
            return upper[i];
        }

        @Override
        public int size() {
            return upper.length;
        }
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
