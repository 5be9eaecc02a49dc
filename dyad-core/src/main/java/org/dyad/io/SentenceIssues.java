package org.dyad.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.dyad.dictionary.Dictionaries;
import org.dyad.dictionary.IssueDictionary;

/**
 * The issues an evidence sentence names, by PETRARCH's issue dictionary (Phoenix.IssueCoding: "teacher" is
 * TEACHERS, "Ebola" DISEASE), and the PLOVER contexts those issues stand for ({@code plover_contexts.tsv}
 * beside this class). The writers of PETRARCH's event layout (its issues column) and of PLOVER JSON (its
 * {@code context} field) use it. Immutable and thread-safe.
 *
 * <p>The sentence is split into words at every character that is not a letter or digit (PETRARCH's phrases
 * are words joined by {@code _}; its stems match longer words, "teacher" matching "teachers").
 */
public final class SentenceIssues {
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final IssueDictionary issues;
    private final Map<String, String> categoryOf;
    private final Map<String, String> contextOf;

    public SentenceIssues(IssueDictionary issues) {
        this.issues = Objects.requireNonNull(issues, "issues");
        Map<String, String> c = new HashMap<>();
        for (IssueDictionary.Entry e : issues.entries()) {
            if (!e.exclusion()) {
                c.putIfAbsent(e.code(), e.category());
            }
        }
        this.categoryOf = Map.copyOf(c);
        this.contextOf = contexts();
    }

    private static final class Defaults {
        static final SentenceIssues INSTANCE = new SentenceIssues(Dictionaries.defaults().issues());
    }

    /** With the default issue dictionary (PETRARCH2's Phoenix.IssueCoding), loaded once on first use. */
    public static SentenceIssues defaults() {
        return Defaults.INSTANCE;
    }

    /** The issue codes {@code sentence} names, in text order, each once. */
    public List<String> issues(String sentence) {
        List<String> words = Arrays.stream(NOT_WORD.split(sentence)).filter(w -> !w.isEmpty()).toList();
        return words.isEmpty() ? List.of() : issues.issues(words);
    }

    /** The PLOVER contexts of {@code issueCodes}, in their order, each once. */
    public List<String> contexts(Collection<String> issueCodes) {
        Set<String> out = new LinkedHashSet<>();
        for (String code : issueCodes) {
            String context = contextOf.get(code);
            if (context == null) {
                context = contextOf.get(categoryOf.getOrDefault(code, ""));
            }
            if (context != null) {
                out.add(context);
            }
        }
        return List.copyOf(out);
    }

    private static Map<String, String> contexts() {
        String name = "plover_contexts.tsv";
        InputStream in = SentenceIssues.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing resource " + name + " beside " + SentenceIssues.class.getName());
        }
        Map<String, String> map = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            boolean header = true;
            int n = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 2 || f[0].isBlank() || f[1].isBlank()) {
                    throw new IllegalStateException(name + ":" + n + ": expected 'issue<TAB>context'");
                }
                map.put(f[0].strip(), f[1].strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + name, e);
        }
        return Map.copyOf(map);
    }
}
