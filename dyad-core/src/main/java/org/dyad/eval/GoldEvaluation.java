package org.dyad.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.dyad.actor.Actor;
import org.dyad.article.Article;
import org.dyad.pipeline.CodingPipeline;
import org.dyad.event.Event;
import org.dyad.text.ParsedDocument;
import org.dyad.text.Sentence;
import org.dyad.text.SentenceParser;

/**
 * Scores Dyad against a gold set. For each gold event it asks whether some event Dyad coded from the same
 * text has the same CAMEO code, the same CAMEO root, the same PLOVER type (any of the gold's alternatives),
 * the type with a right source country, and the type with right source and target countries (either
 * direction for a reciprocal gold event). A record matches exactly when every gold event is found with its
 * type and countries and Dyad coded no event of another PLOVER type; a {@code noevents} record when Dyad coded
 * nothing. A PentaClass record is scored by the class of the sentence's main event: the event whose trigger
 * stands highest in the dependency tree, plain statements (CAMEO 010) only when there is no other event.
 */
public final class GoldEvaluation {
    /** Metric names, in report order. */
    public static final List<String> METRICS = List.of("cameo", "cameo_root", "plover", "plover+source",
        "plover+source+target");

    /** One record's outcome. */
    public record RecordScore(GoldRecord record, List<Event> events, Map<String, int[]> hits, boolean exact,
                              Optional<Integer> mainClass, Optional<String> error) {
    }

    /** Totals: for each metric, gold events found and gold events that could be found. */
    public record Totals(Map<String, int[]> metrics, int records, int exact, int noeventRecords,
                         int falsePositiveRecords, int falsePositiveEvents, int classified, int classRight,
                         int errors) {
        public double rate(String metric) {
            int[] m = metrics.get(metric);
            return m[1] == 0 ? 0 : (double) m[0] / m[1];
        }
    }

    private final SentenceParser parser;
    private final CodingPipeline coder;
    private final boolean assertedOnly;

    public GoldEvaluation(SentenceParser parser, CodingPipeline coder, boolean assertedOnly) {
        this.parser = parser;
        this.coder = coder;
        this.assertedOnly = assertedOnly;
    }

    public List<RecordScore> run(GoldSet gold, Consumer<RecordScore> progress) {
        List<RecordScore> out = new ArrayList<>();
        for (GoldRecord r : gold.records()) {
            RecordScore s = score(r);
            out.add(s);
            progress.accept(s);
        }
        return out;
    }

    private RecordScore score(GoldRecord r) {
        List<Event> events;
        ParsedDocument doc;
        try {
            doc = parser.parse(new Article(r.id(), r.text(), r.date(), "", "", "gold", ""));
            events = new ArrayList<>(coder.code(doc));
        } catch (RuntimeException e) {
            return new RecordScore(r, List.of(), Map.of(), false, Optional.empty(), Optional.of(e.toString()));
        }
        if (assertedOnly) {
            events.removeIf(e -> !e.modality().asserted());
        }
        Map<String, int[]> hits = new LinkedHashMap<>();
        for (String m : METRICS) {
            hits.put(m, new int[2]);
        }
        boolean allFound = true;
        for (GoldRecord.GoldEvent g : r.events()) {
            if (g.cameo().isPresent()) {
                String c = g.cameo().get();
                count(hits, "cameo", events.stream().anyMatch(e -> e.cameo().code().equals(c)));
                count(hits, "cameo_root", events.stream().anyMatch(e -> e.cameo().root().equals(root(c))));
            }
            if (!g.plover().isEmpty()) {
                count(hits, "plover", events.stream().anyMatch(e -> typeMatches(e, g)));
                if (!g.sources().isEmpty()) {
                    count(hits, "plover+source", events.stream().anyMatch(e -> typeMatches(e, g) && sourceMatches(e, g)));
                }
                if (!g.sources().isEmpty() && (!g.targets().isEmpty() || g.reciprocal())) {
                    boolean found = events.stream().anyMatch(e -> typeMatches(e, g) && sourceMatches(e, g)
                        && targetMatches(e, g));
                    count(hits, "plover+source+target", found);
                    allFound &= found;
                } else {
                    allFound &= events.stream().anyMatch(e -> typeMatches(e, g));
                }
            }
        }
        boolean exact;
        if (r.noevents()) {
            exact = events.isEmpty();
        } else {
            exact = allFound && events.stream().allMatch(e -> r.events().stream().anyMatch(g -> typeMatches(e, g)));
        }
        Optional<Integer> main = mainEvent(doc, events).flatMap(e -> pentaClass(e.cameo().root()));
        return new RecordScore(r, events, hits, exact, main, Optional.empty());
    }

