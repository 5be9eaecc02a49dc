package org.dyad.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kept answers on a running server: the same request gets the same answer until a write changes the store. */
class ResponseCacheTest {
    @TempDir Path dir;

    @Test
    void aWriteMakesEveryKeptAnswerStale() {
        try (WebFixture web = new WebFixture(dir, Optional.empty())) {
            String url = "/api/events?actor=MDA";
            assertThat(web.json(url).get("total").asLong()).isZero();
            assertThat(web.get(url).body()).isEqualTo(web.get(url).body());
            long generation = web.store.generation();
            assertThat(web.post("/api/articles", "{\"id\":\"m1\",\"text\":\"Moldova praised Romania.\","
                    + "\"date\":\"2024-08-02\"}", false).statusCode()).isEqualTo(201);
            assertThat(web.store.generation()).isGreaterThan(generation);
            assertThat(web.json(url).get("total").asLong()).isPositive();
        }
    }
}
