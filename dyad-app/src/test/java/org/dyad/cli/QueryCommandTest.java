package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.cli.StoreCorpus.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyad.cli.StoreCorpus.Run;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dyad query} on the ingested {@link StoreCorpus}, its figures worked out by hand. */
class QueryCommandTest {
    @TempDir static Path dir;
    static String db;

    @BeforeAll
    static void ingest() {
        db = dir.resolve("q.duckdb").toString();
        Run r = run("ingest", "--db", db, "--progress", "none", StoreCorpus.write(dir).toString());
        assertThat(r.exit()).as(r.err()).isZero();
    }

    private static Run query(String... args) {
        List<String> all = new ArrayList<>(List.of("query"));
        all.addAll(List.of(args));
        all.addAll(List.of("--db", db));
        Run r = run(all.toArray(String[]::new));
        assertThat(r.exit()).as(r.err()).isZero();
        return r;
    }

    private static List<String> jsonRows(Run r, String... fields) throws IOException {
        List<String> rows = new ArrayList<>();
        for (JsonNode row : new ObjectMapper().readTree(r.out())) {
            List<String> cells = new ArrayList<>();
            for (String f : fields) {
                cells.add(row.get(f).asText());
            }
            rows.add(String.join(" ", cells));
        }
        return rows;
    }

    private static final String[] TIMELINE = {"period", "events", "a_to_b", "b_to_a", "verbal_coop", "material_coop",
            "verbal_conflict", "material_conflict", "goldstein_sum", "goldstein_mean", "mentions"};

    @Test
    void timelineOfKazakhstanAndUzbekistanByHand() throws IOException {
        // 12 March: the signing (057, +8, 4 mentions) and the praise (051, +3.4, 1 mention), both KAZ -> UZB.
        // 18 March: Uzbekistan criticizes Kazakhstan (111, -2). Kyrgyzstan's criticism and the Tajik border are
        // other dyads.
        assertThat(jsonRows(query("timeline", "--dyad", "KAZ:UZB", "--by", "day", "--format", "json"), TIMELINE))
                .containsExactly("2024-03-12 2 2 0 2 0 0 0 11.4 5.7 5", "2024-03-18 1 0 1 0 0 1 0 -2.0 -2.0 1");
        // ISO weeks: Tue 12 March is in W11, Mon 18 March starts W12.
        assertThat(jsonRows(query("timeline", "--dyad", "uzb:kaz", "--by", "week", "--format", "json"), TIMELINE))
                .containsExactly("2024-W11 2 0 2 2 0 0 0 11.4 5.7 5", "2024-W12 1 1 0 0 0 1 0 -2.0 -2.0 1");
        // March: 8 + 3.4 - 2 = 9.4 over 3 events = 3.13.
        assertThat(jsonRows(query("timeline", "--dyad", "KAZ:UZB", "--format", "json"), TIMELINE))
                .containsExactly("2024-03 3 2 1 2 0 1 0 9.4 3.13 6");
    }

    @Test
    void timelineAsATableAndAsCsv() {
        String table = query("timeline", "--dyad", "KAZ:UZB", "--by", "day").out();
        assertThat(table.lines().toList()).hasSize(4);
        assertThat(table.lines().findFirst().orElseThrow()).startsWith("period").contains("goldstein_mean");
        assertThat(table).contains("2024-03-12").contains("11.40");
        String csv = query("timeline", "--dyad", "KAZ:UZB", "--by", "day", "--format", "csv").out();
        assertThat(csv.lines().toList()).containsExactly(String.join(",", TIMELINE),
                "2024-03-12,2,2,0,2,0,0,0,11.4,5.7,5", "2024-03-18,1,0,1,0,0,1,0,-2.0,-2.0,1");
    }

