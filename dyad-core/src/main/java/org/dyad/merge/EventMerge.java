package org.dyad.merge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Merges the mentions of one happening into the row of the {@code event} table: GDELT's counts and, from the
 * right mention, everything else. Stateless. The one merge rule of Dyad: the DuckDB store rebuilds an event's row
 * with it whenever its mentions change, and the Spark job applies it to each group of mentions with one event id,
 * so both give the same events.
 *
 * <ul>
 *   <li>The first mention: earliest publication date (an article without one comes last), then article id,
 *       sentence and mention id. It gives the actors' countries, the first mention and article, and SOURCEURL.</li>
 *   <li>The code: the CAMEO code most mentions have (mentions of one event share the base code, not always the
 *       code); ties go to the lowest code. Its name, root, Goldstein score, QuadClass and PLOVER type come along.</li>
 *   <li>NumMentions: every mention; NumArticles: distinct articles; NumSources: distinct outlets.</li>
 *   <li>Location: the first mention that has one. Root event: some mention is an article's first sentence.
 *       Added: when the first of its articles was stored.</li>
 * </ul>
 */
public final class EventMerge {
    private EventMerge() {}

    /**
     * What the merge needs of one mention and its article: the mention's columns, its article's publication date,
     * outlet ({@link Outlets#of}), reference (URL, else source) and the time it was coded or stored;
     * {@code date} is null when the mention is undated.
     */
    public record MentionRow(long eventId, String mentionId, String articleId, int sentence, LocalDate date,
                      String precision, String sourceCode, String sourceCountry, Optional<String> targetCode,
                      Optional<String> targetCountry, String base, String cameo, String cameoName, String root,
                      double goldstein, int quadClass, Optional<String> ploverType, Optional<String> ploverMode,
                      Optional<String> locationText, Optional<String> locationCountry, Optional<Double> lat,
                      Optional<Double> lon, Optional<LocalDate> published, String outlet, String articleRef,
                      Instant ingestedAt) {}

    /**
     * One row of the {@code event} table: the id and key text, the first mention, the mention whose code the event
     * takes, the first mention with a place, GDELT's three counts, whether it is a root event, and when it was added.
     */
    public record EventRow(long eventId, String key, MentionRow first, MentionRow code, Optional<MentionRow> located,
                    int mentions, int sources, int articles, boolean root, Instant added) {}

    /** Which mention comes first: earliest publication (undated last), then article id, sentence, mention id. */
    public static final Comparator<MentionRow> FIRST = Comparator
            .comparing((MentionRow m) -> m.published().orElse(LocalDate.MAX))
            .thenComparing(MentionRow::articleId)
            .thenComparingInt(MentionRow::sentence)
            .thenComparing(MentionRow::mentionId);

    /** One row per event id among {@code mentions}, in the order the ids first appear. */
    public static List<EventRow> merge(List<MentionRow> mentions) {
        Map<Long, List<MentionRow>> byEvent = new LinkedHashMap<>();
        for (MentionRow m : mentions) {
            byEvent.computeIfAbsent(m.eventId(), k -> new ArrayList<>()).add(m);
        }
        List<EventRow> rows = new ArrayList<>();
        for (List<MentionRow> ms : byEvent.values()) {
            rows.add(event(ms));
        }
        return rows;
    }

    private static EventRow event(List<MentionRow> unsorted) {
        List<MentionRow> ms = new ArrayList<>(unsorted);
        ms.sort(FIRST);
        MentionRow first = ms.get(0);
        Map<String, Integer> perCode = new TreeMap<>();
        Set<String> outlets = new HashSet<>();
        Set<String> articles = new HashSet<>();
        boolean root = false;
        Instant added = first.ingestedAt();
        for (MentionRow m : ms) {
            perCode.merge(m.cameo(), 1, Integer::sum);
            outlets.add(m.outlet());
            articles.add(m.articleId());
            root |= m.sentence() == 0;
            added = m.ingestedAt().isBefore(added) ? m.ingestedAt() : added;
        }
        String code = perCode.entrySet().stream()
                .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .orElseThrow().getKey();
        MentionRow coded = ms.stream().filter(m -> m.cameo().equals(code)).findFirst().orElseThrow();
        Optional<MentionRow> located = ms.stream().filter(m -> m.locationText().isPresent()).findFirst();
        String key = new EventKey(Optional.ofNullable(first.date()), first.precision(), first.sourceCode(),
                first.targetCode().orElse(""), first.base(), first.date() == null ? first.articleId() : "").text();
        return new EventRow(first.eventId(), key, first, coded, located, ms.size(), outlets.size(), articles.size(),
                root, added);
    }
}
