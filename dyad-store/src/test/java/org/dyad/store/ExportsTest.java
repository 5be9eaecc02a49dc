package org.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every export of {@link Fixtures#corpus} (9 mentions, 8 events) read back. */
class ExportsTest {
    @TempDir static Path dir;
    static EventStore store;

    @BeforeAll
    static void fill() {
        store = EventStore.open(dir.resolve("x.duckdb"));
        Fixtures.corpus(store);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static String export(ExportFormat f, boolean mentions) {
        StringWriter w = new StringWriter();
        Exports.write(store, f, mentions, w);
        return w.toString();
    }

    private static List<JsonNode> jsonLines(String text) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            out.add(new ObjectMapper().readTree(line));
        }
        return out;
    }

    @Test
    void jsonlHasTheContractFieldsCountsAndMentions() throws IOException {
        List<JsonNode> events = jsonLines(export(ExportFormat.JSONL, false));
        assertThat(events).hasSize(8);
        for (JsonNode e : events) {
            assertThat(e.fieldNames()).toIterable().contains("event_id", "doc_id", "sentence", "date", "source",
                    "target", "cameo", "cameo_root", "goldstein", "quad_class", "plover", "modality", "location",
                    "evidence", "rule", "num_mentions", "num_sources", "num_articles", "mentions");
            assertThat(e.get("mentions")).hasSize(e.get("num_mentions").asInt());
        }
        JsonNode signing = events.stream().filter(e -> e.get("cameo").asText().equals("057")
                && e.at("/source/code").asText().equals("AZEGOVMIL")).findFirst().orElseThrow();
        assertThat(signing.get("num_mentions").asInt()).isEqualTo(2);
        assertThat(signing.get("num_sources").asInt()).isEqualTo(2);
        assertThat(signing.get("num_articles").asInt()).isEqualTo(2);
        assertThat(signing.at("/source/sectors").toString()).isEqualTo("[\"GOV\",\"MIL\"]");
        assertThat(signing.at("/plover/type").asText()).isEqualTo("SUPPORT");
    }

    @Test
    void mentionsAreTheLinesDyadCodeWrites() throws IOException {
        List<JsonNode> mentions = jsonLines(export(ExportFormat.JSONL, true));
        assertThat(mentions).hasSize(9);
        assertThat(mentions.get(0).get("doc_id").asText()).isEqualTo("c1");
        assertThat(export(ExportFormat.CSV, true).split("\n")).hasSize(10);
        assertThatThrownBy(() -> export(ExportFormat.GDELT, true)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ploverHasItsRecommendedFields() throws IOException {
        List<JsonNode> events = jsonLines(export(ExportFormat.PLOVER, false));
        assertThat(events).hasSize(8);
        for (JsonNode e : events) {
            assertThat(e.fieldNames()).toIterable().contains("id", "date", "actor", "recipient", "event",
                    "event_text", "quad_code", "mode", "text", "text_info", "cite_info", "coder", "coded_date");
        }
        JsonNode threat = events.stream().filter(e -> e.at("/event/0").asText().equals("THREATEN"))
                .findFirst().orElseThrow();
        assertThat(threat.at("/actor/0/code").asText()).isEqualTo("IRN");
        assertThat(threat.at("/actor/0/sector").asText()).isEqualTo("MIL");
        assertThat(threat.at("/recipient/0/code").asText()).isEqualTo("AZE");
        assertThat(threat.get("quad_code").asInt()).isEqualTo(3);
        assertThat(threat.at("/mode/0").asText()).isEqualTo("violence");
    }

    @Test
    void csvParsesBackWithItsHeader() throws IOException {
        CsvMapper csv = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<List<String>> it = csv.readerForListOf(String.class)
                .readValues(export(ExportFormat.CSV, false))) {
            it.forEachRemaining(rows::add);
        }
        assertThat(rows).hasSize(9);
        assertThat(rows.get(0)).isEqualTo(EventCsv.COLUMNS);
        assertThat(rows.subList(1, 9)).allSatisfy(r -> assertThat(r).hasSize(EventCsv.COLUMNS.size()));
        int mentions = EventCsv.COLUMNS.indexOf("num_mentions");
        assertThat(rows.subList(1, 9).stream().mapToInt(r -> Integer.parseInt(r.get(mentions))).sum()).isEqualTo(9);
    }

    @Test
    void gdeltHas61TabSeparatedColumnsOnEveryRow() {
        String[] lines = export(ExportFormat.GDELT, false).split("\n");
        assertThat(lines).hasSize(8);
        for (String line : lines) {
            assertThat(line.split("\t", -1)).hasSize(61);
        }
        assertThat(GdeltTsv.COLUMNS).hasSize(61).startsWith("GlobalEventID", "Day", "MonthYear", "Year",
                "FractionDate", "Actor1Code").endsWith("ActionGeo_FeatureID", "DATEADDED", "SOURCEURL");
        String threat = java.util.Arrays.stream(lines).filter(l -> l.contains("\t138\t")).findFirst().orElseThrow();
        String[] c = threat.split("\t", -1);
        assertThat(c[GdeltTsv.COLUMNS.indexOf("Day")]).isEqualTo("20220210");
        assertThat(c[GdeltTsv.COLUMNS.indexOf("MonthYear")]).isEqualTo("202202");
        assertThat(c[GdeltTsv.COLUMNS.indexOf("FractionDate")]).isEqualTo("2022.1123");
        assertThat(c[GdeltTsv.COLUMNS.indexOf("Actor1Code")]).isEqualTo("IRNMIL");
        assertThat(c[GdeltTsv.COLUMNS.indexOf("Actor1CountryCode")]).isEqualTo("IRN");
        assertThat(c[GdeltTsv.COLUMNS.indexOf("Actor1Type1Code")]).isEqualTo("MIL");
        assertThat(c[GdeltTsv.COLUMNS.indexOf("Actor2Code")]).isEqualTo("AZE");
        assertThat(c[GdeltTsv.COLUMNS.indexOf("EventBaseCode")]).isEqualTo("138");
        assertThat(c[GdeltTsv.COLUMNS.indexOf("EventRootCode")]).isEqualTo("13");
        assertThat(c[GdeltTsv.COLUMNS.indexOf("QuadClass")]).isEqualTo("3");
        assertThat(c[GdeltTsv.COLUMNS.indexOf("GoldsteinScale")]).isEqualTo("-7");
        assertThat(c[GdeltTsv.COLUMNS.indexOf("NumMentions")]).isEqualTo("1");
        assertThat(c[GdeltTsv.COLUMNS.indexOf("IsRootEvent")]).isEqualTo("1");
        assertThat(c[GdeltTsv.COLUMNS.indexOf("ActionGeo_Type")]).isEqualTo("0");
        assertThat(c[GdeltTsv.COLUMNS.indexOf("DATEADDED")]).matches("\\d{14}");
        assertThat(c[GdeltTsv.COLUMNS.indexOf("SOURCEURL")]).isEqualTo("Caspian Wire");
    }

    @Test
    void parquetIsReadBackByDuckDb() throws SQLException {
        Path events = dir.resolve("events.parquet");
        Path mentions = dir.resolve("mentions.parquet");
        assertThat(Exports.parquet(store, false, events).rows()).isEqualTo(8);
        assertThat(Exports.parquet(store, true, mentions).rows()).isEqualTo(9);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
            assertThat(count(c, "SELECT count(*) FROM read_parquet(?)", events)).isEqualTo(8);
            assertThat(count(c, "SELECT sum(len(mentions)) FROM read_parquet(?)", events)).isEqualTo(9);
            assertThat(count(c, "SELECT sum(num_articles) FROM read_parquet(?) WHERE cameo = '057'", events))
                    .isEqualTo(3);
            assertThat(count(c, "SELECT count(*) FROM read_parquet(?)", mentions)).isEqualTo(9);
        }
    }

    private static long count(Connection c, String sql, Path file) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, file.toString());
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
