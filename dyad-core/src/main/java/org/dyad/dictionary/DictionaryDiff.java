package org.dyad.dictionary;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares the content of two sets of dictionaries: the verb patterns' syntax, synonym sets (by name), verb
 * blocks with their verbs
 * and patterns, transformations, actor, agent, discard and issue entries, each in order, provenance
 * included. Problems are not compared. The dictionary classes keep identity equality, so this is how a
 * round trip is checked.
 */
public final class DictionaryDiff {
    private DictionaryDiff() {
    }

    /** Up to {@code limit} differences, described; empty when the content is the same. */
    public static List<String> between(Dictionaries expected, Dictionaries actual, int limit) {
        List<String> out = new ArrayList<>();
        if (expected.verbs().syntax() != actual.verbs().syntax()) {
            add(out, limit, "verb syntax: " + expected.verbs().syntax() + " vs " + actual.verbs().syntax());
        }
        Set<String> names = new TreeSet<>(expected.verbs().synsets().keySet());
        names.addAll(actual.verbs().synsets().keySet());
        for (String name : names) {
            if (!Objects.equals(expected.verbs().synsets().get(name), actual.verbs().synsets().get(name))) {
                add(out, limit, "synonym set " + name + ": " + expected.verbs().synsets().get(name) + " vs "
                    + actual.verbs().synsets().get(name));
            }
        }
        list(out, limit, "verb block", expected.verbs().blocks(), actual.verbs().blocks());
        list(out, limit, "transformation", expected.verbs().transformations(), actual.verbs().transformations());
        list(out, limit, "actor", expected.actors().entries(), actual.actors().entries());
        list(out, limit, "agent", expected.agents().entries(), actual.agents().entries());
        list(out, limit, "discard", expected.discards().entries(), actual.discards().entries());
        list(out, limit, "issue", expected.issues().entries(), actual.issues().entries());
        return out;
    }

    private static <T> void list(List<String> out, int limit, String what, List<T> a, List<T> b) {
        if (a.size() != b.size()) {
            add(out, limit, what + "s: " + a.size() + " vs " + b.size());
        }
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            if (!a.get(i).equals(b.get(i))) {
                add(out, limit, what + " " + i + ": " + a.get(i) + " vs " + b.get(i));
            }
        }
    }

    private static void add(List<String> out, int limit, String difference) {
        if (out.size() < limit) {
            out.add(difference);
        }
    }
}
