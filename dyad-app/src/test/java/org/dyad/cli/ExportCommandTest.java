package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.cli.StoreCorpus.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.dyad.cli.StoreCorpus.Run;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dyad export} of the ingested {@link StoreCorpus} (9 mentions, 6 events), every format read back. */
class ExportCommandTest {
    @TempDir static Path dir;
    static String db;

    @BeforeAll
    static void ingest() {
        db = dir.resolve("x.duckdb").toString();
        Run r = run("ingest", "--db", db, "--progress", "none", StoreCorpus.write(dir).toString());
        assertThat(r.exit()).as(r.err()).isZero();
    }

    private static String export(String... args) {
        List<String> all = new ArrayList<>(List.of("export", "--db", db));
        all.addAll(List.of(args));
        Run r = run(all.toArray(String[]::new));
        assertThat(r.exit()).as(r.err()).isZero();
        return r.out();
    }

    private static List<JsonNode> lines(String text) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            out.add(new ObjectMapper().readTree(line));
        }
        return out;
    }

    @Test
    void jsonlEventsAndMentions() throws IOException {
        List<JsonNode> events = lines(export("--format", "jsonl"));
        assertThat(events).hasSize(6);
        assertThat(events.stream().mapToInt(e -> e.get("num_mentions").asInt()).sum()).isEqualTo(9);
        assertThat(events).extracting(e -> e.get("date").asText()).isSorted();
        List<JsonNode> mentions = lines(export("--format", "jsonl", "--mentions"));
        assertThat(mentions).hasSize(9);
        assertThat(mentions.get(0).fieldNames()).toIterable().contains("event_id", "doc_id", "evidence", "rule");
    }

    @Test
    void ploverParsesBack() throws IOException {
        Run r = run("export", "--db", db, "--format", "plover");
        assertThat(r.err()).contains("5 events written; 1 events without a PLOVER type left out"); // 016 has none
        List<JsonNode> events = lines(r.out());
        assertThat(events).hasSize(5);
        JsonNode signing = events.stream().filter(e -> e.get("cameo").asText().equals("057")).findFirst().orElseThrow();
        assertThat(signing.at("/event/0").asText()).isEqualTo("SUPPORT");
        assertThat(signing.at("/actor/0/code").asText()).isEqualTo("KAZ");
        assertThat(signing.at("/recipient/0/code").asText()).isEqualTo("UZB");
        assertThat(signing.get("event_text")).hasSize(2);
        assertThat(signing.at("/cite_info/url").asText()).isEqualTo("Steppe Daily");
    }

    @Test
    void csvParsesBack() throws IOException {
        CsvMapper csv = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<List<String>> it = csv.readerForListOf(String.class).readValues(export("--format", "csv"))) {
            it.forEachRemaining(rows::add);
        }
        assertThat(rows).hasSize(7);
        assertThat(rows.get(0)).startsWith("event_id", "date").contains("num_mentions", "num_sources", "num_articles");
        assertThat(rows).allSatisfy(r -> assertThat(r).hasSize(rows.get(0).size()));
    }

    @Test
    void gdeltRowsHave61Columns() throws IOException {
        Path out = dir.resolve("events.gdelt.tsv");
        export("--format", "gdelt", "--out", out.toString());
        List<String> rows = Files.readAllLines(out);
        assertThat(rows).hasSize(6);
        assertThat(rows).allSatisfy(r -> assertThat(r.split("\t", -1)).hasSize(61));
        String signing = rows.stream().filter(r -> r.contains("\t057\t")).findFirst().orElseThrow();
        String[] c = signing.split("\t", -1);
        assertThat(c[1]).isEqualTo("20240312");
        assertThat(c[5]).isEqualTo("KAZ");
        assertThat(c[15]).isEqualTo("UZB");
        assertThat(List.of(c).subList(26, 34)).containsExactly("057", "057", "05", "1", "8", "4", "2", "3");
        assertThat(c[60]).isEqualTo("Steppe Daily");
    }

    @Test
    void parquetReadBackByDuckDb() throws SQLException {
        Path out = dir.resolve("events.parquet");
        Run r = run("export", "--db", db, "--format", "parquet", "--out", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("6 events written");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*), sum(num_mentions) FROM '" + out + "'")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(6);
            assertThat(rs.getLong(2)).isEqualTo(9);
        }
    }

    @Test
    void usageErrors() {
        assertThat(run("export", "--db", db, "--format", "xml").err()).contains("unknown format 'xml'");
        assertThat(run("export", "--db", db, "--format", "parquet").err()).contains("parquet needs --out");
        assertThat(run("export", "--db", db, "--format", "gdelt", "--mentions").exit()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void aSparkOutputFolderExportsAsTheStore() throws Exception {
        Path parquet = ParquetLayout.write(Path.of(db), dir.resolve("spark-out"));
        for (String format : List.of("jsonl", "gdelt", "csv")) {
            Run r = run("export", "--parquet", parquet.toString(), "--format", format);
            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(r.out()).as(format).isEqualTo(export("--format", format));
        }
        Run mentions = run("export", "--parquet", parquet.toString(), "--mentions");
        assertThat(mentions.out()).isEqualTo(export("--mentions"));
    }
}