    @Test
    void eventsByActorCodeAndDates() throws IOException {
        assertThat(jsonRows(query("events", "--actor", "UZB", "--code", "11", "--format", "json"),
                "date", "source", "cameo", "target", "articles"))
                .containsExactly("2024-03-13 KGZ 111 UZB 1", "2024-03-18 UZB 111 KAZ 1", "2024-04-01 UZB 112 TJK 1");
        assertThat(jsonRows(query("events", "--actor", "KAZ", "--code", "05", "--from", "2024-03-01", "--to",
                "2024-03-31", "--format", "json"), "cameo", "mentions", "sources", "articles"))
                .containsExactlyInAnyOrder("051 1 1 1", "057 4 2 3");
        JsonNode criticism = new ObjectMapper().readTree(query("events", "--actor", "KAZ", "--from", "2024-03-13",
                "--format", "json").out());
        assertThat(criticism).hasSize(1);
        assertThat(criticism.get(0).fieldNames()).toIterable().containsExactly("date", "event_id", "source", "cameo",
                "cameo_name", "target", "goldstein", "quad_class", "mentions", "sources", "articles", "doc_id",
                "evidence");
        assertThat(criticism.get(0).get("doc_id").asText()).isEqualTo("steppe-3");
        assertThat(criticism.get(0).get("evidence").asText())
                .isEqualTo("Uzbekistan criticized Kazakhstan on Monday for delays in releasing water from the reservoir.");
    }

    @Test
    void actorsAgreementsAndNetwork() throws IOException {
        // UZB: target of 057, 051, KGZ's 111, UZB->KAZ 111, source of 112 = 5 events; KAZ: 057, 051, 111 = 3.
        assertThat(jsonRows(query("actors", "--top", "2", "--format", "json"), "actor", "events", "as_source",
                "as_target", "mentions")).containsExactly("UZB 5 2 3 8", "KAZ 3 2 1 6");
        assertThat(jsonRows(query("agreements", "--format", "json"), "date", "party1", "party2", "cameo", "what",
                "doc_id", "articles", "mentions"))
                .containsExactly("2024-03-12 KAZ UZB 057 Sign formal agreement: signed steppe-1 3 4");
        assertThat(jsonRows(query("network", "--format", "json"), "source", "target", "events", "mentions",
                "goldstein_mean"))
                .containsExactly("KAZ UZB 2 5 5.7", "KGZ UZB 1 1 -2.0", "UZB KAZ 1 1 -2.0", "UZB TJK 1 1 -2.0");
    }

    @Test
    void usageErrors() {
        assertThat(run("query", "timeline", "--dyad", "KAZ", "--db", db).err()).contains("A:B");
        assertThat(run("query", "timeline", "--dyad", "KAZ:UZB", "--by", "year", "--db", db).err())
                .contains("unknown period 'year'");
        assertThat(run("query", "events", "--from", "March", "--db", db).err()).contains("--from 'March'");
        assertThat(run("query", "events", "--from", "2024-04-01", "--to", "2024-03-01", "--db", db).exit())
                .isEqualTo(ExitCodes.USAGE);
        Run missing = run("query", "actors", "--db", dir.resolve("none.duckdb").toString());
        assertThat(missing.exit()).isEqualTo(ExitCodes.STORE);
        assertThat(missing.err()).contains("no store at").contains("none.duckdb");
    }

    @Test
    void aSparkOutputFolderAnswersAsTheStore() throws Exception {
        Path parquet = ParquetLayout.write(Path.of(db), dir.resolve("spark-out"));
        List<List<String>> queries = List.of(List.of("timeline", "--dyad", "KAZ:UZB", "--by", "day"),
                List.of("events", "--actor", "KAZ"), List.of("actors"), List.of("agreements"),
                List.of("network", "--countries"));
        for (List<String> q : queries) {
            List<String> args = new ArrayList<>(List.of("query"));
            args.addAll(q);
            args.addAll(List.of("--format", "json", "--parquet", parquet.toString()));
            Run r = run(args.toArray(String[]::new));
            assertThat(r.exit()).as(r.err()).isZero();
            List<String> fromDb = new ArrayList<>(q);
            fromDb.addAll(List.of("--format", "json"));
            assertThat(r.out()).as(String.join(" ", q)).isEqualTo(query(fromDb.toArray(String[]::new)).out());
        }
        Run both = run("query", "actors", "--db", db, "--parquet", parquet.toString());
        assertThat(both.exit()).isEqualTo(2);
        assertThat(both.err()).contains("give --db FILE or --parquet DIR, not both");
        Run missing = run("query", "actors", "--parquet", dir.resolve("nothing").toString());
        assertThat(missing.exit()).as("a store that cannot be used").isEqualTo(ExitCodes.STORE);
        assertThat(missing.err()).contains("no Spark output folder at");
    }
}
