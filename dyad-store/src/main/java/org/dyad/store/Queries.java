package org.dyad.store;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The questions analysts ask of a store, each one parameterised SQL over the {@code event} table (one row per
 * happening; a mention counts once through its event). An actor pattern matches an actor code by prefix, any
 * case: {@code IRN} matches IRN, IRNGOV and IRNGOVMIL; the empty pattern matches every actor. Goldstein sums
 * and means are per event (not weighted by mentions), rounded to two decimals.
 */
public final class Queries {

    /**
     * The CAMEO codes of the agreement register: 057 Sign formal agreement and 0871 Declare truce, ceasefire.
     * (03x codes are intentions to cooperate, not agreements; 0311 etc. are left out on purpose.)
     */
    public static final List<String> AGREEMENT_CODES = List.of("057", "0871");

    private final EventStore store;

    public Queries(EventStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /**
     * Events between two actors, both directions, per period: events, each direction, per QuadClass, the
     * Goldstein sum and mean, and mentions. Periods without events are left out, and so are undated events.
     */
    private ResultTable rawTimeline(String actorA, String actorB, Period by, DateRange range) {
        String sql = """
                SELECT CAST(date_trunc(?, date) AS DATE) AS start,
                       count(*) AS events,
                       count(*) FILTER (WHERE starts_with(source_code, ?) AND starts_with(target_code, ?)) AS a_to_b,
                       count(*) FILTER (WHERE starts_with(source_code, ?) AND starts_with(target_code, ?)) AS b_to_a,
                       count(*) FILTER (WHERE quad_class = 1) AS verbal_coop,
                       count(*) FILTER (WHERE quad_class = 2) AS material_coop,
                       count(*) FILTER (WHERE quad_class = 3) AS verbal_conflict,
                       count(*) FILTER (WHERE quad_class = 4) AS material_conflict,
                       round(sum(goldstein), 2) AS goldstein_sum,
                       round(avg(goldstein), 2) AS goldstein_mean,
                       sum(num_mentions) AS mentions
                FROM event
                WHERE ((starts_with(source_code, ?) AND starts_with(target_code, ?))
                       OR (starts_with(source_code, ?) AND starts_with(target_code, ?)))
                  AND date BETWEEN ? AND ?
                GROUP BY 1 ORDER BY 1""";
        String a = pattern(actorA);
        String b = pattern(actorB);
        return query(sql, by.part(), a, b, b, a, a, b, b, a, range.first(), range.last());
    }

    /**
     * Events between two actors, both directions, per period: events, each direction, per QuadClass, the
     * Goldstein sum and mean, and mentions. Periods without events are left out.
     */
    public ResultTable timeline(String actorA, String actorB, Period by, DateRange range) {
        return label(rawTimeline(actorA, actorB, by, range), by);
    }

    /**
     * {@link #timeline} with every period of the range, those without events as rows of zeros (the Goldstein
     * mean null): from the range's start, else the first period with events, to its end, else the last period
     * with events. A range of more than {@code maxPeriods} periods is refused with IllegalArgumentException.
     */
    public ResultTable timelineEveryPeriod(String actorA, String actorB, Period by, DateRange range, int maxPeriods) {
        ResultTable raw = rawTimeline(actorA, actorB, by, range);
        if (raw.rows().isEmpty() && (range.from().isEmpty() || range.to().isEmpty())) {
            return label(raw, by);
        }
        java.util.Map<LocalDate, List<Object>> byStart = new java.util.HashMap<>();
        for (List<Object> r : raw.rows()) {
            byStart.put((LocalDate) r.get(0), r);
        }
        LocalDate first = by.start(range.from().orElseGet(() -> (LocalDate) raw.rows().get(0).get(0)));
        LocalDate last = by.start(range.to().orElseGet(() -> (LocalDate) raw.rows().get(raw.rows().size() - 1)
                .get(0)));
        List<List<Object>> rows = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(last); d = by.next(d)) {
            if (rows.size() >= maxPeriods) {
                throw new IllegalArgumentException("the range has more than " + maxPeriods + " " + by.part()
                        + "s; narrow it (from, to) or count by a longer period");
            }
            List<Object> row = byStart.get(d);
            if (row == null) {
                row = new ArrayList<>();
                row.add(d);
                for (String c : raw.columns().subList(1, raw.columns().size())) {
                    row.add(c.equals("goldstein_mean") ? null : c.equals("goldstein_sum") ? (Object) 0.0 : (Object) 0L);
                }
            }
            rows.add(row);
        }
        return label(new ResultTable(raw.columns(), rows), by);
    }

    private static ResultTable label(ResultTable raw, Period by) {
        List<String> columns = new ArrayList<>(raw.columns());
        columns.set(0, "period");
        List<List<Object>> rows = new ArrayList<>();
        for (List<Object> r : raw.rows()) {
            List<Object> row = new ArrayList<>(r);
            row.set(0, by.label((LocalDate) r.get(0)));
            rows.add(row);
        }
        return new ResultTable(columns, rows);
    }

