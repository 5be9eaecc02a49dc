package org.dyad.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The JSON API in-process: a real server on a loopback port, a real store, the real pipeline. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiTest {
    @TempDir static Path dir;
    WebFixture web;

    @BeforeAll
    void start() {
        web = new WebFixture(dir, Optional.empty()).ingestCorpus();
    }

    @AfterAll
    void stop() {
        web.close();
    }

    @Test
    void eventsArePagedWithFacets() {
        JsonNode all = web.json("/api/events");
        assertThat(all.get("total").asLong()).isGreaterThanOrEqualTo(4);
        assertThat(all.get("events")).hasSize(all.get("total").asInt());
        assertThat(all.get("facets").get("quad_class").get(0).get("count").asLong()).isPositive();
        // the signing, told by two outlets, is one event
        JsonNode signing = web.json("/api/events?actor=ARM&cameo=057").get("events");
        assertThat(signing).hasSize(1);
        assertThat(signing.get(0).get("source").asText()).isEqualTo("ARM");
        assertThat(signing.get(0).get("target").asText()).isEqualTo("GEO");
        assertThat(signing.get(0).get("sources").asInt()).isEqualTo(2);
        assertThat(signing.get(0).get("date").asText()).isEqualTo("2024-05-14");
        JsonNode page = web.json("/api/events?limit=1&offset=1");
        assertThat(page.get("events")).hasSize(1);
        assertThat(page.get("events").get(0).get("event_id")).isEqualTo(all.get("events").get(1).get("event_id"));
        assertThat(page.get("total")).isEqualTo(all.get("total"));
    }

    @Test
    void everyFilterNarrows() {
        JsonNode all = web.json("/api/events");
        long total = all.get("total").asLong();
        String plover = all.get("facets").get("plover_type").get(0).get("value").asText();
        assertThat(plover).matches("[A-Z]+");
        for (String q : List.of("from=2024-06-01", "to=2024-05-31", "country=GEO", "root=05", "quad=1", "plover=" + plover,
                "q=trade+agreement", "actor=aze")) {
            JsonNode r = web.json("/api/events?" + q);
            assertThat(r.get("total").asLong()).as(q).isPositive().isLessThan(total);
        }
        assertThat(web.json("/api/events?q=%3Cnothing%3E%27%20OR%201=1").get("total").asLong()).isZero();
    }

    @Test
    void eventHasMentionsAndEvidence() {
        String id = web.json("/api/events?actor=ARM&cameo=057").get("events").get(0).get("event_id").asText();
        JsonNode e = web.json("/api/events/" + id);
        assertThat(e.get("num_mentions").asInt()).isEqualTo(2);
        assertThat(e.get("mentions")).hasSize(2);
        assertThat(e.get("mentions").get(0).get("evidence_text").asText()).contains("signed a trade agreement");
        assertThat(e.get("mentions").get(0).get("trigger").asText()).isEqualTo("signed");
    }

    @Test
    void articleHasTextAndSpans() {
        JsonNode a = web.json("/api/articles/caucasus-1");
        String text = a.get("text").asText();
        assertThat(text).startsWith("Armenia signed");
        assertThat(a.get("title").asText()).isEqualTo("Trade pact");
        assertThat(a.get("mentions").size()).isGreaterThanOrEqualTo(2);
        for (JsonNode m : a.get("mentions")) {
            assertThat(text.substring(m.get("trigger_start").asInt(), m.get("trigger_end").asInt()))
                    .isEqualTo(m.get("trigger").asText());
            assertThat(text.substring(m.get("source_start").asInt(), m.get("source_end").asInt()))
                    .isEqualTo(m.get("source_text").asText());
        }
    }

    @Test
    void timelineNetworkAgreementsActors() {
        JsonNode t = web.json("/api/timeline?dyad=ARM:GEO&by=month");
        assertThat(t.get("periods").get(0).get("period").asText()).isEqualTo("2024-05");
        assertThat(t.get("periods").get(0).get("verbal_coop").asInt()
                + t.get("periods").get(0).get("material_coop").asInt()).isPositive();
        assertThat(web.json("/api/timeline?dyad=ARM:GEO&by=week").get("periods").get(0).get("period").asText())
                .isEqualTo("2024-W20");
        JsonNode net = web.json("/api/network?countries=true");
        assertThat(net.get("edges").size()).isGreaterThanOrEqualTo(2);
        JsonNode agr = web.json("/api/agreements?dyad=GEO:ARM").get("agreements");
        assertThat(agr).hasSize(1);
        assertThat(agr.get(0).get("articles").asInt()).isEqualTo(2);
        assertThat(web.json("/api/agreements?dyad=AZE:RUS").get("agreements")).isEmpty();
        assertThat(web.json("/api/actors?top=3").get("actors").get(0).get("actor").asText()).isEqualTo("ARM");
    }

    @Test
    void theTimelineHasEveryPeriodOfTheRangeWithZerosForEmptyOnes() {
        JsonNode weeks = web.json("/api/timeline?dyad=ARM:GEO&by=week").get("periods");
        List<String> labels = new ArrayList<>();
        weeks.forEach(w -> labels.add(w.get("period").asText()));
        assertThat(labels).containsExactly("2024-W20", "2024-W21", "2024-W22", "2024-W23");
        assertThat(weeks.get(1).get("events").asInt()).isZero();
        assertThat(weeks.get(1).get("goldstein_mean").isNull()).isTrue();
        JsonNode months = web.json("/api/timeline?dyad=ARM:GEO&from=2024-03-10&to=2024-08-01").get("periods");
        assertThat(months).hasSize(6);
        assertThat(months.get(0).get("period").asText()).isEqualTo("2024-03");
        assertThat(months.get(5).get("events").asInt()).isZero();
        assertThat(web.json("/api/timeline?dyad=ARM:GEO&from=2024-06-01").get("periods").get(0).get("period").asText())
                .isEqualTo("2024-06");
        assertThat(web.json("/api/timeline?dyad=AZE:KAZ").get("periods")).isEmpty();
        HttpResponse<String> tooMany = web.get("/api/timeline?dyad=ARM:GEO&by=day&from=1900-01-01");
        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(tooMany.body()).contains("more than 5000");
    }

    @Test
    void listsDownloadAsCsvForTheirFilters() {
        HttpResponse<String> all = web.get("/api/events?format=csv");
        HttpResponse<String> geo = web.get("/api/events?format=csv&actor=GEO&limit=10&offset=0");
        assertThat(all.statusCode()).isEqualTo(200);
        assertThat(all.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(all.headers().firstValue("Content-Disposition").orElse("")).contains("events.csv");
        List<String> rows = all.body().lines().toList();
        assertThat(rows.get(0)).startsWith("event_id,date,");
        assertThat(rows).hasSize(web.json("/api/events").get("total").asInt() + 1);
        assertThat(geo.body().lines().skip(1)).isNotEmpty().allSatisfy(r -> assertThat(r).contains("GEO"));
        assertThat(geo.body().lines().count()).isLessThan(rows.size());
        for (String path : List.of("/api/timeline?dyad=ARM:GEO&format=csv", "/api/network?format=csv",
                "/api/actors?format=csv", "/api/agreements?format=csv", "/api/places?format=csv",
                "/api/articles/caucasus-1?format=csv")) {
            HttpResponse<String> r = web.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).as(path).startsWith("text/csv");
            assertThat(r.body().lines().findFirst().orElse("")).as(path).contains(",");
        }
        String id = web.json("/api/events?actor=GEO").get("events").get(0).get("event_id").asText();
        assertThat(web.get("/api/events/" + id + "?format=csv").body()).startsWith("mention_id,");
        assertThat(web.get("/api/events?format=xml").statusCode()).isEqualTo(400);
    }

    @Test
    void agreementsNameTheirEventAndLiveReportsStoredArticles() {
        JsonNode agr = web.json("/api/agreements?dyad=GEO:ARM").get("agreements").get(0);
        JsonNode event = web.json("/api/events/" + agr.get("event_id").asText());
        assertThat(event.get("cameo").asText()).isEqualTo("057");
        JsonNode live = web.json("/api/live");
        assertThat(live.get("watching").asBoolean()).isFalse();
        assertThat(live.get("changes").asLong()).isGreaterThanOrEqualTo(4);
        assertThat(live.get("recent").get(0).get("from").asText()).isEqualTo("API");
        assertThat(web.json("/api/places").get("places").isArray()).isTrue();
    }

    @Test
    void badParametersAre400WithAMessage() {
        List<String[]> cases = new ArrayList<>();
        cases.add(new String[] {"/api/events?from=2024-13-01", "not a date"});
        cases.add(new String[] {"/api/events?from=2024-06-01&to=2024-01-01", "before it starts"});
        cases.add(new String[] {"/api/events?quad=7", "'quad' is 1 to 4"});
        cases.add(new String[] {"/api/events?limit=0", "'limit' is 1 to 500"});
        cases.add(new String[] {"/api/events?limit=ten", "not a whole number"});
        cases.add(new String[] {"/api/events?cameo=05;DROP", "up to 4 digits"});
        cases.add(new String[] {"/api/events?colour=red", "unknown parameter"});
        cases.add(new String[] {"/api/events?actor=A&actor=B", "2 times"});
        cases.add(new String[] {"/api/events/abc", "whole number"});
        cases.add(new String[] {"/api/timeline", "A:B"});
        cases.add(new String[] {"/api/timeline?dyad=ARM", "A:B"});
        cases.add(new String[] {"/api/timeline?dyad=ARM:GEO&by=year", "unknown period"});
        cases.add(new String[] {"/api/network?countries=maybe", "true or false"});
        cases.add(new String[] {"/api/network?actor=A'B", "actor code"});
        for (String[] c : cases) {
            HttpResponse<String> r = web.get(c[0]);
            assertThat(r.statusCode()).as(c[0]).isEqualTo(400);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
            JsonNode body = WebFixture.parse(r.body());
            assertThat(body.get("status").asInt()).isEqualTo(400);
            assertThat(body.get("error").asText()).as(c[0]).contains(c[1]);
        }
    }

    @Test
    void unknownIdsAndPathsAre404() {
        assertThat(web.get("/api/events/42").statusCode()).isEqualTo(404);
        HttpResponse<String> r = web.get("/api/articles/no-such-article");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(WebFixture.parse(r.body()).get("error").asText()).contains("no-such-article");
        assertThat(web.get("/api/nothing-here").statusCode()).isEqualTo(404);
    }

    @Test
    void badBodiesAreRefused() {
        assertThat(web.post("/api/code", "{not json", false).statusCode()).isEqualTo(400);
        assertThat(web.post("/api/code", "[1,2]", false).statusCode()).isEqualTo(400);
        assertThat(web.post("/api/code", "{\"id\":\"x\"}", false).body()).contains("'text' is required");
        assertThat(web.post("/api/code", "{\"text\":\"Hi.\",\"evil\":1}", false).body()).contains("unknown field");
        // longer than the text limit but within the body limit
        HttpResponse<String> long1 = web.post("/api/code", "{\"text\":\""
                + "a".repeat(org.dyad.pipeline.Limits.DEFAULTS.maxChars() + 1) + "\"}", false);
        assertThat(long1.statusCode()).isEqualTo(413);
        // a body over the request limit is refused before it is read
        WebFixture.RawResponse huge = web.postDeclaring("/api/articles", 2L * 1024 * 1024);
        assertThat(huge.statusCode()).isEqualTo(413);
        assertThat(WebFixture.parse(huge.body()).get("error").asText()).contains("limit");
        assertThat(web.get("/api/events?q=bbbb").statusCode()).isEqualTo(200);
    }

    @Test
    void aDateThatIsNotADateIsNoDateWithAWarningAndAnEmptyOneIsNoDateQuietly() {
        HttpResponse<String> r = web.post("/api/code",
                "{\"text\":\"Moldova praised Romania.\",\"date\":\"2022-13-45\"}", false);
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode body = WebFixture.parse(r.body());
        assertThat(body.get("warnings").toString()).contains("2022-13-45").contains("undated");
        assertThat(body.get("events")).isNotEmpty().allSatisfy(e -> {
            assertThat(e.get("date").isNull()).isTrue();
            assertThat(e.get("date_precision").asText()).isEqualTo("none");
        });
        HttpResponse<String> empty = web.post("/api/code", "{\"text\":\"Moldova praised Romania.\",\"date\":\"\"}",
                false);
        assertThat(WebFixture.parse(empty.body()).get("warnings")).isEmpty();
    }

    @Test
    void anUndatedArticleIsStoredAndListedAsUndated() {
        HttpResponse<String> r = web.post("/api/articles",
                "{\"id\":\"undated-1\",\"text\":\"Moldova criticised Romania.\"}", false);
        assertThat(r.statusCode()).isEqualTo(201);
        JsonNode a = web.json("/api/articles/undated-1");
        assertThat(a.get("published").isNull()).isTrue();
        assertThat(a.get("mentions")).isNotEmpty().allSatisfy(m -> assertThat(m.get("date").isNull()).isTrue());
        JsonNode events = web.json("/api/events?actor=MDA&limit=500").get("events");
        assertThat(events).anySatisfy(e -> assertThat(e.get("date").isNull()).isTrue());
        assertThat(web.json("/api/events?actor=MDA&from=2000-01-01").get("events"))
                .noneSatisfy(e -> assertThat(e.get("doc_id").asText()).isEqualTo("undated-1"));
    }

    @Test
    void codeStoresNothing() {
        long before = web.store.totals().articles();
        HttpResponse<String> r = web.post("/api/code",
                "{\"text\":\"Moldova signed a gas agreement with Romania on Friday.\",\"date\":\"2024-08-02\"}", false);
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode events = WebFixture.parse(r.body()).get("events");
        assertThat(events).isNotEmpty();
        assertThat(events.get(0).get("cameo").asText()).isEqualTo("057");
        assertThat(events.get(0).get("source").get("code").asText()).isEqualTo("MDA");
        assertThat(web.store.totals().articles()).isEqualTo(before);
    }

    @Test
    void reIngestIsUnchanged() {
        HttpResponse<String> r = web.post("/api/articles", WebFixture.corpus().get(0), false);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(WebFixture.parse(r.body()).get("status").asText()).isEqualTo("unchanged");
    }

    @Test
    void openApiDocumentsEveryEndpoint() {
        JsonNode doc = web.json("/api/openapi.json");
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        assertThat(doc.get("paths").fieldNames()).toIterable().contains("/api/events", "/api/events/{id}",
                "/api/articles/{id}", "/api/timeline", "/api/network", "/api/agreements", "/api/code", "/api/articles");
    }

    @Test
    void pagesAndWebJarsAreServedWithASecurityPolicy() {
        HttpResponse<String> index = web.get("/");
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.body()).contains("events.js");
        assertThat(index.headers().firstValue("Content-Security-Policy").orElse("")).contains("script-src 'self'");
        for (String page : List.of("/article.html", "/dyad.html", "/network.html", "/code.html", "/app.js",
                "/webjars/echarts/5.3.1/dist/echarts.min.js")) {
            assertThat(web.get(page).statusCode()).as(page).isEqualTo(200);
        }
    }

    @Test
    void beyondLoopbackATokenIsRequired() {
        assertThatThrownBy(() -> new WebServer.Options("0.0.0.0", 0, Optional.empty(), 1024))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("token");
        assertThatThrownBy(() -> new WebServer.Options("127.0.0.1", 0, Optional.of("short"), 1024))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("16 characters");
        try (WebFixture guarded = new WebFixture(dir.resolve("guarded"), Optional.of("s3cret-s3cret-s3cret"))) {
            String body = "{\"text\":\"Moldova praised Romania on Friday.\"}";
            HttpResponse<String> refused = guarded.post("/api/articles", body, false);
            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(guarded.post("/api/code", body, false).statusCode()).isEqualTo(401);
            assertThat(guarded.store.totals().articles()).isZero();
            assertThat(guarded.post("/api/articles", body, true).statusCode()).isEqualTo(201);
            assertThat(guarded.get("/api/events").statusCode()).isEqualTo(200); // reading needs no token
        }
    }

    @Test
    void aSparkOutputFolderIsServedReadOnly() throws Exception {
        Path ro = java.nio.file.Files.createDirectories(dir.resolve("read-only"));
        Path corpus = java.nio.file.Files.write(ro.resolve("corpus.jsonl"), WebFixture.corpus());
        Path db = ro.resolve("ro.duckdb");
        picocli.CommandLine cli = org.dyad.cli.Main.commandLine();
        cli.setOut(new java.io.PrintWriter(new java.io.StringWriter()));
        assertThat(cli.execute("ingest", "--db", db.toString(), "--progress", "none", corpus.toString())).isZero();
        Path out = org.dyad.cli.ParquetLayout.write(db, ro.resolve("spark-out"));
        try (WebFixture parquet = new WebFixture(org.dyad.store.EventStore.openParquet(out))) {
            assertThat(parquet.json("/api/events").get("total")).isEqualTo(web.json("/api/events").get("total"));
            JsonNode signing = parquet.json("/api/events?actor=ARM&cameo=057").get("events");
            assertThat(signing).hasSize(1);
            assertThat(signing.get(0).get("sources").asInt()).isEqualTo(2);
            assertThat(parquet.get("/api/events/" + signing.get(0).get("event_id").asText()).statusCode())
                    .isEqualTo(200);
            HttpResponse<String> refused = parquet.post("/api/articles", WebFixture.corpus().get(0), false);
            assertThat(refused.statusCode()).isEqualTo(405);
            assertThat(refused.body()).contains("read-only");
            assertThat(parquet.post("/api/code", WebFixture.corpus().get(0), false).statusCode()).isEqualTo(200);
        }
    }
}
