package org.dyad.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyad.event.Event;

/**
 * Scores a sentence's events against its annotated source and target spans ({@link SpanMatcher} decides
 * whether an actor is a span):
 * <ul>
 *   <li>source recall: the sentence has a source span, and some event's source is one of its source spans;</li>
 *   <li>dyad recall: the sentence has a source and a target span, and one event has its source in a source
 *       span and its target in a target span, or the other way round;</li>
 *   <li>actor precision, per event: its source is one of the sentence's spans, source or target (the annotation
 *       marks one event per sentence; an event of the target on the source is not noise). Every event counts,
 *       also in sentences with no span.</li>
 * </ul>
 */
final class SpanScore {
    private SpanScore() {
    }

    static Map<String, Ratio> score(GoldRecord r, List<Event> events, SpanMatcher m) {
        List<GoldRecord.ActorSpan> sources = r.spans(GoldRecord.Role.SOURCE);
        List<GoldRecord.ActorSpan> targets = r.spans(GoldRecord.Role.TARGET);
        Map<String, Ratio> out = new LinkedHashMap<>();
        if (!sources.isEmpty()) {
            out.put(GoldMetrics.SOURCE_RECALL, Ratio.of(events.stream()
                .anyMatch(e -> m.matchesAny(e.source(), sources))));
        }
        if (!sources.isEmpty() && !targets.isEmpty()) {
            out.put(GoldMetrics.DYAD_RECALL, Ratio.of(events.stream().anyMatch(e -> e.target().isPresent()
                && (m.matchesAny(e.source(), sources) && m.matchesAny(e.target().get(), targets)
                    || m.matchesAny(e.source(), targets) && m.matchesAny(e.target().get(), sources)))));
        }
        out.put(GoldMetrics.ACTOR_PRECISION, new Ratio(events.stream()
            .filter(e -> m.matchesAny(e.source(), r.spans())).count(), events.size()));
        return out;
    }
}