    /**
     * Events one of whose actors matches {@code actor} and whose CAMEO code starts with {@code codePrefix}, by
     * date; {@code limit} 0 for all.
     */
    public ResultTable events(String actor, String codePrefix, DateRange range, long limit) {
        String sql = """
                SELECT e.date, CAST(e.event_id AS VARCHAR) AS event_id, e.source_code AS source, e.cameo,
                       e.cameo_name, e.target_code AS target, e.goldstein, e.quad_class,
                       e.num_mentions AS mentions, e.num_sources AS sources, e.num_articles AS articles,
                       e.first_article_id AS doc_id, f.evidence_text AS evidence
                FROM event e JOIN mention f ON f.article_id = e.first_article_id AND f.mention_id = e.first_mention_id
                WHERE (starts_with(e.source_code, ?) OR starts_with(e.target_code, ?))
                  AND starts_with(e.cameo, ?) AND (e.date BETWEEN ? AND ? OR (? AND e.date IS NULL))
                ORDER BY e.date NULLS LAST, e.event_id
                LIMIT ?""";
        String a = pattern(actor);
        return query(sql, a, a, codePrefix.strip(), range.first(), range.last(), range.all(), limit(limit));
    }

    /**
     * The actors in the most events, as source or target, with their most frequent name (of names as frequent, the
     * first in alphabetical order: the answer never depends on the order rows are stored or read in).
     */
    public ResultTable actors(int top, DateRange range) {
        String sql = """
                WITH roles AS (
                  SELECT event_id, source_code AS code, 1 AS as_source, 0 AS as_target, num_mentions
                  FROM event WHERE (date BETWEEN ? AND ? OR (? AND date IS NULL))
                  UNION ALL
                  SELECT event_id, target_code, 0, 1, num_mentions
                  FROM event WHERE target_code IS NOT NULL AND (date BETWEEN ? AND ? OR (? AND date IS NULL))),
                names AS (
                  SELECT code, first(name ORDER BY uses DESC, name) AS name FROM (
                    SELECT code, name, count(*) AS uses FROM (
                      SELECT source_code AS code, nullif(source_name, '') AS name FROM mention
                      UNION ALL
                      SELECT target_code, nullif(target_name, '') FROM mention WHERE target_code IS NOT NULL)
                    WHERE name IS NOT NULL GROUP BY code, name)
                  GROUP BY code)
                SELECT r.code AS actor, coalesce(any_value(a.country), '') AS country,
                       coalesce(any_value(n.name), '') AS name,
                       count(DISTINCT r.event_id) AS events, sum(r.as_source) AS as_source,
                       sum(r.as_target) AS as_target, sum(r.num_mentions) AS mentions
                FROM roles r LEFT JOIN actor a ON a.code = r.code LEFT JOIN names n ON n.code = r.code
                GROUP BY r.code
                ORDER BY events DESC, actor
                LIMIT ?""";
        return query(sql, range.first(), range.last(), range.all(), range.first(), range.last(), range.all(),
                limit(top));
    }

    /**
     * The register of signed agreements ({@link #AGREEMENT_CODES}): one row per date, pair of parties and
     * code, whichever direction the text put them in; what (the code's name and the trigger), the evidence
     * sentence of the first mention, its article, how many articles report it, and the id of the event that
     * gives the evidence (of the two directions of "the parties signed", the one first reported).
     */
    public ResultTable agreements(String actor, DateRange range) {
        String sql = """
                WITH a AS (
                  SELECT e.*, f.evidence_text, f.trigger,
                         CASE WHEN e.target_code IS NULL OR e.source_code <= e.target_code
                              THEN e.source_code ELSE e.target_code END AS party1,
                         CASE WHEN e.target_code IS NULL THEN ''
                              WHEN e.source_code <= e.target_code THEN e.target_code ELSE e.source_code END AS party2,
                         coalesce(p.published, DATE '9999-12-31') AS published_or_last,
                         coalesce(CAST(e.date AS VARCHAR), 'undated:' || e.first_article_id) AS day
                  FROM event e
                  JOIN mention f ON f.article_id = e.first_article_id AND f.mention_id = e.first_mention_id
                  JOIN article p ON p.id = e.first_article_id
                  WHERE list_contains(?, e.cameo) AND (e.date BETWEEN ? AND ? OR (? AND e.date IS NULL))
                    AND (starts_with(e.source_code, ?) OR starts_with(e.target_code, ?))),
                reports AS (
                  SELECT a.day, a.party1, a.party2, a.cameo, count(DISTINCT m.article_id) AS articles
                  FROM a JOIN mention m ON m.event_id = a.event_id
                  GROUP BY a.day, a.party1, a.party2, a.cameo)
                SELECT any_value(a.date) AS date, a.party1, a.party2, a.cameo,
                       first(a.cameo_name || ': ' || a.trigger ORDER BY published_or_last, first_article_id) AS what,
                       first(a.evidence_text ORDER BY published_or_last, first_article_id) AS evidence,
                       first(a.first_article_id ORDER BY published_or_last, first_article_id) AS doc_id,
                       any_value(r.articles) AS articles,
                       sum(a.num_mentions) AS mentions,
                       first(CAST(a.event_id AS VARCHAR) ORDER BY published_or_last, first_article_id, a.event_id)
                         AS event_id
                FROM a JOIN reports r USING (day, party1, party2, cameo)
                GROUP BY a.day, a.party1, a.party2, a.cameo
                ORDER BY date NULLS LAST, a.day, a.party1, a.party2, a.cameo""";
        String p = pattern(actor);
        Array codes = array(AGREEMENT_CODES);
        return query(sql, codes, range.first(), range.last(), range.all(), p, p);
    }

