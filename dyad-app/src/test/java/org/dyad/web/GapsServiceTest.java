package org.dyad.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * GET /api/gaps in-process: a real server, a real store holding the web corpus and the gaps corpus, the real
 * pipeline coding the stored articles again on the service's own thread.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GapsServiceTest {
    @TempDir static Path dir;
    WebFixture web;

    @BeforeAll
    void start() {
        web = new WebFixture(dir, Optional.empty()).ingestCorpus().ingestGapsCorpus();
    }

    @AfterAll
    void stop() {
        web.close();
    }

    private static List<String> names(JsonNode g) {
        List<String> out = new ArrayList<>();
        g.at("/actors/rows").forEach(r -> out.add(r.get("name").asText()));
        g.at("/verbs/rows").forEach(r -> out.add(r.get("verb").asText()));
        return out;
    }

    @Test
    void theStoredArticlesAreCodedAgainOnceAndAgainWhenTheStoreChanges() {
        JsonNode first = web.json("/api/gaps");
        assertThat(first.get("state").asText()).isEqualTo("running");
        assertThat(first.get("total").asInt()).isEqualTo(8);
        JsonNode g = web.gapsWhenReady("");
        assertThat(g.get("articles").asInt()).isEqualTo(8);
        assertThat(g.get("coded").asInt()).isEqualTo(8);
        assertThat(g.get("failed").asInt()).isZero();
        assertThat(g.get("placeholder").asText()).isEqualTo("???");
        JsonNode zawadi = null;
        for (JsonNode r : g.at("/actors/rows")) {
            if (r.get("name").asText().equals("Zawadi Mwangaza")) {
                zawadi = r;
            }
        }
        assertThat(zawadi).isNotNull();
        assertThat(zawadi.get("code").asText()).isEqualTo("KENGOV");
        assertThat(zawadi.get("line").asText()).isEqualTo("ZAWADI_MWANGAZA_\tZAWADI_MWANGAZA_\tKENGOV\t\t\t");
        assertThat(zawadi.get("examples").get(0).get("doc_id").asText()).isEqualTo("g2");
        assertThat(g.at("/actors/header").asText()).isEqualTo("actor\tphrase\tcode\tfrom\tto\tsource");
        assertThat(names(g)).contains("Okello Kabaziguruka", "upbraid", "taunt", "befriend").doesNotContain("outflank");
        assertThat(web.json("/api/gaps")).as("the store did not change: the same answer").isEqualTo(g);

        String body = "{\"id\": \"g5\", \"date\": \"2024-03-08\", \"text\": \"Kenya outflanked Uganda at the talks.\"}";
        assertThat(web.post("/api/articles", body, false).statusCode()).isEqualTo(201);
        JsonNode stale = web.json("/api/gaps");
        assertThat(stale.get("state").asText()).isEqualTo("running");
        assertThat(stale.get("articles").asInt()).as("the last run's lists meanwhile").isEqualTo(8);
        JsonNode again = web.gapsWhenReady("");
        assertThat(again.get("articles").asInt()).isEqualTo(9);
        assertThat(names(again)).contains("outflank", "upbraid");
    }

    @Test
    void topLimitsTheRowsAndBadParametersAreRefused() {
        JsonNode all = web.gapsWhenReady("");
        JsonNode one = web.gapsWhenReady("?top=1");
        assertThat(one.at("/actors/rows")).hasSize(1);
        assertThat(one.at("/verbs/rows")).hasSize(1);
        assertThat(one.at("/actors/distinct")).isEqualTo(all.at("/actors/distinct"));
        for (String bad : List.of("?top=0", "?top=x", "?top=1001", "?format=csv")) {
            assertThat(web.get("/api/gaps" + bad).statusCode()).as(bad).isEqualTo(400);
        }
    }
}
