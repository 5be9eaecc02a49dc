package org.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dyad.article.Article;
import org.dyad.pipeline.CodedArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PloverJsonTest {

    @Test
    void contextComesFromTheIssuesItsSentencesName(@TempDir Path dir) throws Exception {
        try (EventStore store = EventStore.open(dir.resolve("pl.duckdb"))) {
            String t = "Georgia accused Armenia of mistreating refugees.";
            store.put(new CodedArticle(new Article("p1", t, Optional.of(LocalDate.of(2024, 6, 3)), "", "", "x", ""),
                    1, 8, List.of(PetrarchEventsTest.said("p1", 0, t, "112"))));
            String plain = "Georgia accused Armenia.";
            store.put(new CodedArticle(new Article("p2", plain, Optional.of(LocalDate.of(2024, 6, 5)), "", "", "x", ""),
                    1, 4, List.of(PetrarchEventsTest.said("p2", 0, plain, "111").withLocation(Optional.empty()))));
            StringWriter out = new StringWriter();
            Exports.write(store, ExportFormat.PLOVER, false, out);
            List<String> lines = out.toString().lines().toList();
            assertThat(lines).hasSize(2);
            ObjectMapper json = new ObjectMapper();
            JsonNode refugees = json.readTree(lines.stream().filter(l -> l.contains("refugees")).findFirst().orElseThrow());
            assertThat(refugees.get("context").toString()).isEqualTo("[\"migration\"]");
            assertThat(refugees.get("issues").toString()).isEqualTo("[\"REFUGEES\"]");
            JsonNode none = json.readTree(lines.stream().filter(l -> !l.contains("refugees")).findFirst().orElseThrow());
            assertThat(none.get("context").isArray()).isTrue();
            assertThat(none.get("context")).isEmpty();
        }
    }
}
