package org.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.dyad.event.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store's tables written as Parquet in the Spark job's layout (articles/, mentions/, events/, meta/) read back as a
 * store: the same mentions, events and query answers.
 */
class ParquetStoreTest {
    @TempDir Path dir;

    /** Writes {@code store}'s tables under {@code out} as the job lays them out, with DuckDB. */
    private static void writeLayout(EventStore store, Path out, String... skip) throws Exception {
        List<String> skipped = List.of(skip);
        String[][] tables = {{"article", "articles"}, {"mention", "mentions"}, {"event", "events"}, {"meta", "meta"}};
        try (Statement s = store.connection().createStatement()) {
            for (String[] t : tables) {
                if (skipped.contains(t[1])) {
                    continue;
                }
                Files.createDirectories(out.resolve(t[1]));
                s.execute("COPY (SELECT * FROM " + t[0] + ") TO '" + out.resolve(t[1]).resolve("part-0.parquet")
                        + "' (FORMAT parquet)");
            }
        }
    }

    @Test
    void aParquetFolderReadsAsTheStoreItWasWrittenFrom() throws Exception {
        Path out = dir.resolve("out");
        List<Event> mentions = new ArrayList<>();
        List<StoredEvent> events = new ArrayList<>();
        ResultTable actors;
        ResultTable timeline;
        try (EventStore s = EventStore.open(dir.resolve("s.duckdb"))) {
            Fixtures.corpus(s);
            s.mentions(mentions::add);
            s.events(events::add);
            actors = new Queries(s).actors(10, DateRange.ALL);
            timeline = new Queries(s).timeline("AZE", "IRN", Period.DAY, DateRange.ALL);
            writeLayout(s, out);
        }
        try (EventStore p = EventStore.openParquet(out)) {
            assertThat(p.readOnly()).isTrue();
            assertThat(p.totals()).isEqualTo(new EventStore.Totals(3, 9, 8, 8));
            List<Event> readMentions = new ArrayList<>();
            p.mentions(readMentions::add);
            assertThat(readMentions).isEqualTo(mentions);
            List<StoredEvent> readEvents = new ArrayList<>();
            p.events(readEvents::add);
            assertThat(readEvents).isEqualTo(events);
            assertThat(new Queries(p).actors(10, DateRange.ALL).rows()).isEqualTo(actors.rows());
            assertThat(new Queries(p).timeline("AZE", "IRN", Period.DAY, DateRange.ALL).rows())
                    .isEqualTo(timeline.rows());
            assertThatThrownBy(() -> p.put(Fixtures.coded(Fixtures.article("x", "x", null, "w"))))
                    .isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void undatedEventsReadBackUndatedAndPerArticle() throws Exception {
        Path out = dir.resolve("undated-out");
        List<StoredEvent> events = new ArrayList<>();
        ResultTable listed;
        ResultTable timeline;
        try (EventStore s = EventStore.open(dir.resolve("undated.duckdb"))) {
            s.put(Fixtures.coded(Fixtures.article("u1", "undated one", null, "Wire A"),
                    Fixtures.undated("u1", 0, "AZEGOVMIL", "IRNGOVMIL", "057"),
                    Fixtures.undated("u1", 1, "AZEGOVMIL", "IRNGOVMIL", "057")));
            s.put(Fixtures.coded(Fixtures.article("u2", "undated two", null, "Wire B"),
                    Fixtures.undated("u2", 0, "AZEGOVMIL", "IRNGOVMIL", "057")));
            s.put(Fixtures.coded(Fixtures.article("d1", "dated", "2022-01-25", "Wire A"),
                    Fixtures.mention("d1", 0, "2022-01-25", "AZEGOVMIL", "IRNGOVMIL", "057")));
            s.events(events::add);
            listed = new Queries(s).events("", "", DateRange.ALL, 10);
            timeline = new Queries(s).timeline("AZE", "IRN", Period.DAY, DateRange.ALL);
            writeLayout(s, out);
        }
        assertThat(events).hasSize(3).filteredOn(e -> e.date().isEmpty()).hasSize(2)
                .allSatisfy(e -> assertThat(e.key().text()).startsWith("undated:"));
        try (EventStore p = EventStore.openParquet(out)) {
            List<StoredEvent> read = new ArrayList<>();
            p.events(read::add);
            assertThat(read).isEqualTo(events);
            assertThat(new Queries(p).events("", "", DateRange.ALL, 10).rows()).isEqualTo(listed.rows()).hasSize(3);
            assertThat(new Queries(p).timeline("AZE", "IRN", Period.DAY, DateRange.ALL).rows())
                    .as("undated events are in no period").isEqualTo(timeline.rows()).hasSize(1);
        }
    }

    @Test
    void anUnfinishedOrForeignFolderIsRefusedByName() throws Exception {
        assertThatThrownBy(() -> EventStore.openParquet(dir.resolve("none")))
                .isInstanceOf(StoreException.class).hasMessageContaining("no Spark output folder");
        Path out = dir.resolve("unfinished");
        try (EventStore s = EventStore.open(dir.resolve("u.duckdb"))) {
            Fixtures.corpus(s);
            writeLayout(s, out, "meta");
        }
        assertThatThrownBy(() -> EventStore.openParquet(out))
                .isInstanceOf(StoreException.class).hasMessageContaining("no meta/*.parquet");
        Path other = dir.resolve("other");
        Files.createDirectories(other.resolve("events"));
        try (EventStore s = EventStore.open(dir.resolve("o.duckdb")); Statement st = s.connection().createStatement()) {
            writeLayout(s, other, "events");
            st.execute("COPY (SELECT 1 AS event_id) TO '" + other.resolve("events/part-0.parquet") + "' (FORMAT parquet)");
        }
        assertThatThrownBy(() -> EventStore.openParquet(other))
                .isInstanceOf(StoreException.class).hasMessageContaining("does not have the store's event columns");
    }
}
