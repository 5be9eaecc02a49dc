package org.dyad.gaps;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.dyad.dictionary.DictionaryLines;

/**
 * The dictionary gaps of many articles, counted: each unknown name and uncoded verb with the number of sentences
 * and articles it was met in, and ranked by them ({@link #summary}). Each row carries a ready line of Dyad's
 * dictionary format: an {@code actors.tsv} row with the code the name's cues imply (or {@code ???} where they
 * imply none), the {@code verbs.tsv} rows of a verb with the code {@code ???}, which the user replaces by the
 * CAMEO code; Dyad never guesses an event code.
 *
 * <p>The same articles give the same summary whatever order they were coded in (examples are the first sentences
 * by article id). Thread-safe: articles coded in parallel add to one report.
 */
public final class GapReport {
    /** Sentences kept per row. */
    public static final int EXAMPLES = 3;

    private int articles;
    private int sentences;
    private final Map<String, ActorTally> actors = new HashMap<>();
    private final Map<String, VerbTally> verbs = new HashMap<>();

    /** An unknown name, ranked: how often, how it is best coded, and the dictionary row that would code it. */
    public record ActorRow(String name, ActorGap.Kind kind, int mentions, int articles, String code, List<String> cues,
                           List<Example> examples, String line) {
        public ActorRow {
            cues = List.copyOf(cues);
            examples = List.copyOf(examples);
        }

        /** Whether the code still holds {@link DictionaryLines#PLACEHOLDER}. */
        public boolean placeholder() {
            return code.contains(DictionaryLines.PLACEHOLDER);
        }
    }

    /**
     * An uncoded verb, ranked, with the forms the text used, the pairs of actors it stood between
     * ({@code KEN>UGA 2}), the verb dictionary's entry for it if it has one ({@link VerbGap#known}), and the two
     * verbs.tsv rows that add it with the placeholder code (for a known verb, they replace its entry).
     */
    public record VerbRow(String verb, int mentions, int articles, List<String> forms, List<String> pairs, String known,
                          List<Example> examples, List<String> lines) {
        public VerbRow {
            forms = List.copyOf(forms);
            pairs = List.copyOf(pairs);
            examples = List.copyOf(examples);
            lines = List.copyOf(lines);
        }
    }

    /**
     * What the report holds: articles and sentences looked at, the mentions and distinct names and verbs (and of
     * these, verbs the verb dictionary knows), and the top rows.
     */
    public record Summary(int articles, int sentences, int actorMentions, int distinctActors, int verbMentions,
                          int distinctVerbs, int knownVerbs, List<ActorRow> actors, List<VerbRow> verbs) {
        public Summary {
            actors = List.copyOf(actors);
            verbs = List.copyOf(verbs);
        }
    }

    /** One article's gaps, over {@code sentenceCount} sentences. */
    public synchronized void add(int sentenceCount, List<ActorGap> actorGaps, List<VerbGap> verbGaps) {
        articles++;
        sentences += sentenceCount;
        for (ActorGap g : actorGaps) {
            actors.computeIfAbsent(g.name().toLowerCase(Locale.ROOT), k -> new ActorTally()).add(g);
        }
        for (VerbGap g : verbGaps) {
            verbs.computeIfAbsent(g.verb(), k -> new VerbTally()).add(g);
        }
    }

    /** The counts, and the {@code top} most frequent names and verbs of each list (all with a negative top). */
    public synchronized Summary summary(int top) {
        List<ActorRow> a = new ArrayList<>();
        actors.entrySet().stream().sorted(rank(e -> e.getValue().mentions, e -> e.getValue().docs.size()))
                .limit(top < 0 ? Long.MAX_VALUE : top).forEach(e -> a.add(e.getValue().row()));
        List<VerbRow> v = new ArrayList<>();
        verbs.entrySet().stream().sorted(rank(e -> e.getValue().mentions, e -> e.getValue().docs.size()))
                .limit(top < 0 ? Long.MAX_VALUE : top).forEach(e -> v.add(e.getValue().row(e.getKey())));
        int actorMentions = actors.values().stream().mapToInt(t -> t.mentions).sum();
        int verbMentions = verbs.values().stream().mapToInt(t -> t.mentions).sum();
        int known = (int) verbs.values().stream().filter(t -> !t.known.isEmpty()).count();
        return new Summary(articles, sentences, actorMentions, actors.size(), verbMentions, verbs.size(), known, a, v);
    }

