package org.dyad.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.dyad.article.Article;
import org.dyad.pipeline.CodingPipeline;
import org.dyad.event.Event;
import org.dyad.text.ParsedDocument;
import org.dyad.text.Sentence;
import org.dyad.text.SentenceParser;

/**
 * Scores Dyad against a gold set, record by record ({@link GoldMetrics} names the figures; {@link Half} splits
 * the records into a tune half and a check half).
 *
 * <p>Every record counts its events (events per record, records with more than one event). A gold JSONL record
 * adds: event precision (each coded event that some gold event of the record has by PLOVER type or CAMEO code
 * with its source country); for each gold event whether some coded event has the same CAMEO code, the same CAMEO
 * root, the same PLOVER type (any of the gold's alternatives), the type with a right source country, and the type
 * with right source and target countries (dyad recall; either direction for a reciprocal gold event); the
 * triples of {@link TripleScore}; whether it matches exactly (every gold event found with its type and
 * countries, no event of another PLOVER type; for a {@code noevents} record, no event at all); and for a
 * {@code noevents} record whether it yields any event. A PentaClass record is scored by the class of the
 * sentence's main event: the event whose trigger stands highest in the dependency tree, plain statements (CAMEO
 * 010) only when there is no other event. A CoNLL span record is scored by {@link SpanScore}.
 */
public final class GoldEvaluation {
    /** Recall figures of gold JSONL, in report order. */
    public static final List<String> METRICS = List.of(GoldMetrics.CAMEO, GoldMetrics.CAMEO_ROOT, GoldMetrics.PLOVER,
        GoldMetrics.PLOVER_SOURCE, GoldMetrics.PLOVER_SOURCE_TARGET);

    /**
     * One record's outcome.
     *
     * @param record    the gold record
     * @param events    what Dyad coded from its text (only asserted events with {@code --asserted-only})
     * @param counts    the record's counts, per figure of {@link GoldMetrics} that applies to it
     * @param exact     gold JSONL: matched exactly; other formats: no figure failed
     * @param mainClass PentaClass: the class of the main event, when there is one
     * @param error     why the text could not be coded (it is then scored as yielding nothing)
     */
    public record RecordScore(GoldRecord record, List<Event> events, Map<String, Ratio> counts, boolean exact,
                              Optional<Integer> mainClass, Optional<String> error, Optional<ParsedDocument> doc) {
        public RecordScore {
            events = List.copyOf(events);
            counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
            Objects.requireNonNull(doc, "doc");
        }

        /** A score that keeps no parse. */
        public RecordScore(GoldRecord record, List<Event> events, Map<String, Ratio> counts, boolean exact,
                           Optional<Integer> mainClass, Optional<String> error) {
            this(record, events, counts, exact, mainClass, error, Optional.empty());
        }

        /**
         * This record scored again with only the events of at least {@code minConfidence}: what a user who filters
         * on confidence would have got. Needs the parse (kept by {@link #run}).
         */
        public RecordScore atConfidence(GoldSet.Format format, double minConfidence) {
            ParsedDocument d = doc.orElseThrow(() -> new IllegalStateException("no parse kept for " + record.id()));
            RecordScore s = score(format, record, d, events.stream().filter(e -> e.confidence() >= minConfidence)
                    .toList());
            return new RecordScore(record, s.events, s.counts, s.exact, s.mainClass, error, doc);
        }

        /** Whether some figure of this record is short of right (see {@link GoldMetrics#fails}). */
        public boolean failed() {
            return error.isPresent() || GoldMetrics.fails(counts);
        }
    }

    /** Totals of the original figures: for each recall metric, gold events found and gold events that could be found. */
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

    /** Codes and scores every record of {@code gold}, in order, handing each score to {@code progress}. */
    public List<RecordScore> run(GoldSet gold, Consumer<RecordScore> progress) {
        List<RecordScore> out = new ArrayList<>();
        for (GoldRecord r : gold.records()) {
            RecordScore s = code(gold.format(), r);
            out.add(s);
            progress.accept(s);
        }
        return out;
    }

    private RecordScore code(GoldSet.Format format, GoldRecord r) {
        Article article = new Article(r.id(), r.text(), r.date(), "", "", "gold", "");
        List<Event> events;
        ParsedDocument doc;
        try {
            doc = parser.parse(article);
            events = new ArrayList<>(coder.code(doc));
        } catch (RuntimeException e) {
            RecordScore none = score(format, r, new ParsedDocument(article, List.of()), List.of());
            return new RecordScore(r, List.of(), none.counts(), false, Optional.empty(), Optional.of(e.toString()));
        }
        if (assertedOnly) {
            events.removeIf(e -> !e.modality().asserted());
        }
        RecordScore s = score(format, r, doc, events);
        return new RecordScore(r, s.events(), s.counts(), s.exact(), s.mainClass(), s.error(), Optional.of(doc));
    }

