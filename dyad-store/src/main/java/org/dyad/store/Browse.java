package org.dyad.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The store as a browser sees it: a filtered, paged list of events with facet counts, one event with all its
 * mentions, one article with its mentions. Every value is bound as a JDBC parameter; the SQL is built only from
 * fixed fragments. Not thread-safe (one JDBC connection): callers serialise access.
 */
public final class Browse {

    /** The facets {@link #events} counts over the whole filtered set. */
    public static final List<String> FACETS = List.of("quad_class", "cameo_root", "plover_type", "source_country",
            "target_country");

    /** A page of events: the filtered total, the rows, and per facet the values with their counts. */
    public record Page(long total, ResultTable events, Map<String, ResultTable> facets) {
        public Page {
            facets = Map.copyOf(facets);
        }
    }

    /** One event: its row, and its mentions (with their article's title, outlet and publication date). */
    public record EventDetail(ResultTable event, ResultTable mentions) {}

    /** One article: its row (with the text), and its mentions with their spans. */
    public record ArticleDetail(ResultTable article, ResultTable mentions) {}

    private final Queries q;

    public Browse(EventStore store) {
        this.q = new Queries(Objects.requireNonNull(store, "store"));
    }

    /**
     * Events matching {@code f}, newest first (undated last, then by id), {@code limit} from {@code offset}. Two
     * queries: the total and every facet in one scan (GROUPING SETS), then the page, whose top rows are chosen
     * before their first mention's evidence is joined.
     */
    public Page events(EventFilter f, int limit, long offset) {
        if (limit < 1 || offset < 0) {
            throw new IllegalArgumentException("limit is at least 1 and offset at least 0");
        }
        List<Object> params = new ArrayList<>();
        String where = where(f, params);
        StringBuilder grouping = new StringBuilder("SELECT ");
        StringBuilder sets = new StringBuilder();
        for (String facet : FACETS) { // column names from the fixed list above, never from a request
            grouping.append("grouping(e.").append(facet).append(") AS g_").append(facet).append(", e.").append(facet)
                    .append(", ");
            sets.append("(e.").append(facet).append("), ");
        }
        grouping.append("count(*) AS count FROM event e WHERE ").append(where).append(" GROUP BY GROUPING SETS (")
                .append(sets).append("())");
        ResultTable counts = q.query(grouping.toString(), params.toArray());
        long total = 0;
        Map<String, List<List<Object>>> perFacet = new LinkedHashMap<>();
        FACETS.forEach(facet -> perFacet.put(facet, new ArrayList<>()));
        for (List<Object> row : counts.rows()) {
            long count = ((Number) row.get(row.size() - 1)).longValue();
            String facet = null;
            for (int i = 0; i < FACETS.size(); i++) {
                if (((Number) row.get(2 * i)).intValue() == 0) {
                    facet = FACETS.get(i);
                    List<Object> valueCount = new ArrayList<>();
                    valueCount.add(row.get(2 * i + 1));
                    valueCount.add(count);
                    perFacet.get(facet).add(valueCount);
                }
            }
            if (facet == null) {
                total = count;
            }
        }
        Map<String, ResultTable> facets = new LinkedHashMap<>();
        perFacet.forEach((facet, rows) -> {
            rows.sort(FACET_ORDER);
            facets.put(facet, new ResultTable(List.of("value", "count"), rows.subList(0, Math.min(30, rows.size()))));
        });
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(limit);
        pageParams.add(offset);
        ResultTable rows = q.query("""
                WITH page AS (
                  SELECT e.event_id, e.date, e.date_precision, e.source_code, e.cameo, e.cameo_name, e.target_code,
                         e.goldstein, e.quad_class, e.plover_type, e.num_mentions, e.num_sources, e.num_articles,
                         e.first_article_id, e.first_mention_id
                  FROM event e WHERE \s""" + where + """
                  ORDER BY e.date DESC NULLS LAST, e.event_id LIMIT ? OFFSET ?)
                SELECT CAST(p.event_id AS VARCHAR) AS event_id, p.date, p.date_precision, p.source_code AS source,
                       p.cameo, p.cameo_name, p.target_code AS target, p.goldstein, p.quad_class, p.plover_type,
                       p.num_mentions AS mentions, p.num_sources AS sources, p.num_articles AS articles,
                       p.first_article_id AS doc_id, f.evidence_text AS evidence
                FROM page p JOIN mention f ON f.article_id = p.first_article_id AND f.mention_id = p.first_mention_id
                ORDER BY p.date DESC NULLS LAST, p.event_id""", pageParams.toArray());
        return new Page(total, rows, facets);
    }

    /**
     * The places with coordinates where events matching {@code f} happened, most events first: {@code place},
     * {@code country}, {@code lat}, {@code lon}, {@code events}, {@code mentions}, and the latest event's id
     * and date (of events of the same latest date, the highest id). Events located only to a country (no
     * coordinates) are not here.
     */
    public ResultTable places(EventFilter f, int limit) {
        List<Object> params = new ArrayList<>();
        String where = where(f, params);
        params.add(limit);
        return q.query("""
                SELECT e.location_text AS place, e.location_country AS country, e.location_lat AS lat,
                       e.location_lon AS lon, count(*) AS events, sum(e.num_mentions) AS mentions,
                       first(CAST(e.event_id AS VARCHAR) ORDER BY e.date DESC, e.event_id DESC)
                           FILTER (WHERE e.date IS NOT NULL) AS latest_event_id, max(e.date) AS latest_date
                FROM event e
                WHERE e.location_lat IS NOT NULL AND e.location_lon IS NOT NULL AND\s""" + where
                + " GROUP BY 1, 2, 3, 4 ORDER BY events DESC, place LIMIT ?", params.toArray());
    }

