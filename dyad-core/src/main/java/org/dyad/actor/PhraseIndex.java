package org.dyad.actor;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Multi-word phrases looked up by their tokens, longest match first, compared in lower case. A phrase may
 * end in a stem that matches any token starting with it. A phrase with a hyphenated word is stored twice:
 * as written ("Col-Gen") and split the way CoreNLP splits hyphens ("Col", "-", "Gen"); so is a phrase with a
 * possessive word, split as CoreNLP splits it ("St. George's" -> "St.", "George", "'s"). A token with
 * diacritics is looked up as written and without them, so text spelling "Chișinău" or "São Tomé and Príncipe"
 * finds a phrase listed as "Chisinau" or "Sao Tome and Principe" (a phrase written as the text wins on equal
 * length); a phrase listed with diacritics ("Malé") is found only as written, never from the plain word
 * ("Male"). Immutable once built; safe to share between
 * threads.
 */
final class PhraseIndex<V> {
    /** A value and the number of tokens its phrase covered. */
    record Hit<V>(V value, int length) {
    }

    private static final class Node<V> {
        final Map<String, Node<V>> children = new HashMap<>();
        final Map<String, V> stems = new LinkedHashMap<>();
        V value;
    }

    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");

    private final Node<V> root = new Node<>();

    /** Adds a space-separated phrase; the first value stored for a token sequence wins. */
    void add(String phrase, boolean lastWordIsStem, V value) {
        for (List<String> tokens : variants(phrase)) {
            Node<V> node = root;
            for (int i = 0; i < tokens.size() - 1; i++) {
                node = node.children.computeIfAbsent(tokens.get(i), k -> new Node<>());
            }
            String last = tokens.get(tokens.size() - 1);
            if (lastWordIsStem) {
                node.stems.putIfAbsent(last, value);
            } else {
                Node<V> leaf = node.children.computeIfAbsent(last, k -> new Node<>());
                if (leaf.value == null) {
                    leaf.value = value;
                }
            }
        }
    }

    /** The longest phrase starting at {@code words.get(from)}; a whole-word match beats a stem of equal length. */
    Optional<Hit<V>> longest(List<String> words, int from) {
        if (from < 0 || from > words.size()) {
            throw new IndexOutOfBoundsException("from " + from + " of " + words.size());
        }
        Hit<V> best = null;
        // the nodes reached so far: a token with diacritics may go on as written and without them
        List<Node<V>> nodes = List.of(root);
        for (int i = from; i < words.size() && !nodes.isEmpty(); i++) {
            String token = lower(words.get(i));
            String plain = withoutDiacritics(token);
            List<Node<V>> next = new ArrayList<>(2);
            for (Node<V> node : nodes) {
                for (Map.Entry<String, V> stem : node.stems.entrySet()) {
                    boolean starts = token.startsWith(stem.getKey()) || plain.startsWith(stem.getKey());
                    if (starts && (best == null || best.length() < i - from + 1)) {
                        best = new Hit<>(stem.getValue(), i - from + 1);
                    }
                }
                for (String key : plain.equals(token) ? List.of(token) : List.of(token, plain)) {
                    Node<V> child = node.children.get(key);
                    if (child != null) {
                        next.add(child);
                    }
                }
            }
            for (Node<V> node : next) {
                if (node.value != null) {
                    best = new Hit<>(node.value, i - from + 1);
                    break;
                }
            }
            nodes = next;
        }
        return Optional.ofNullable(best);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** The word without its combining marks ("são" -> "sao", "chișinău" -> "chisinau"); ASCII words unchanged. */
    static String withoutDiacritics(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) > 127) {
                return DIACRITICS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("");
            }
        }
        return word;
    }

    private static List<List<String>> variants(String phrase) {
        List<String> asWritten = List.of(lower(phrase.strip()).split("\\s+"));
        List<String> split = new ArrayList<>();
        for (String w : asWritten) {
            if (w.length() > 2 && w.endsWith("'s")) {
                split.add(w.substring(0, w.length() - 2));
                split.add("'s");
            } else if (w.length() > 1 && w.indexOf('-', 1) > 0 && !w.endsWith("-")) {
                String[] parts = w.split("-", -1);
                for (int i = 0; i < parts.length; i++) {
                    if (i > 0) {
                        split.add("-");
                    }
                    split.add(parts[i]);
                }
            } else {
                split.add(w);
            }
        }
        return split.equals(asWritten) ? List.of(asWritten) : List.of(asWritten, List.copyOf(split));
    }
}
