package org.dyad.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The figures {@code dyad eval gold} reports, by gold format, and how a record's counts add up to them. Each
 * record contributes a {@link Ratio} per figure that applies to it; a half's figure is the sum of its records'.
 */
public final class GoldMetrics {
    public static final String EVENTS = "events_per_record";
    public static final String MULTI_EVENT = "multi_event";
    public static final String EVENT_PRECISION = "event_precision";
    public static final String CAMEO = "cameo";
    public static final String CAMEO_ROOT = "cameo_root";
    public static final String PLOVER = "plover";
    public static final String PLOVER_SOURCE = "plover+source";
    public static final String PLOVER_SOURCE_TARGET = "plover+source+target";
    public static final String TRIPLE_PRECISION = "triple_precision";
    public static final String TRIPLE_RECALL = "triple_recall";
    public static final String TRIPLE_F1 = "triple_f1";
    public static final String TRIPLE_EXACT = "triple_exact";
    public static final String EXACT = "exact";
    public static final String NOEVENTS_WITH_EVENTS = "noevents_with_events";
    public static final String MAIN_CLASS = "main_class";
    public static final String SOURCE_RECALL = "source_recall";
    public static final String DYAD_RECALL = "dyad_recall";
    public static final String ACTOR_PRECISION = "actor_precision";

    /** A share of chances (precision, recall), a mean per record, or an F1 made of two shares. */
    public enum Kind { SHARE, MEAN, F1 }

    /** Which way is better: a record fails a {@code HIGH} figure below its full count, a {@code LOW} one above 0. */
    public enum Goal { HIGH, LOW, NONE }

    /** One reported figure. */
    public record Metric(String key, String label, Kind kind, Goal goal) {
    }

    private static final List<Metric> COMMON = List.of(
        new Metric(EVENTS, "events per record", Kind.MEAN, Goal.NONE),
        new Metric(MULTI_EVENT, "records with more than one event", Kind.SHARE, Goal.NONE));

    private static final List<Metric> JSONL = List.of(
        new Metric(EVENT_PRECISION, "event precision (type or code + source)", Kind.SHARE, Goal.HIGH),
        new Metric(CAMEO, "recall: CAMEO code", Kind.SHARE, Goal.HIGH),
        new Metric(CAMEO_ROOT, "recall: CAMEO root", Kind.SHARE, Goal.HIGH),
        new Metric(PLOVER, "recall: PLOVER type", Kind.SHARE, Goal.HIGH),
        new Metric(PLOVER_SOURCE, "recall: type + source", Kind.SHARE, Goal.HIGH),
        new Metric(PLOVER_SOURCE_TARGET, "dyad recall: type + source + target", Kind.SHARE, Goal.HIGH),
        new Metric(TRIPLE_PRECISION, "triple precision (source, target, CAMEO)", Kind.SHARE, Goal.HIGH),
        new Metric(TRIPLE_RECALL, "triple recall", Kind.SHARE, Goal.HIGH),
        new Metric(TRIPLE_F1, "triple F1", Kind.F1, Goal.NONE),
        new Metric(TRIPLE_EXACT, "records with exactly the gold triples", Kind.SHARE, Goal.HIGH),
        new Metric(EXACT, "records matched exactly (types, countries)", Kind.SHARE, Goal.HIGH),
        new Metric(NOEVENTS_WITH_EVENTS, "noevents records with events", Kind.SHARE, Goal.LOW));

    private static final List<Metric> PENTACLASS = List.of(
        new Metric(MAIN_CLASS, "main event in the gold class", Kind.SHARE, Goal.HIGH));

    private static final List<Metric> SPANS = List.of(
        new Metric(SOURCE_RECALL, "source recall (an event's source is an S span)", Kind.SHARE, Goal.HIGH),
        new Metric(DYAD_RECALL, "dyad recall (one event has the S and T spans)", Kind.SHARE, Goal.HIGH),
        new Metric(ACTOR_PRECISION, "actor precision (source is an S or T span)", Kind.SHARE, Goal.HIGH));

    private GoldMetrics() {
    }

    /** The figures of a format, in report order. */
    public static List<Metric> of(GoldSet.Format format) {
        List<Metric> out = new ArrayList<>(COMMON);
        out.addAll(switch (format) {
            case JSONL -> JSONL;
            case PENTACLASS -> PENTACLASS;
            case SPANS -> SPANS;
        });
        return List.copyOf(out);
    }

    /** The figure named {@code key}. */
    public static Metric require(String key) {
        for (List<Metric> l : List.of(COMMON, JSONL, PENTACLASS, SPANS)) {
            for (Metric m : l) {
                if (m.key().equals(key)) {
                    return m;
                }
            }
        }
        throw new IllegalArgumentException("no metric " + key);
    }

    /** The counts of {@code records} added up, figure by figure. */
    public static Map<String, Ratio> sum(List<GoldEvaluation.RecordScore> records) {
        Map<String, Ratio> out = new LinkedHashMap<>();
        for (GoldEvaluation.RecordScore s : records) {
            s.counts().forEach((k, v) -> out.merge(k, v, Ratio::plus));
        }
        return out;
    }

    /** A figure's value from summed counts; empty when it does not apply. F1 is made of triple precision and recall. */
    public static Optional<Double> value(Map<String, Ratio> totals, Metric m) {
        if (m.kind() == Kind.F1) {
            Optional<Double> p = value(totals, require(TRIPLE_PRECISION));
            Optional<Double> r = value(totals, require(TRIPLE_RECALL));
            if (p.isEmpty() || r.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(p.get() + r.get() == 0 ? 0 : 2 * p.get() * r.get() / (p.get() + r.get()));
        }
        Ratio r = totals.getOrDefault(m.key(), Ratio.NONE);
        return r.applies() ? Optional.of(r.value()) : Optional.empty();
    }

    /** Whether a record's counts show a failure: a {@code HIGH} figure below full, a {@code LOW} one above 0. */
    public static boolean fails(Map<String, Ratio> counts) {
        for (Map.Entry<String, Ratio> c : counts.entrySet()) {
            Goal g = require(c.getKey()).goal();
            if (g == Goal.HIGH && c.getValue().num() < c.getValue().den() || g == Goal.LOW && c.getValue().num() > 0) {
                return true;
            }
        }
        return false;
    }
}
