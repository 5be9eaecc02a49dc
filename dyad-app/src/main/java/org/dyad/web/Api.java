package org.dyad.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import org.dyad.article.Article;
import org.dyad.article.TextHash;
import org.dyad.io.EventWriter;
import org.dyad.io.EventWriters;
import org.dyad.io.PublicationDate;
import org.dyad.Dyad;
import org.dyad.pipeline.ArticleCoder;
import org.dyad.pipeline.CodedArticle;
import org.dyad.store.Browse;
import org.dyad.store.DateRange;
import org.dyad.store.EventFilter;
import org.dyad.store.EventStore;
import org.dyad.store.Period;
import org.dyad.store.Queries;
import org.dyad.store.ResultTable;
import org.dyad.store.StoreReaders;
import org.dyad.watch.IngestActivity;

/**
 * The JSON API's handlers, one method each. Reads run on a reader of their own from the pool, concurrently; writes
 * hold the store's lock (its one writing connection); coding (the slow part of a POST) runs outside it, on at most
 * {@link WebServer.Serving#coders()} requests at once, within the article time budget.
 */
final class Api {
    /** No coder came free in time: answered 503. */
    static final class CodersBusy extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CodersBusy(String message) {
            super(message);
        }
    }

    /** The most rows a CSV download of events or places holds. */
    static final int MAX_CSV_ROWS = 100_000;
    /** The most periods a timeline answers. */
    static final int MAX_PERIODS = 5_000;

    private static final Set<String> FILTER = Set.of("from", "to", "actor", "country", "cameo", "root", "quad",
            "plover", "q", "min_confidence");

    /** The query parameters each GET route takes (checked against /api/openapi.json by OpenApiTest). */
    static final Map<String, Set<String>> PARAMS = Map.ofEntries(
            Map.entry("/api/events", union(FILTER, Set.of("limit", "offset", "format"))),
            Map.entry("/api/events/{id}", Set.of("format")),
            Map.entry("/api/articles/{id}", Set.of("format")),
            Map.entry("/api/timeline", Set.of("dyad", "by", "from", "to", "format")),
            Map.entry("/api/network", Set.of("actor", "countries", "top", "from", "to", "format")),
            Map.entry("/api/actors", Set.of("top", "from", "to", "format")),
            Map.entry("/api/agreements", Set.of("actor", "dyad", "from", "to", "format")),
            Map.entry("/api/places", union(FILTER, Set.of("limit", "format"))),
            Map.entry("/api/live", Set.of()),
            Map.entry("/api/gaps", Set.of("top")),
            Map.entry("/api/code", Set.of()),
            Map.entry("/api/articles", Set.of()));

    private final EventStore store;
    private final StoreReaders readers;
    private final Supplier<Dyad> coder;
    private final IngestActivity activity;
    private final int maxChars;
    private final WebServer.Serving serving;
    private final Semaphore coding;
    private final ResponseCache cache;

    Api(EventStore store, StoreReaders readers, Supplier<Dyad> coder, int maxChars, WebServer.Serving serving,
        IngestActivity activity) {
        this.store = store;
        this.activity = activity;
        this.readers = readers;
        this.coder = memoize(coder);
        this.maxChars = maxChars;
        this.serving = serving;
        this.coding = new Semaphore(serving.coders(), true);
        this.cache = new ResponseCache(serving.cachedAnswers(), store::generation);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> u = new java.util.HashSet<>(a);
        u.addAll(b);
        return Set.copyOf(u);
    }

    private static EventFilter filter(Params p) {
        try {
            return new EventFilter(p.range(), p.string("actor"), p.string("country"), p.string("cameo"),
                    p.string("root"), p.integer("quad", 1, 4).map(Long::intValue), p.string("plover"), p.string("q"),
                    p.fraction("min_confidence").orElse(0.0));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    private static <T> Supplier<T> memoize(Supplier<T> s) {
        Object[] value = new Object[1];
        return () -> {
            synchronized (value) {
                if (value[0] == null) {
                    value[0] = s.get();
                }
                @SuppressWarnings("unchecked")
                T t = (T) value[0];
                return t;
            }
        };
    }

    /** Runs a read on a reader of its own. */
    private <T> T read(Function<EventStore, T> work) {
        return readers.read(serving.readerWait(), work);
    }

    /** Codes an article within the time budget, on one of the few coding slots. */
    private CodedArticle code(Article a) {
        try {
            if (!coding.tryAcquire(serving.coderWait().toMillis(), TimeUnit.MILLISECONDS)) {
                throw new CodersBusy("every coder is busy; try again shortly");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CodersBusy("interrupted while waiting for a coder");
        }
        try {
            return coder.get().codeWithin(a);
        } catch (ArticleCoder.OverBudgetException | ArticleCoder.TooLongException e) {
            throw new ApiException(422, "article '" + a.id() + "': " + e.getMessage());
        } finally {
            coding.release();
        }
    }

    void events(Context ctx) {
        if (cache.serve(ctx)) {
            return;
        }
        long generation = cache.generation();
        Params p = Params.of(ctx, PARAMS.get("/api/events"));
        EventFilter f = filter(p);
        boolean csv = p.csv();
        int limit = p.integer("limit", 1, csv ? MAX_CSV_ROWS : 500).orElse(csv ? (long) MAX_CSV_ROWS : 50L).intValue();
        long offset = p.integer("offset", 0, Long.MAX_VALUE / 2).orElse(0L);
        Browse.Page page = read(r -> new Browse(r).events(f, limit, offset));
        if (csv) {
            Csv.send(ctx, "events.csv", page.events().columns(), Json.rows(page.events()));
            return;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("total", page.total());
        out.put("limit", limit);
        out.put("offset", offset);
        out.put("events", Json.rows(page.events()));
        Map<String, Object> facets = new LinkedHashMap<>();
        for (String facet : Browse.FACETS) {
            facets.put(facet, Json.rows(page.facets().get(facet)));
        }
        out.put("facets", facets);
        reply(ctx, generation, out);
    }

    void event(Context ctx) {
        if (cache.serve(ctx)) {
            return;
        }
        long generation = cache.generation();
        Params p = Params.of(ctx, PARAMS.get("/api/events/{id}"));
        String raw = ctx.pathParam("id");
        long id;
        try {
            id = Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("an event id is a whole number, not '" + raw + "'");
        }
        Optional<Browse.EventDetail> d = read(r -> new Browse(r).event(id));
        Browse.EventDetail detail = d.orElseThrow(() -> ApiException.notFound("no event " + id));
        if (p.csv()) {
            Csv.send(ctx, "event-" + id + "-mentions.csv", detail.mentions().columns(), Json.rows(detail.mentions()));
            return;
        }
        Map<String, Object> out = Json.rows(detail.event()).get(0);
        out.put("mentions", Json.rows(detail.mentions()));
        reply(ctx, generation, out);
    }

    void article(Context ctx) {
        if (cache.serve(ctx)) {
            return;
        }
        long generation = cache.generation();
        Params p = Params.of(ctx, PARAMS.get("/api/articles/{id}"));
        String id = ctx.pathParam("id");
        Optional<Browse.ArticleDetail> d = read(r -> new Browse(r).article(id));
        Browse.ArticleDetail detail = d.orElseThrow(() -> ApiException.notFound("no article '" + id + "'"));
        Map<String, Object> out = Json.rows(detail.article()).get(0);
        String text = (String) out.get("text");
        List<Map<String, Object>> mentions = Json.rows(detail.mentions());
        for (Map<String, Object> m : mentions) {
            int from = number(m.get("evidence_start"));
            int to = number(m.get("evidence_end"));
            span(m, "source", text, from, to);
            span(m, "target", text, from, to);
        }
        if (p.csv()) {
            Csv.send(ctx, "article-mentions.csv", new ArrayList<>(mentions.isEmpty() ? detail.mentions().columns()
                    : mentions.get(0).keySet()), mentions);
            return;
        }
        out.put("mentions", mentions);
        reply(ctx, generation, out);
    }

    void timeline(Context ctx) {
        if (cache.serve(ctx)) {
            return;
        }
        long generation = cache.generation();
        Params p = Params.of(ctx, PARAMS.get("/api/timeline"));
        String[] ab = p.dyad("dyad", true);
        Period by;
        try {
            by = Period.parse(p.string("by").isEmpty() ? "month" : p.string("by"));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("parameter 'by': " + e.getMessage());
        }
        DateRange range = p.range();
        ResultTable t;
        try {
            t = read(r -> new Queries(r).timelineEveryPeriod(ab[0], ab[1], by, range, MAX_PERIODS));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        if (p.csv()) {
            Csv.send(ctx, "timeline.csv", t.columns(), Json.rows(t));
            return;
        }
        reply(ctx, generation, Map.of("dyad", ab[0] + ":" + ab[1], "by", by.name().toLowerCase(java.util.Locale.ROOT),
                "periods", Json.rows(t)));
    }

    void network(Context ctx) {
        if (cache.serve(ctx)) {
            return;
        }
        long generation = cache.generation();
        Params p = Params.of(ctx, PARAMS.get("/api/network"));
        String actor = actorPattern(p.string("actor"));
        boolean countries = p.bool("countries");
        int top = p.integer("top", 0, 1000).orElse(50L).intValue();
        DateRange range = p.range();
        ResultTable t = read(r -> new Queries(r).network(actor, countries, top, range));
        if (p.csv()) {
            Csv.send(ctx, "network.csv", t.columns(), Json.rows(t));
            return;
        }
        reply(ctx, generation, Map.of("edges", Json.rows(t)));
    }

    void actors(Context ctx) {
        if (cache.serve(ctx)) {
            return;
        }
        long generation = cache.generation();
        Params p = Params.of(ctx, PARAMS.get("/api/actors"));
        int top = p.integer("top", 0, 1000).orElse(20L).intValue();
        DateRange range = p.range();
        ResultTable t = read(r -> new Queries(r).actors(top, range));
        if (p.csv()) {
            Csv.send(ctx, "actors.csv", t.columns(), Json.rows(t));
            return;
        }
        reply(ctx, generation, Map.of("actors", Json.rows(t)));
    }

    void agreements(Context ctx) {
        if (cache.serve(ctx)) {
            return;
        }
        long generation = cache.generation();
        Params p = Params.of(ctx, PARAMS.get("/api/agreements"));
        String actor = actorPattern(p.string("actor"));
        String[] ab = p.dyad("dyad", false);
        if (ab.length == 2 && !actor.isEmpty()) {
            throw ApiException.badRequest("give either 'actor' or 'dyad', not both");
        }
        DateRange range = p.range();
        ResultTable t = read(r -> new Queries(r).agreements(ab.length == 2 ? ab[0] : actor, range));
        List<Map<String, Object>> rows = Json.rows(t);
        if (ab.length == 2) { // both parties, either order
            String a = ab[0].toUpperCase(java.util.Locale.ROOT);
            String b = ab[1].toUpperCase(java.util.Locale.ROOT);
            rows = rows.stream().filter(r -> {
                String p1 = String.valueOf(r.get("party1"));
                String p2 = String.valueOf(r.get("party2"));
                return (p1.startsWith(a) && p2.startsWith(b)) || (p1.startsWith(b) && p2.startsWith(a));
            }).toList();
        }
        if (p.csv()) {
            Csv.send(ctx, "agreements.csv", t.columns(), rows);
            return;
        }
        reply(ctx, generation, Map.of("agreements", rows));
    }

    /** GET /api/places: where the filtered events happened, places with coordinates, most events first. */
    void places(Context ctx) {
        if (cache.serve(ctx)) {
            return;
        }
        long generation = cache.generation();
        Params p = Params.of(ctx, PARAMS.get("/api/places"));
        EventFilter f = filter(p);
        boolean csv = p.csv();
        int limit = p.integer("limit", 1, MAX_CSV_ROWS).orElse(csv ? (long) MAX_CSV_ROWS : 1000L).intValue();
        ResultTable t = read(r -> new Browse(r).places(f, limit));
        if (csv) {
            Csv.send(ctx, "places.csv", t.columns(), Json.rows(t));
            return;
        }
        reply(ctx, generation, Map.of("places", Json.rows(t)));
    }

    /** GET /api/live: what was stored lately (a watched folder, POSTed articles), for pages that refresh. */
    void live(Context ctx) {
        Params.of(ctx, PARAMS.get("/api/live"));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("watching", activity.watched().isPresent());
        out.put("folder", activity.watched().map(d -> String.valueOf(d.toAbsolutePath().normalize().getFileName()))
                .orElse(null));
        out.put("changes", activity.changes());
        out.put("articles_last_minute", activity.lastMinute());
        out.put("articles_total", activity.total());
        List<Map<String, Object>> recent = new ArrayList<>();
        for (IngestActivity.Stored r : activity.recent()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("at", r.at().toString());
            m.put("article_id", r.articleId());
            m.put("from", r.from());
            m.put("status", r.status());
            m.put("mentions", r.mentions());
            recent.add(m);
        }
        out.put("recent", recent);
        ctx.header("Cache-Control", "no-store");
        send(ctx, 200, out);
    }

    /** POST /api/code: codes the posted article and answers its events; stores nothing. */
    void code(Context ctx) {
        Params.of(ctx, PARAMS.get("/api/code"));
        List<String> warnings = new ArrayList<>();
        Article a = articleFrom(ctx, maxChars, warnings);
        CodedArticle coded = code(a);
        ArrayNode events = Json.MAPPER.createArrayNode();
        StringWriter sw = new StringWriter();
        try (EventWriter w = EventWriters.create("jsonl", sw)) {
            coded.events().forEach(w::write);
        }
        try {
            for (String line : sw.toString().split("\n")) {
                if (!line.isBlank()) {
                    events.add(Json.MAPPER.readTree(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", a.id());
        out.put("sentences", coded.sentences());
        out.put("tokens", coded.tokens());
        out.put("events", events);
        warnings.addAll(coded.warnings());
        out.put("warnings", warnings);
        send(ctx, 200, out);
    }

    /** POST /api/articles: codes the posted article and stores it (replacing an earlier version, as ingest). */
    void ingest(Context ctx) {
        Params.of(ctx, PARAMS.get("/api/articles"));
        if (store.readOnly()) {
            throw new ApiException(405, "this store is read-only (dyad serve --parquet): POST /api/articles stores "
                    + "nothing here; POST /api/code codes without storing");
        }
        List<String> warnings = new ArrayList<>();
        Article a = articleFrom(ctx, maxChars, warnings);
        EventStore.Status status = read(r -> r.status(a));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("article_id", a.id());
        if (status == EventStore.Status.UNCHANGED) {
            out.put("status", "unchanged");
            out.put("warnings", warnings);
            send(ctx, 200, out);
            return;
        }
        CodedArticle coded = code(a);
        warnings.addAll(coded.warnings());
        EventStore.Stored s;
        synchronized (store) {
            s = store.put(coded);
        }
        activity.stored(a.id(), "API", s.replaced().isEmpty() ? "stored" : "replaced", s.mentions());
        out.put("status", s.replaced().isEmpty() ? "stored" : "replaced");
        out.put("replaced", s.replaced());
        out.put("mentions", s.mentions());
        out.put("asserted_mentions", s.assertedMentions());
        out.put("url", "/api/articles/" + a.id());
        out.put("warnings", warnings);
        send(ctx, 201, out);
    }

    // ------------------------------------------------------------------------------------------- helpers

    /**
     * The article a POST body holds. A blank or missing date is no date; one that is not a date is no date either,
     * with a warning in the answer: no date is taken from the clock.
     */
    private static Article articleFrom(Context ctx, int maxChars, List<String> warnings) {
        JsonNode body;
        try {
            body = Json.MAPPER.readTree(ctx.bodyAsBytes());
        } catch (IOException e) {
            throw ApiException.badRequest("the body is not JSON: " + firstLine(e.getMessage()));
        }
        if (body == null || !body.isObject()) {
            throw ApiException.badRequest("the body is a JSON object {\"text\", \"id\"?, \"date\"?, \"title\"?, "
                    + "\"source\"?, \"url\"?}");
        }
        Set<String> known = Set.of("id", "text", "date", "title", "source", "url");
        List<String> unknown = new ArrayList<>();
        body.fieldNames().forEachRemaining(n -> {
            if (!known.contains(n)) {
                unknown.add(n);
            }
        });
        if (!unknown.isEmpty()) {
            throw ApiException.badRequest("unknown field(s) " + unknown + "; an article has " + new java.util.TreeSet<>(known));
        }
        String text = field(body, "text");
        if (text.isBlank()) {
            throw ApiException.badRequest("field 'text' is required and not blank");
        }
        if (text.length() > maxChars) {
            throw new ApiException(413, "the text has " + text.length() + " characters, more than " + maxChars);
        }
        String id = field(body, "id").strip();
        if (id.isEmpty()) {
            id = "web-" + TextHash.of(text).substring(0, 16);
        }
        if (id.length() > 200 || id.chars().anyMatch(Character::isISOControl)) {
            throw ApiException.badRequest("field 'id' is at most 200 characters, without control characters");
        }
        PublicationDate.Parsed date = PublicationDate.parse(field(body, "date"));
        date.problem().ifPresent(p -> warnings.add("field 'date': " + p));
        return new Article(id, text, date.date(), field(body, "title"), "", field(body, "source"), field(body, "url"));
    }

    private static String field(JsonNode body, String name) {
        JsonNode v = body.get(name);
        if (v == null || v.isNull()) {
            return "";
        }
        if (!v.isTextual()) {
            throw ApiException.badRequest("field '" + name + "' is a string");
        }
        return v.asText();
    }

    private static String actorPattern(String actor) {
        if (!actor.matches("[A-Za-z0-9]*")) {
            throw ApiException.badRequest("parameter 'actor' is an actor code (letters and digits), not '" + actor + "'");
        }
        return actor;
    }

    /**
     * Where the actor's words stand in the article: the first place they occur inside the mention's evidence
     * sentence (the store keeps the words, not their offsets); absent when they are not found there.
     */
    private static void span(Map<String, Object> m, String role, String text, int from, int to) {
        Object words = m.get(role + "_text");
        Integer start = null;
        if (words instanceof String w && !w.isEmpty() && from >= 0 && to <= text.length() && from < to) {
            int i = text.substring(from, to).indexOf(w);
            if (i >= 0) {
                start = from + i;
            }
        }
        m.put(role + "_start", start);
        m.put(role + "_end", start == null ? null : start + ((String) words).length());
    }

    private static int number(Object o) {
        return o instanceof Number n ? n.intValue() : -1;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** Sends a 200 answer and keeps it for the next identical request while the store stays as it was. */
    private void reply(Context ctx, long generation, Object body) {
        try {
            byte[] bytes = Json.MAPPER.writeValueAsBytes(body);
            cache.keep(ctx, generation, bytes);
            ctx.status(200).contentType("application/json").result(bytes);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void send(Context ctx, int status, Object body) {
        try {
            ctx.status(status).contentType("application/json").result(Json.MAPPER.writeValueAsString(body));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