    /** Most mentions first, then most articles, then by key. */
    private static <T> Comparator<Map.Entry<String, T>> rank(java.util.function.ToIntFunction<Map.Entry<String, T>> mentions,
                                                              java.util.function.ToIntFunction<Map.Entry<String, T>> docs) {
        Comparator<Map.Entry<String, T>> c = Comparator.comparingInt(mentions);
        return c.reversed().thenComparing(Comparator.comparingInt(docs).reversed()).thenComparing(Map.Entry::getKey);
    }

    /** The most frequent value, ties broken by {@code tie} and then alphabetically. */
    private static String mostFrequent(Map<String, Integer> counts, Comparator<String> tie) {
        return counts.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue).reversed()
                        .thenComparing(Map.Entry::getKey, tie.thenComparing(Comparator.naturalOrder())))
                .map(Map.Entry::getKey).findFirst().orElse("");
    }

    /** Keeps the first {@link #EXAMPLES} sentences by {@link Example#ORDER}, each text once (at its first place). */
    private static void example(TreeSet<Example> examples, Example e) {
        for (Example x : examples) {
            if (x.text().equals(e.text())) {
                if (Example.ORDER.compare(e, x) >= 0) {
                    return;
                }
                examples.remove(x);
                break;
            }
        }
        examples.add(e);
        if (examples.size() > EXAMPLES) {
            examples.pollLast();
        }
    }

    private static final class ActorTally {
        int mentions;
        final Set<String> docs = new HashSet<>();
        final Map<String, Integer> names = new HashMap<>();
        final Map<String, List<String>> words = new HashMap<>();
        final Map<String, Integer> kinds = new HashMap<>();
        final Map<String, Integer> codes = new HashMap<>();
        final Map<String, Integer> cues = new HashMap<>();
        final TreeSet<Example> examples = new TreeSet<>(Example.ORDER);

        void add(ActorGap g) {
            mentions++;
            docs.add(g.example().docId());
            names.merge(g.name(), 1, Integer::sum);
            words.putIfAbsent(g.name(), g.words());
            kinds.merge(g.kind().name(), 1, Integer::sum);
            codes.merge(g.code(), 1, Integer::sum);
            g.cues().forEach(c -> cues.merge(c, 1, Integer::sum));
            example(examples, g.example());
        }

        ActorRow row() {
            String name = mostFrequent(names, Comparator.comparingInt(String::length).reversed());
            Map<String, Integer> coded = new HashMap<>(codes);
            coded.keySet().removeIf(c -> c.contains(DictionaryLines.PLACEHOLDER));
            String code = mostFrequent(coded.isEmpty() ? codes : coded, Comparator.comparingInt(String::length).reversed());
            List<String> cueList = cues.entrySet().stream()
                    .sorted(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue).reversed()
                            .thenComparing(Map.Entry::getKey))
                    .limit(5).map(Map.Entry::getKey).toList();
            return new ActorRow(name, ActorGap.Kind.valueOf(mostFrequent(kinds, Comparator.comparing(k -> ActorGap.Kind.valueOf(k).ordinal()))), mentions,
                    docs.size(), code, cueList, new ArrayList<>(examples), DictionaryLines.actor(words.get(name), code));
        }
    }

    private static final class VerbTally {
        int mentions;
        List<String> words;
        int head;
        String known = "";
        final Set<String> docs = new HashSet<>();
        final Set<String> forms = new TreeSet<>();
        final Map<String, Integer> pairs = new HashMap<>();
        final TreeSet<Example> examples = new TreeSet<>(Example.ORDER);

        void add(VerbGap g) {
            mentions++;
            words = g.words();
            head = g.head();
            known = g.known();
            docs.add(g.example().docId());
            forms.add(g.form().toLowerCase(Locale.ROOT));
            pairs.merge(g.source() + ">" + g.target(), 1, Integer::sum);
            example(examples, g.example());
        }

        VerbRow row(String verb) {
            List<String> pairList = pairs.entrySet().stream()
                    .sorted(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue).reversed()
                            .thenComparing(Map.Entry::getKey))
                    .limit(5).map(e -> e.getKey() + " " + e.getValue()).toList();
            return new VerbRow(verb, mentions, docs.size(), new ArrayList<>(forms), pairList, known, new ArrayList<>(examples),
                    DictionaryLines.verb(words, head, DictionaryLines.PLACEHOLDER, forms));
        }
    }
}
