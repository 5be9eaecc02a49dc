package org.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.store.Fixtures.article;
import static org.dyad.store.Fixtures.coded;
import static org.dyad.store.Fixtures.mention;
import static org.dyad.store.Fixtures.undated;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Articles without a publication date give undated events (precision {@code none}): the store keeps them with no
 * date, merges them only within their article, and every export and query says "no date" rather than a made-up day.
 */
class UndatedEventsTest {
    @TempDir Path dir;

    private EventStore store() {
        EventStore s = EventStore.open(dir.resolve("u.duckdb"));
        s.put(coded(article("u1", "undated one", null, "Wire A"),
                undated("u1", 0, "AZEGOVMIL", "IRNGOVMIL", "057"),
                undated("u1", 1, "AZEGOVMIL", "IRNGOVMIL", "057")));
        s.put(coded(article("u2", "undated two", null, "Wire B"),
                undated("u2", 0, "AZEGOVMIL", "IRNGOVMIL", "057")));
        s.put(coded(article("d1", "dated", "2022-01-25", "Wire A"),
                mention("d1", 0, "2022-01-25", "AZEGOVMIL", "IRNGOVMIL", "057")));
        return s;
    }

    private static List<StoredEvent> events(EventStore s) {
        List<StoredEvent> out = new ArrayList<>();
        s.events(out::add);
        return out;
    }

    @Test
    void undatedMentionsMergeWithinTheirArticleOnlyAndKeepNoDate() {
        try (EventStore s = store()) {
            List<StoredEvent> events = events(s);
            assertThat(events).hasSize(3);
            assertThat(events.get(0).date()).contains(LocalDate.of(2022, 1, 25));
            List<StoredEvent> undated = events.subList(1, 3);
            assertThat(undated).allSatisfy(e -> {
                assertThat(e.date()).isEmpty();
                assertThat(e.key().precision()).isEqualTo("none");
                assertThat(e.key().text()).startsWith("undated:");
            });
            assertThat(undated).extracting(StoredEvent::numMentions).containsExactlyInAnyOrder(2, 1);
            assertThat(undated).extracting(StoredEvent::numArticles).containsOnly(1);
        }
    }

    @Test
    void exportsSayNoDate() throws Exception {
        try (EventStore s = store()) {
            ObjectMapper json = new ObjectMapper();
            List<JsonNode> jsonl = new ArrayList<>();
            for (String line : export(s, ExportFormat.JSONL, false).split("\n")) {
                jsonl.add(json.readTree(line));
            }
            assertThat(jsonl).extracting(n -> n.get("date").isNull()).containsExactly(false, true, true);
            assertThat(jsonl.get(1).get("date_precision").asText()).isEqualTo("none");
            assertThat(jsonl.get(1).at("/mentions/0/date").isNull()).isTrue();
            for (String line : export(s, ExportFormat.JSONL, true).split("\n")) {
                JsonNode m = json.readTree(line);
                assertThat(m.get("date").isNull()).isEqualTo(!m.get("doc_id").asText().equals("d1"));
            }
            String plover = export(s, ExportFormat.PLOVER, false);
            assertThat(plover).doesNotContain("2030");
            assertThat(json.readTree(plover.split("\n")[1]).get("date").isNull()).isTrue();
            String[] csv = export(s, ExportFormat.CSV, false).split("\n");
            assertThat(csv[2]).startsWith(csv[2].substring(0, csv[2].indexOf(',')) + ",,none,");
            String[] gdelt = export(s, ExportFormat.GDELT, false).split("\n");
            assertThat(gdelt[1].split("\t", -1)).satisfies(c -> {
                assertThat(c[1]).isEmpty();
                assertThat(c[2]).isEmpty();
                assertThat(c[3]).isEmpty();
                assertThat(c[4]).isEmpty();
            });
            Path parquet = dir.resolve("e.parquet");
            Exports.parquet(s, false, parquet);
            assertThat(Files.size(parquet)).isPositive();
            assertThat(String.join("\n", export(s, ExportFormat.CSV, true))).doesNotContain("2030");
        }
    }

