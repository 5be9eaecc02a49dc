package org.dyad.dictionary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A dictionary phrase in PETRARCH's conventions: upper-case words; a word ending in {@code _} must match a
 * token exactly, any other word of five letters or more matches a token that starts with it (PETRARCH's stem
 * matching: {@code ARGENTIN} matches "Argentina" and "Argentine"). Words of a phrase match consecutive tokens.
 *
 * @param words the words, upper case, without their underscores
 * @param exact for each word, whether it must match exactly
 */
public record Phrase(List<String> words, List<Boolean> exact) {
    public Phrase {
        words = List.copyOf(words);
        exact = List.copyOf(exact);
        if (words.isEmpty() || words.size() != exact.size()) {
            throw new IllegalArgumentException("empty phrase");
        }
    }

    /**
     * Parses a phrase as written in a PETRARCH dictionary: words joined by {@code _} or spaces, an
     * optional trailing {@code _} on a word making it exact. {@code GAZA_CITY}, {@code CARAS GALADHON},
     * {@code ARNOR_}.
     */
    /**
     * Shorter words than this match whole words only (and their plural): a stem as short as {@code PLA}
     * would otherwise take "place" for the People's Liberation Army.
     */
    static final int MIN_STEM = 5;

    public static Phrase parse(String text) {
        String t = text.strip().toUpperCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        List<Boolean> exact = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= t.length(); i++) {
            char c = i < t.length() ? t.charAt(i) : ' ';
            if (c == '_' || Character.isWhitespace(c)) {
                if (word.length() > 0) {
                    words.add(word.toString());
                    // an underscore right after a word marks it exact when nothing follows in the phrase
                    exact.add(c == '_' && (i + 1 >= t.length() || Character.isWhitespace(t.charAt(i + 1))));
                    word.setLength(0);
                } else if (c == '_' && !exact.isEmpty()) {
                    exact.set(exact.size() - 1, true);
                }
            } else {
                word.append(c);
            }
        }
        if (words.isEmpty()) {
            throw new IllegalArgumentException("no words in '" + text + "'");
        }
        // words inside a multi-word phrase are whole words; only the last one may be a stem
        for (int i = 0; i < words.size() - 1; i++) {
            exact.set(i, true);
        }
        return new Phrase(words, exact);
    }

    /** This phrase with every word exact (agent nouns: their plurals are listed, not stemmed). */
    public Phrase exactly() {
        return new Phrase(words, java.util.Collections.nCopies(words.size(), true));
    }

    public int size() {
        return words.size();
    }

    /** Whether word {@code i} of this phrase matches the token {@code token} (any case). */
    public boolean matches(int i, String token) {
        return wordMatches(words.get(i), exact.get(i), token);
    }

    static boolean wordMatches(String word, boolean exact, String token) {
        String t = token.toUpperCase(Locale.ROOT);
        if (exact) {
            return t.equals(word);
        }
        if (word.length() < MIN_STEM) {
            return t.equals(word) || t.equals(word + "S");
        }
        return t.startsWith(word);
    }

    /**
     * Number of tokens matched starting at {@code from}, or 0. A hyphenated word matches one token or the
     * three a tokenizer makes of it ("Barad", "-", "dur").
     */
    public int matchAt(List<String> tokens, int from) {
        int at = from;
        int i = 0;
        while (i < words.size()) {
            if (at >= tokens.size()) {
                return 0;
            }
            String token = tokens.get(at);
            if (at > from && (token.equals("'") || token.equals("\u2019")) && !words.get(i).equals(token)) {
                // "Kurdistan Workers' Party": the tokenizer splits the plural possessive's apostrophe off
                at++;
                continue;
            }
            int us = token.indexOf('_');
            if (us > 0 && us < token.length() - 1) {
                // a token written with underscores ("Dol_Amroth") stands for several words
                String[] parts = token.split("_");
                if (i + parts.length > words.size()) {
                    return 0;
                }
                for (String part : parts) {
                    if (!matches(i++, part)) {
                        return 0;
                    }
                }
                at++;
                continue;
            }
            int n = wordAt(i, tokens, at);
            if (n == 0) {
                return 0;
            }
            at += n;
            i++;
        }
        return at - from;
    }

    private int wordAt(int i, List<String> tokens, int at) {
        if (matches(i, tokens.get(at))) {
            return 1;
        }
        String w = words.get(i);
        if (w.indexOf('-') > 0) {
            StringBuilder joined = new StringBuilder(tokens.get(at));
            for (int j = at + 1; j < tokens.size() && j < at + 7; j++) {
                joined.append(tokens.get(j));
                if (joined.length() > w.length() + 12) {
                    return 0;
                }
                if (wordMatches(w, exact.get(i), joined.toString())) {
                    return j - at + 1;
                }
            }
        }
        return 0;
    }

    /** The phrase as PETRARCH writes it: {@code GAZA_CITY}, {@code ARNOR_}. */
    public String text() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            if (i > 0) {
                b.append('_');
            }
            b.append(words.get(i));
        }
        if (exact.get(words.size() - 1)) {
            b.append('_');
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return text();
    }
}