    private static void count(Map<String, int[]> hits, String metric, boolean found) {
        int[] h = hits.get(metric);
        h[1]++;
        if (found) {
            h[0]++;
        }
    }

    static String root(String cameo) {
        return cameo.length() >= 2 ? cameo.substring(0, 2) : cameo;
    }

    private static boolean typeMatches(Event e, GoldRecord.GoldEvent g) {
        if (g.plover().isEmpty()) {
            return g.cameo().map(c -> e.cameo().root().equals(root(c))).orElse(false);
        }
        return e.cameo().ploverType().map(g.plover()::contains).orElse(false);
    }

    private static String country(Actor a) {
        return a.country().isEmpty() && a.code().length() >= 3 ? a.code().substring(0, 3) : a.country();
    }

    private static boolean sourceMatches(Event e, GoldRecord.GoldEvent g) {
        String s = country(e.source());
        if (g.sources().contains(s)) {
            return true;
        }
        return g.reciprocal() && e.target().isPresent() && g.sources().contains(country(e.target().get()))
            && (g.targets().isEmpty() || g.targets().contains(s));
    }

    private static boolean targetMatches(Event e, GoldRecord.GoldEvent g) {
        Optional<String> t = e.target().map(GoldEvaluation::country);
        if (g.reciprocal()) {
            List<String> all = new ArrayList<>(g.sources());
            all.addAll(g.targets());
            return t.isPresent() && all.contains(t.get()) && !t.get().equals(country(e.source()));
        }
        return t.isPresent() && g.targets().contains(t.get());
    }

    /**
     * The event whose trigger word stands highest in its sentence's dependency tree, first on ties; a plain
     * statement (CAMEO 010) only when there is nothing else: "X said Y attacked Z" is about the attack. A
     * statement of a kind CAMEO names (claiming or denying responsibility, 015 and 016; pessimism, 012) is an
     * event in its own right: "the Taliban claimed that they had attacked the base" is the claim.
     */
    static Optional<Event> mainEvent(ParsedDocument doc, List<Event> events) {
        List<Event> reported = events.stream().filter(e -> !e.cameo().code().equals("010")).toList();
        return highest(doc, reported.isEmpty() ? events : reported);
    }

    private static Optional<Event> highest(ParsedDocument doc, List<Event> events) {
        Event best = null;
        int bestDepth = Integer.MAX_VALUE;
        for (Event e : events) {
            Sentence s = doc.sentences().get(e.sentence());
            int i = s.tokenStartingAt(e.evidence().triggerStart());
            int depth = i < 0 ? Integer.MAX_VALUE - 1 : depth(s, i);
            if (depth < bestDepth) {
                best = e;
                bestDepth = depth;
            }
        }
        return Optional.ofNullable(best);
    }

    private static int depth(Sentence s, int i) {
        int d = 0;
        for (int cur = i; s.governor(cur) >= 0 && d < 100; cur = s.governor(cur)) {
            d++;
        }
        return d;
    }

    /** ConfliBERT's PentaClass of a CAMEO root. */
    public static Optional<Integer> pentaClass(String root) {
        int r;
        try {
            r = Integer.parseInt(root);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (r >= 1 && r <= 2) {
            return Optional.of(0);
        } else if (r >= 3 && r <= 5) {
            return Optional.of(1);
        } else if (r >= 6 && r <= 8) {
            return Optional.of(2);
        } else if (r >= 9 && r <= 13 || r == 16) {
            return Optional.of(3);
        } else if (r == 14 || r == 15 || r >= 17 && r <= 20) {
            return Optional.of(4);
        }
        return Optional.empty();
    }

    public static Totals totals(List<RecordScore> scores) {
        Map<String, int[]> m = new LinkedHashMap<>();
        for (String k : METRICS) {
            m.put(k, new int[2]);
        }
        int exact = 0;
        int noev = 0;
        int fpRecords = 0;
        int fpEvents = 0;
        int classified = 0;
        int right = 0;
        int errors = 0;
        for (RecordScore s : scores) {
            if (s.error().isPresent()) {
                errors++;
            }
            for (Map.Entry<String, int[]> e : s.hits().entrySet()) {
                m.get(e.getKey())[0] += e.getValue()[0];
                m.get(e.getKey())[1] += e.getValue()[1];
            }
            if (s.exact()) {
                exact++;
            }
            if (s.record().noevents()) {
                noev++;
                if (!s.events().isEmpty()) {
                    fpRecords++;
                    fpEvents += s.events().size();
                }
            }
            if (s.record().pentaClass().isPresent()) {
                classified++;
                if (s.mainClass().equals(s.record().pentaClass())) {
                    right++;
                }
            }
        }
        return new Totals(m, scores.size(), exact, noev, fpRecords, fpEvents, classified, right, errors);
    }

}