    /**
     * Directed actor pairs (source to target) with events, mentions, events per QuadClass and the Goldstein mean;
     * with {@code countries} actors are reduced to their country (an actor without one keeps its code).
     */
    public ResultTable network(String actor, boolean countries, int top, DateRange range) {
        String sql = """
                WITH p AS (
                  SELECT CASE WHEN ? THEN coalesce(nullif(source_country, ''), source_code) ELSE source_code END AS source,
                         CASE WHEN ? THEN coalesce(nullif(target_country, ''), target_code) ELSE target_code END AS target,
                         source_code, target_code, num_mentions, quad_class, goldstein
                  FROM event
                  WHERE target_code IS NOT NULL AND (date BETWEEN ? AND ? OR (? AND date IS NULL))
                    AND (starts_with(source_code, ?) OR starts_with(target_code, ?)))
                SELECT source, target, count(*) AS events, sum(num_mentions) AS mentions,
                       count(*) FILTER (WHERE quad_class = 1) AS verbal_coop,
                       count(*) FILTER (WHERE quad_class = 2) AS material_coop,
                       count(*) FILTER (WHERE quad_class = 3) AS verbal_conflict,
                       count(*) FILTER (WHERE quad_class = 4) AS material_conflict,
                       round(avg(goldstein), 2) AS goldstein_mean
                FROM p
                GROUP BY source, target
                ORDER BY events DESC, source, target
                LIMIT ?""";
        String p = pattern(actor);
        return query(sql, countries, countries, range.first(), range.last(), range.all(), p, p, limit(top));
    }

    // ------------------------------------------------------------------------------------------- helpers

    private static String pattern(String actor) {
        return actor == null ? "" : actor.strip().toUpperCase(Locale.ROOT);
    }

    private static long limit(long n) {
        if (n < 0) {
            throw new IllegalArgumentException("a limit cannot be negative: " + n);
        }
        return n == 0 ? Long.MAX_VALUE : n;
    }

    private Array array(List<String> values) {
        try {
            return store.connection().createArrayOf("VARCHAR", values.toArray());
        } catch (SQLException e) {
            throw new StoreException(e.getMessage(), e);
        }
    }

    /**
     * Runs parameterised SQL (every value bound, nothing pasted in); shared with {@link Browse}. The statement is
     * prepared once per store connection and kept (DuckDB plans it once).
     */
    ResultTable query(String sql, Object... params) {
        try {
            PreparedStatement p = store.prepared(sql);
            if (store.queryTimeoutSeconds() > 0) {
                p.setQueryTimeout(store.queryTimeoutSeconds());
            }
            for (int i = 0; i < params.length; i++) {
                Object v = params[i];
                if (v instanceof Array a) {
                    p.setArray(i + 1, a);
                } else {
                    p.setObject(i + 1, v);
                }
            }
            try (ResultSet r = p.executeQuery()) {
                ResultSetMetaData md = r.getMetaData();
                List<String> columns = new ArrayList<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    columns.add(md.getColumnLabel(i));
                }
                List<List<Object>> rows = new ArrayList<>();
                while (r.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int i = 1; i <= columns.size(); i++) {
                        row.add(value(r.getObject(i)));
                    }
                    rows.add(row);
                }
                return new ResultTable(columns, rows);
            }
        } catch (SQLException e) {
            if (store.queryTimeoutSeconds() > 0 && String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT)
                    .contains("interrupt")) {
                throw new QueryTimeoutException("a query on " + store.file() + " took more than "
                        + store.queryTimeoutSeconds() + " s and was stopped", e);
            }
            throw new StoreException("query on " + store.file() + ": " + e.getMessage(), e);
        }
    }

    private static Object value(Object o) throws SQLException {
        if (o instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (o instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime();
        }
        if (o instanceof Array a) {
            return List.of((Object[]) a.getArray());
        }
        if (o instanceof java.math.BigInteger || o instanceof java.math.BigDecimal) {
            Number n = (Number) o;
            return n instanceof java.math.BigDecimal bd && bd.scale() > 0 ? (Object) bd.doubleValue() : n.longValue();
        }
        return o;
    }
}
