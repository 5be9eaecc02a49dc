package org.dyad.dictionary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The named word sets of the coder (the prepositions that place an event, the verbs that report speech, the
 * heads of a quantity, ...), read from the resource {@code org/dyad/dictionary/words.tsv} so that no word list
 * is a Java literal. The file is read once, on first use; the sets are immutable and thread-safe.
 *
 * <p>The format follows {@code triggers.tsv}'s {@code set} rows and {@link Tsv}'s conventions: UTF-8, the first
 * line the header {@code kind  name  words}, one set per row {@code set<TAB>name<TAB>word|word|...}, cells
 * escaped as in {@link Tsv}, empty lines ignored, lines starting with {@code #} comments. The comment lines
 * right above a row must hold one {@code # name: what the set is for}. A word is kept exactly as written (case,
 * inner spaces, apostrophes: {@code 'll}, {@code n't}); a word with a space around it, an empty word, a word
 * twice in one set and a name twice in the file are errors. Names are lower-case, dot-separated, the first part
 * the package that uses the set: {@code place.at-prepositions}.
 *
 * <p>An unknown name is an error ({@link IllegalArgumentException}), never an empty set.
 */
public final class WordSets {
    /** The resource every set is read from. */
    public static final String RESOURCE = "org/dyad/dictionary/words.tsv";
    static final List<String> HEADER = List.of("kind", "name", "words");
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)+");

    private WordSets() {
    }

    /** Read once, on first use of any set (the holder idiom). */
    private static final class Loaded {
        static final Map<String, List<String>> SETS = load();

        private static Map<String, List<String>> load() {
            InputStream in = WordSets.class.getClassLoader().getResourceAsStream(RESOURCE);
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE);
        }
    }

    /**
     * The set called {@code name}: immutable, null-hostile (as {@link Set#of}).
     *
     * @throws IllegalArgumentException when words.tsv has no set of that name
     */
    public static Set<String> get(String name) {
        return Set.copyOf(words(name));
    }

    /** The words of the set called {@code name} in the order of words.tsv (for a set whose order matters). */
    public static List<String> list(String name) {
        return words(name);
    }

    /**
     * The sets named {@code prefix.KEY}, by KEY: a map written as one set per key ({@code petrarch.idioms.take},
     * {@code petrarch.idioms.make}: {@code byKey("petrarch.idioms")} maps "take" and "make" to their sets).
     *
     * @throws IllegalArgumentException when no set is named {@code prefix.}something
     */
    public static Map<String, Set<String>> byKey(String prefix) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : Loaded.SETS.entrySet()) {
            if (e.getKey().startsWith(prefix + ".")) {
                out.put(e.getKey().substring(prefix.length() + 1), Set.copyOf(e.getValue()));
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no word set is named " + prefix + ".* in " + RESOURCE);
        }
        return Map.copyOf(out);
    }

    /** Every set name of words.tsv, in file order. */
    public static Set<String> names() {
        return Loaded.SETS.keySet();
    }

    private static List<String> words(String name) {
        List<String> words = Loaded.SETS.get(name);
        if (words == null) {
            throw new IllegalArgumentException("no word set named '" + name + "' in " + RESOURCE);
        }
        return words;
    }

    /**
     * The sets of a words.tsv text, by name in file order.
     *
     * @throws IllegalStateException naming {@code file:line} on the first malformed line
     */
    static Map<String, List<String>> parse(Reader reader, String file) {
        Map<String, List<String>> sets = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(reader)) {
            String text = r.readLine();
            if (text != null && !text.isEmpty() && text.charAt(0) == '\uFEFF') {
                text = text.substring(1);
            }
            String expected = String.join("\t", HEADER);
            if (text == null || !stripCr(text).equals(expected)) {
                String found = text == null ? "" : Tsv.escape(stripCr(text));
                throw new IllegalStateException(file + ":1: header is '" + found + "', expected '" + Tsv.escape(expected)
                    + "'");
            }
            List<String> comments = new ArrayList<>();
            int n = 1;
            while ((text = r.readLine()) != null) {
                n++;
                text = stripCr(text);
                if (text.startsWith("#")) {
                    comments.add(text);
                    continue;
                }
                if (!text.isEmpty()) {
                    String where = file + ":" + n;
                    try {
                        row(text, comments, sets);
                    } catch (IllegalArgumentException e) {
                        throw new IllegalStateException(where + ": " + e.getMessage(), e);
                    }
                }
                comments.clear();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + file, e);
        }
        return Collections.unmodifiableMap(sets);
    }

    private static void row(String text, List<String> comments, Map<String, List<String>> sets) {
        String[] cells = text.split("\t", -1);
        if (cells.length != HEADER.size()) {
            throw new IllegalArgumentException("expected " + HEADER.size() + " tab-separated cells (set NAME "
                + "word|word...), found " + cells.length);
        }
        if (!cells[0].equals("set")) {
            throw new IllegalArgumentException("kind must be 'set', got '" + cells[0] + "'");
        }
        String name = Tsv.unescape(cells[1]);
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("set name '" + name + "' is not lower-case and dot-separated "
                + "(package.purpose)");
        }
        if (sets.containsKey(name)) {
            throw new IllegalArgumentException("set " + name + " is defined twice");
        }
        if (comments.stream().noneMatch(c -> c.startsWith("# " + name + ": ") && c.length() > name.length() + 4)) {
            throw new IllegalArgumentException("set " + name + " needs a comment line '# " + name
                + ": what it is for' right above it");
        }
        String all = Tsv.unescape(cells[2]);
        Set<String> words = new LinkedHashSet<>();
        for (String w : all.split("\\|", -1)) {
            if (w.isEmpty() || !w.equals(w.strip())) {
                throw new IllegalArgumentException("set " + name + " has an empty word or one with a space "
                    + "around it: '" + w + "'");
            }
            if (!words.add(w)) {
                throw new IllegalArgumentException("set " + name + " lists '" + w + "' twice");
            }
        }
        sets.put(name, List.copyOf(words));
    }

    private static String stripCr(String s) {
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }
}
