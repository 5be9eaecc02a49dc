package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dyad.store.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dyad bench serve} on a small store: it fills, serves, loads and reports; the figures go in the docs. */
class BenchServeCommandTest {
    @Test
    void aSmallRunReportsEveryEndpointWithoutErrorsAndKeepsTheStore(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("bench.duckdb");
        CodeCommandTest.Run r = CodeCommandTest.run("bench", "serve", "--events", "300", "--clients", "4",
                "--seconds", "2", "--db", db.toString());
        assertThat(r.exit()).as(r.err() + r.out()).isZero();
        JsonNode report = new ObjectMapper().readTree(r.out());
        assertThat(report.get("mentions").asLong()).isEqualTo(300);
        assertThat(report.get("errors").asLong()).isZero();
        assertThat(report.get("endpoints").fieldNames()).toIterable().contains("events?limit=50", "timeline",
                "network", "agreements", "article");
        for (JsonNode e : report.get("endpoints")) {
            assertThat(e.get("requests").asLong()).isPositive();
            assertThat(e.get("p99_ms").asDouble()).isGreaterThanOrEqualTo(e.get("p50_ms").asDouble());
        }
        try (EventStore kept = EventStore.openReadOnly(db)) {
            assertThat(kept.totals().mentions()).isEqualTo(300);
        }
        // a store this command filled is loaded again, without the cache this time; any other file is refused
        CodeCommandTest.Run again = CodeCommandTest.run("bench", "serve", "--db", db.toString(), "--clients", "2",
                "--seconds", "1", "--no-cache");
        assertThat(again.exit()).as(again.err()).isZero();
        JsonNode second = new ObjectMapper().readTree(again.out());
        assertThat(second.get("reused").asBoolean()).isTrue();
        assertThat(second.get("cache").asBoolean()).isFalse();
        Path other = Files.writeString(dir.resolve("other.duckdb"), "not a store");
        assertThat(CodeCommandTest.run("bench", "serve", "--db", other.toString()).exit()).isEqualTo(2);
    }
}