    @Test
    void queriesListUndatedEventsUnlessADateRangeIsAsked() {
        try (EventStore s = store()) {
            Browse b = new Browse(s);
            EventFilter all = new EventFilter(DateRange.ALL, "", "", "", "", Optional.empty(), "", "");
            Browse.Page page = b.events(all, 10, 0);
            assertThat(page.total()).isEqualTo(3);
            assertThat(page.events().rows().get(0).get(1)).isEqualTo(LocalDate.of(2022, 1, 25));
            assertThat(page.events().rows().get(2).get(1)).isNull();
            EventFilter january = new EventFilter(new DateRange(Optional.of(LocalDate.of(2022, 1, 1)),
                    Optional.empty()), "", "", "", "", Optional.empty(), "", "");
            assertThat(b.events(january, 10, 0).total()).isEqualTo(1);
            Queries q = new Queries(s);
            assertThat(q.events("AZE", "", DateRange.ALL, 0).rows()).hasSize(3);
            assertThat(q.agreements("AZE", DateRange.ALL).rows()).hasSize(3);
            assertThat(q.timeline("AZE", "IRN", Period.MONTH, DateRange.ALL).rows()).singleElement()
                    .satisfies(r -> assertThat(r.get(0)).isEqualTo("2022-01"));
            assertThat(q.network("AZE", false, 10, DateRange.ALL).rows().get(0).get(2)).isEqualTo(3L);
            assertThat(q.actors(10, DateRange.ALL).rows().get(0).get(3)).isEqualTo(3L);
        }
    }

    @Test
    void aVersionOneStoreIsMigratedWhenOpenedForWriting() throws Exception {
        Path file = storeWithOneMentionThen("v1.duckdb", // make it what version 1 wrote
                "UPDATE meta SET value = '1' WHERE key = 'schema_version'",
                "DELETE FROM mention WHERE date IS NULL",
                "ALTER TABLE mention ALTER COLUMN date SET NOT NULL",
                "ALTER TABLE mention DROP COLUMN confidence");
        try (EventStore s = EventStore.openReadOnly(file)) {
            assertThat(s.totals().events()).isEqualTo(1);
        }
        try (EventStore s = EventStore.open(file)) {
            s.put(coded(article("u1", "undated", null, "Wire A"), undated("u1", 0, "AZEGOVMIL", "IRNGOVMIL", "057")));
            assertThat(s.totals().events()).isEqualTo(2);
        }
    }

    @Test
    void aVersionTwoStoreWithoutTheConfidenceColumnGainsItWhenOpenedForWriting() throws Exception {
        Path file = storeWithOneMentionThen("v2-early.duckdb", // what the version-2 build before the column wrote
                "ALTER TABLE mention DROP COLUMN confidence");
        try (EventStore s = EventStore.open(file)) {
            assertThat(new Queries(s).events("AZE", "", DateRange.ALL, 0).rows()).hasSize(1);
            s.put(coded(article("d2", "dated too", "2022-01-25", "Wire A"),
                    mention("d2", 0, "2022-01-25", "AZEGOVMIL", "IRNGOVMIL", "057")));
            assertThat(s.totals().events()).isEqualTo(1);
            assertThat(s.totals().mentions()).isEqualTo(2);
        }
    }

    /** A store of one dated mention, then changed by {@code sql} to look like what an earlier version wrote. */
    private Path storeWithOneMentionThen(String name, String... sql) throws Exception {
        Path file = dir.resolve(name);
        try (EventStore s = EventStore.open(file)) {
            s.put(coded(article("d1", "dated", "2022-01-25", "Wire A"),
                    mention("d1", 0, "2022-01-25", "AZEGOVMIL", "IRNGOVMIL", "057")));
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
             Statement st = c.createStatement()) {
            for (String q : sql) {
                st.execute(q);
            }
        }
        return file;
    }

    private static String export(EventStore s, ExportFormat f, boolean mentions) {
        StringWriter w = new StringWriter();
        Exports.write(s, f, mentions, w);
        return w.toString();
    }
}
