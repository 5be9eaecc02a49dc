package org.dyad.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * /api/openapi.json says what the routes do: the same paths and query parameters as the handlers take
 * ({@link Api#PARAMS}), and response schemas that real answers over the web corpus satisfy (OpenAPI 3.1's
 * schemas are JSON Schema 2020-12).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiTest {
    @TempDir static Path dir;
    WebFixture web;
    JsonNode doc;

    @BeforeAll
    void start() {
        web = new WebFixture(dir, Optional.empty()).ingestCorpus().ingestGapsCorpus();
        doc = web.json("/api/openapi.json");
    }

    @AfterAll
    void stop() {
        web.close();
    }

    @Test
    void everyRouteIsDocumentedWithExactlyTheParametersItTakes() {
        Set<String> documented = new HashSet<>();
        doc.get("paths").fieldNames().forEachRemaining(documented::add);
        assertThat(documented).isEqualTo(Api.PARAMS.keySet());
        for (Map.Entry<String, Set<String>> route : Api.PARAMS.entrySet()) {
            JsonNode ops = doc.get("paths").get(route.getKey());
            ops.fields().forEachRemaining(op -> {
                Set<String> query = new HashSet<>();
                op.getValue().path("parameters").forEach(p -> {
                    if (p.get("in").asText().equals("query")) {
                        query.add(p.get("name").asText());
                    }
                });
                assertThat(query).as(route.getKey()).isEqualTo(route.getValue());
                assertThat(op.getValue().get("responses").fieldNames()).toIterable().as(route.getKey())
                        .anyMatch(code -> code.startsWith("2"));
            });
        }
    }

    @Test
    void aParameterTheDocumentDoesNotNameIsRefused() {
        for (String path : List.of("/api/events", "/api/timeline?dyad=ARM:GEO", "/api/network", "/api/actors",
                "/api/agreements", "/api/places", "/api/live", "/api/gaps")) {
            HttpResponse<String> r = web.get(path + (path.contains("?") ? "&" : "?") + "undocumented=1");
            assertThat(r.statusCode()).as(path).isEqualTo(400);
        }
    }

    @Test
    void realAnswersFollowTheResponseSchemas() {
        String eventId = web.json("/api/events?actor=GEO").get("events").get(0).get("event_id").asText();
        List<String[]> cases = List.of(
                new String[] {"/api/events?limit=3", "EventPage"},
                new String[] {"/api/events/" + eventId, "Event"},
                new String[] {"/api/articles/caucasus-1", "ArticleDetail"},
                new String[] {"/api/timeline?dyad=ARM:GEO&by=week", "Timeline"},
                new String[] {"/api/network", "Network"},
                new String[] {"/api/actors", "Actors"},
                new String[] {"/api/agreements", "Agreements"},
                new String[] {"/api/places", "Places"},
                new String[] {"/api/live", "Live"});
        for (String[] c : cases) {
            JsonNode body = web.json(c[0]);
            assertThat(violations(c[1], body.toString())).as(c[0]).isEmpty();
        }
        assertThat(violations("Gaps", web.json("/api/gaps").toString())).as("/api/gaps while running").isEmpty();
        assertThat(violations("Gaps", web.gapsWhenReady("").toString())).as("/api/gaps").isEmpty();
        String coded = web.post("/api/code", "{\"text\": \"Moldova signed a gas agreement with Romania on Friday.\"}",
                false).body();
        assertThat(violations("CodeResult", coded)).isEmpty();
        assertThat(violations("Event", "{\"event_id\": 1}")).isNotEmpty();
    }

    /** Schema errors of {@code json} against components.schemas.{@code name}, references resolved in place. */
    private List<String> violations(String name, String json) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.set("$defs", doc.at("/components/schemas"));
        root.put("$ref", "#/$defs/" + name);
        String schemaText = root.toString().replace("#/components/schemas/", "#/$defs/");
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(schemaText, InputFormat.JSON);
        List<String> out = new ArrayList<>();
        for (Error e : schema.validate(json, InputFormat.JSON)) {
            out.add(e.getInstanceLocation() + ": " + e.getMessage());
        }
        return out;
    }
}
