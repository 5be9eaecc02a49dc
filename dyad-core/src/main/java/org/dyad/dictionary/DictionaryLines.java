package org.dyad.dictionary;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Single rows of Dyad's dictionary format ({@code actors.tsv}, {@code verbs.tsv}; docs/dictionaries.md) for
 * entries written by a tool, such as the suggestions of {@code dyad gaps}: each row is escaped as the format
 * escapes cells and reads back with the format's own readers. A row's {@code source} cell is left empty, so a
 * row pasted into a file cites that file and line. Stateless.
 */
public final class DictionaryLines {
    /**
     * What stands for a code the user must choose. It is no actor code, so an actors.tsv row still holding it is
     * reported and skipped when read; a verbs.tsv code holding it is no CAMEO code, so it codes nothing.
     */
    public static final String PLACEHOLDER = "???";

    private DictionaryLines() {
    }

    /** The header row of actors.tsv, without its line end. */
    public static String actorsHeader() {
        return String.join("\t", ActorsTsv.HEADER);
    }

    /** The header row of verbs.tsv, without its line end. */
    public static String verbsHeader() {
        return String.join("\t", VerbsTsv.HEADER);
    }

    /**
     * An actors.tsv row naming an actor by its words with one undated code: {@code RAPHAEL_TUJU_  RAPHAEL_TUJU_
     * KENGOV}. The last word is exact (a trailing {@code _}), so a name never matches a longer word.
     *
     * @throws IllegalArgumentException when there are no words, or a word holds a space, tab or {@code _}
     */
    public static String actor(List<String> words, String code) {
        String phrase = phrase(words);
        return row(ActorsTsv.HEADER.size(), phrase, phrase, code, "", "", "");
    }

    /**
     * The verbs.tsv rows that add a verb with a default code: a block named for the verb, with {@code code}, and
     * the verb in it. A phrasal verb ({@code crack down}) marks its verb word with {@code +}. {@code seenForms}
     * are the forms the text used; the row lists every form only when one of them is not a regular form of the
     * verb ("fought" for "fight"), and leaves the cell empty (the regular forms) otherwise.
     *
     * @param words the verb's words, lower or upper case
     * @param head  which of the words is the verb
     * @throws IllegalArgumentException when a word is not a verb word ({@code [A-Z0-9'.-]+})
     */
    public static List<String> verb(List<String> words, int head, String code, Collection<String> seenForms) {
        if (words.isEmpty() || head < 0 || head >= words.size()) {
            throw new IllegalArgumentException("a verb needs words and a head among them: " + words);
        }
        List<String> upper = new ArrayList<>();
        for (String w : words) {
            String u = w.strip().toUpperCase(Locale.ROOT);
            if (!u.matches("[A-Z0-9'.\\-]+")) {
                throw new IllegalArgumentException("not a verb word: '" + w + "'");
            }
            upper.add(u);
        }
        StringBuilder match = new StringBuilder();
        for (int i = 0; i < upper.size(); i++) {
            match.append(i > 0 ? "_" : "").append(upper.size() > 1 && i == head ? "+" : "").append(upper.get(i));
        }
        String block = String.join("_", upper);
        List<String> regular = VerbDictionary.regularForms(upper.get(head));
        Set<String> extra = new TreeSet<>();
        for (String f : seenForms) {
            String u = f.strip().toUpperCase(Locale.ROOT);
            if (!u.isEmpty() && !regular.contains(u) && u.matches("[A-Z0-9'.\\-]+")) {
                extra.add(u);
            }
        }
        String forms = "";
        if (!extra.isEmpty()) {
            List<String> all = new ArrayList<>(regular);
            all.addAll(extra);
            forms = String.join(" ", all);
        }
        int n = VerbsTsv.HEADER.size();
        return List.of(row(n, "block", block, code, "", "", "", ""), row(n, "verb", block, "", match.toString(), forms, "", ""));
    }

    /** Words joined by {@code _}, upper case, the last one exact. */
    private static String phrase(List<String> words) {
        if (words.isEmpty()) {
            throw new IllegalArgumentException("an actor needs words");
        }
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            String u = w.strip().toUpperCase(Locale.ROOT);
            if (u.isEmpty() || u.contains("_") || u.chars().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException("not a phrase word: '" + w + "'");
            }
            b.append(u).append('_');
        }
        return b.toString();
    }

    private static String row(int columns, String... cells) {
        StringWriter w = new StringWriter();
        try {
            Tsv.Out out = new Tsv.Out(w, java.util.Collections.nCopies(columns, "c"));
            out.row(cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String text = w.toString();
        int firstEnd = text.indexOf('\n');
        return text.substring(firstEnd + 1, text.length() - 1);
    }
}