    /** Scores {@code events}, coded from {@code doc} (the record's text), against the record. */
    public static RecordScore score(GoldSet.Format format, GoldRecord r, ParsedDocument doc, List<Event> events) {
        Map<String, Ratio> counts = new LinkedHashMap<>();
        counts.put(GoldMetrics.EVENTS, new Ratio(events.size(), 1));
        counts.put(GoldMetrics.MULTI_EVENT, Ratio.of(events.size() > 1));
        return switch (format) {
            case JSONL -> scoreJsonl(r, events, counts);
            case PENTACLASS -> {
                Optional<Integer> main = mainEvent(doc, events).flatMap(e -> pentaClass(e.cameo().root()));
                boolean right = r.pentaClass().isPresent() && main.equals(r.pentaClass());
                if (r.pentaClass().isPresent()) {
                    counts.put(GoldMetrics.MAIN_CLASS, Ratio.of(right));
                }
                yield new RecordScore(r, events, counts, right, main, Optional.empty());
            }
            case SPANS -> {
                counts.putAll(SpanScore.score(r, events, SpanMatcher.defaults()));
                yield new RecordScore(r, events, counts, !GoldMetrics.fails(counts), Optional.empty(),
                    Optional.empty());
            }
        };
    }

    private static RecordScore scoreJsonl(GoldRecord r, List<Event> events, Map<String, Ratio> counts) {
        counts.put(GoldMetrics.EVENT_PRECISION, new Ratio(events.stream().filter(e -> r.events().stream()
            .anyMatch(g -> GoldMatch.typeOrCodeMatches(e, g) && GoldMatch.sourceMatches(e, g))).count(), events.size()));
        Map<String, Ratio> hits = new LinkedHashMap<>();
        boolean allFound = true;
        for (GoldRecord.GoldEvent g : r.events()) {
            if (g.cameo().isPresent()) {
                String c = g.cameo().get();
                count(hits, GoldMetrics.CAMEO, events.stream().anyMatch(e -> e.cameo().code().equals(c)));
                count(hits, GoldMetrics.CAMEO_ROOT, events.stream()
                    .anyMatch(e -> e.cameo().root().equals(GoldMatch.root(c))));
            }
            if (!g.plover().isEmpty()) {
                count(hits, GoldMetrics.PLOVER, events.stream().anyMatch(e -> GoldMatch.typeMatches(e, g)));
                if (!g.sources().isEmpty()) {
                    count(hits, GoldMetrics.PLOVER_SOURCE, events.stream()
                        .anyMatch(e -> GoldMatch.typeMatches(e, g) && GoldMatch.sourceMatches(e, g)));
                }
                if (!g.sources().isEmpty() && (!g.targets().isEmpty() || g.reciprocal())) {
                    boolean found = events.stream().anyMatch(e -> GoldMatch.typeMatches(e, g)
                        && GoldMatch.sourceMatches(e, g) && GoldMatch.targetMatches(e, g));
                    count(hits, GoldMetrics.PLOVER_SOURCE_TARGET, found);
                    allFound &= found;
                } else {
                    allFound &= events.stream().anyMatch(e -> GoldMatch.typeMatches(e, g));
                }
            }
        }
        for (String m : METRICS) {
            if (hits.containsKey(m)) {
                counts.put(m, hits.get(m));
            }
        }
        counts.putAll(TripleScore.score(r, events));
        boolean exact;
        if (r.noevents()) {
            exact = events.isEmpty();
            counts.put(GoldMetrics.NOEVENTS_WITH_EVENTS, Ratio.of(!events.isEmpty()));
        } else {
            exact = allFound && events.stream()
                .allMatch(e -> r.events().stream().anyMatch(g -> GoldMatch.typeMatches(e, g)));
        }
        counts.put(GoldMetrics.EXACT, Ratio.of(exact));
        return new RecordScore(r, events, counts, exact, Optional.empty(), Optional.empty());
    }

    private static void count(Map<String, Ratio> hits, String metric, boolean found) {
        hits.merge(metric, Ratio.of(found), Ratio::plus);
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
            int depth = i < 0 ? Integer.MAX_VALUE - 1 : s.depth(i);
            if (depth < bestDepth) {
                best = e;
                bestDepth = depth;
            }
        }
        return Optional.ofNullable(best);
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

    /** The original figures (recall, exact matches, false positives, PentaClass) of {@code scores}. */
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
            for (String k : METRICS) {
                Ratio r = s.counts().getOrDefault(k, Ratio.NONE);
                m.get(k)[0] += (int) r.num();
                m.get(k)[1] += (int) r.den();
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