    /** Facet values by count, most first; ties by value, an empty value last. */
    private static final java.util.Comparator<List<Object>> FACET_ORDER = (a, b) -> {
        int c = Long.compare(((Number) b.get(1)).longValue(), ((Number) a.get(1)).longValue());
        if (c != 0) {
            return c;
        }
        Object x = a.get(0);
        Object y = b.get(0);
        if (x == null || y == null) {
            return x == null ? (y == null ? 0 : 1) : -1;
        }
        return String.valueOf(x).compareTo(String.valueOf(y));
    };

    /** Every stored article's id. */
    public ResultTable articleIds() {
        return q.query("SELECT id FROM article ORDER BY id");
    }

    /** The event with this id and its mentions, if stored. */
    public Optional<EventDetail> event(long id) {
        ResultTable e = q.query("""
                SELECT e.* REPLACE (CAST(e.event_id AS VARCHAR) AS event_id),
                       (SELECT max(coalesce(m.confidence, 1)) FROM mention m WHERE m.event_id = e.event_id) AS confidence
                FROM event e WHERE e.event_id = ?""", id);
        if (e.rows().isEmpty()) {
            return Optional.empty();
        }
        ResultTable m = q.query("""
                SELECT m.mention_id, m.article_id, a.title, a.outlet, a.published, m.sentence, m.date, m.cameo,
                       m.source_code, m.source_text, m.target_code, m.target_text, m.evidence_text, m.evidence_start,
                       m.evidence_end, m.trigger, m.trigger_start, m.trigger_end, m.rule, m.source_name,
                       m.source_sectors, m.target_name, m.target_sectors, coalesce(m.confidence, 1) AS confidence
                FROM mention m JOIN article a ON a.id = m.article_id
                WHERE m.event_id = ?
                ORDER BY a.published NULLS LAST, m.article_id, m.sentence, m.mention_id""", id);
        return Optional.of(new EventDetail(e, m));
    }

    /** The article with this id and every mention found in it (asserted or not), in text order, if stored. */
    public Optional<ArticleDetail> article(String id) {
        ResultTable a = q.query("""
                SELECT id, published, title, byline, source, url, outlet, text, sentences, tokens, mentions,
                       ingested_at
                FROM article WHERE id = ?""", id);
        if (a.rows().isEmpty()) {
            return Optional.empty();
        }
        ResultTable m = q.query("""
                SELECT m.mention_id, CAST(m.event_id AS VARCHAR) AS event_id, m.sentence, m.date, m.cameo,
                       m.cameo_name, m.quad_class, m.goldstein, m.plover_type, m.source_code, m.source_text,
                       m.target_code, m.target_text, m.negated, m.hypothetical, m.historical, m.evidence_text,
                       m.evidence_start, m.evidence_end, m.trigger, m.trigger_start, m.trigger_end, m.rule,
                       coalesce(m.confidence, 1) AS confidence
                FROM mention m WHERE m.article_id = ?
                ORDER BY m.evidence_start, m.trigger_start, m.mention_id""", id);
        return Optional.of(new ArticleDetail(a, m));
    }

    private static String where(EventFilter f, List<Object> params) {
        StringBuilder w = new StringBuilder();
        if (f.range().all()) {
            w.append("TRUE"); // undated events too; and no predicate keeps DuckDB's scans at full speed
        } else {
            w.append("e.date BETWEEN ? AND ?");
            params.add(f.range().first());
            params.add(f.range().last());
        }
        if (!f.actor().isEmpty()) {
            w.append(" AND (starts_with(e.source_code, ?) OR starts_with(e.target_code, ?))");
            params.add(f.actor());
            params.add(f.actor());
        }
        if (!f.country().isEmpty()) {
            w.append(" AND (e.source_country = ? OR e.target_country = ?)");
            params.add(f.country());
            params.add(f.country());
        }
        if (!f.cameo().isEmpty()) {
            w.append(" AND starts_with(e.cameo, ?)");
            params.add(f.cameo());
        }
        if (!f.root().isEmpty()) {
            w.append(" AND e.cameo_root = ?");
            params.add(f.root());
        }
        if (f.quadClass().isPresent()) {
            w.append(" AND e.quad_class = ?");
            params.add(f.quadClass().get());
        }
        if (!f.plover().isEmpty()) {
            w.append(" AND e.plover_type = ?");
            params.add(f.plover());
        }
        if (!f.text().isEmpty()) {
            w.append(" AND EXISTS (SELECT 1 FROM mention t WHERE t.event_id = e.event_id"
                    + " AND contains(lower(t.evidence_text), lower(?)))");
            params.add(f.text());
        }
        if (f.minConfidence() > 0) {
            w.append(" AND EXISTS (SELECT 1 FROM mention c WHERE c.event_id = e.event_id"
                    + " AND coalesce(c.confidence, 1) >= ?)");
            params.add(f.minConfidence());
        }
        return w.toString();
    }
}
