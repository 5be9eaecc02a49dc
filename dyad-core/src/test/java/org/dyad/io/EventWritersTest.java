package org.dyad.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dyad.actor.Actor;
import org.dyad.event.Event;
import org.dyad.event.Evidence;
import org.dyad.event.Location;
import org.dyad.event.Modality;
import org.dyad.ontology.CameoCode;
import org.junit.jupiter.api.Test;

class EventWritersTest {

    private static final CameoCode SIGN = new CameoCode("057", "Sign formal agreement", "05", "057", 8.0, 1,
            Optional.of("SUPPORT"), Optional.empty());
    private static final String EVIDENCE = "The parties signed a protocol, \"outlining\" the meeting's outcomes.";

    private static Event event(Optional<Actor> target) {
        Actor aze = Actor.of("AZE", List.of("GOV", "MIL"), "Azerbaijani Defence Minister Col-Gen Zakir Hasanov",
                "Zakir Hasanov");
        return new Event("doc1-9-12-ab", "doc1", 9, Optional.of(LocalDate.of(2022, 1, 25)), "day", aze, target, SIGN, true,
                Modality.ASSERTED.withHistorical(Optional.of(Year.of(2021))),
                Optional.of(new Location("Iran", "IRN", Optional.of(32.0), Optional.empty())),
                new Evidence(EVIDENCE, 1234, 1234 + EVIDENCE.length(), "signed", 1246, 1252), "sign:057");
    }

    private static Optional<Actor> iran() {
        return Optional.of(Actor.of("IRN", List.of("GOV", "MIL"), "his Iranian counterpart",
                "Mohammad Reza Gharaei Ashtiani"));
    }

    private static String write(String format, Event... events) {
        StringWriter out = new StringWriter();
        try (EventWriter w = EventWriters.create(format, out)) {
            for (Event e : events) {
                w.write(e);
            }
        }
        return out.toString();
    }

    @Test
    void jsonlHasTheContractFieldsAndValues() throws IOException {
        String text = write("jsonl", event(iran()), event(Optional.empty()));
        String[] lines = text.split("\n");
        assertThat(lines).hasSize(2);
        assertThat(text).endsWith("}\n");

        ObjectMapper mapper = new ObjectMapper();
        JsonNode e = mapper.readTree(lines[0]);
        List<String> fields = new ArrayList<>();
        e.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsSubsequence("event_id", "doc_id", "sentence", "date", "source", "target",
                "cameo", "cameo_root", "goldstein", "quad_class", "plover", "modality", "location", "evidence",
                "rule");
        assertThat(fields).contains("date_precision", "cameo_name", "reciprocal");

        assertThat(e.get("event_id").asText()).isEqualTo("doc1-9-12-ab");
        assertThat(e.get("doc_id").asText()).isEqualTo("doc1");
        assertThat(e.get("sentence").isInt()).isTrue();
        assertThat(e.get("sentence").asInt()).isEqualTo(9);
        assertThat(e.get("date").asText()).isEqualTo("2022-01-25");
        assertThat(e.get("date_precision").asText()).isEqualTo("day");
        JsonNode src = e.get("source");
        assertThat(src.get("code").asText()).isEqualTo("AZEGOVMIL");
        assertThat(src.get("country").asText()).isEqualTo("AZE");
        assertThat(src.get("sectors")).extracting(JsonNode::asText).containsExactly("GOV", "MIL");
        assertThat(src.get("text").asText()).isEqualTo("Azerbaijani Defence Minister Col-Gen Zakir Hasanov");
        assertThat(src.get("name").asText()).isEqualTo("Zakir Hasanov");
        assertThat(e.get("target").get("code").asText()).isEqualTo("IRNGOVMIL");
        assertThat(e.get("target").get("name").asText()).isEqualTo("Mohammad Reza Gharaei Ashtiani");
        assertThat(e.get("cameo").asText()).isEqualTo("057");
        assertThat(e.get("cameo_root").asText()).isEqualTo("05");
        assertThat(e.get("cameo_name").asText()).isEqualTo("Sign formal agreement");
        assertThat(e.get("goldstein").isNumber()).isTrue();
        assertThat(e.get("goldstein").asDouble()).isEqualTo(8.0);
        assertThat(e.get("quad_class").asInt()).isEqualTo(1);
        assertThat(e.get("reciprocal").asBoolean()).isTrue();
        assertThat(e.get("plover").get("type").asText()).isEqualTo("SUPPORT");
        assertThat(e.get("plover").has("mode")).isTrue();
        assertThat(e.get("plover").get("mode").isNull()).isTrue();
        JsonNode mod = e.get("modality");
        assertThat(mod.get("negated").asBoolean()).isFalse();
        assertThat(mod.get("hypothetical").asBoolean()).isFalse();
        assertThat(mod.get("historical").asBoolean()).isTrue();
        assertThat(mod.get("historical_year").asInt()).isEqualTo(2021);
        JsonNode loc = e.get("location");
        assertThat(loc.get("text").asText()).isEqualTo("Iran");
        assertThat(loc.get("country").asText()).isEqualTo("IRN");
        assertThat(loc.get("lat").asDouble()).isEqualTo(32.0);
        assertThat(loc.get("lon").isNull()).isTrue();
        JsonNode ev = e.get("evidence");
        assertThat(ev.get("text").asText()).isEqualTo(EVIDENCE);
        assertThat(ev.get("start").asInt()).isEqualTo(1234);
        assertThat(ev.get("end").asInt()).isEqualTo(1234 + EVIDENCE.length());
        assertThat(ev.get("trigger").asText()).isEqualTo("signed");
        assertThat(ev.get("trigger_start").asInt()).isEqualTo(1246);
        assertThat(ev.get("trigger_end").asInt()).isEqualTo(1252);
        assertThat(e.get("rule").asText()).isEqualTo("sign:057");

        JsonNode oneSided = mapper.readTree(lines[1]);
        assertThat(oneSided.has("target")).isTrue();
        assertThat(oneSided.get("target").isNull()).isTrue();
    }

    @Test
    void jsonlNullsForEmptyLocationAndHistoricalYear() throws IOException {
        Event e = event(iran());
        Event plain = new Event(e.eventId(), e.docId(), e.sentence(), e.date(), e.datePrecision(), e.source(),
                e.target(), e.cameo(), false, Modality.ASSERTED, Optional.empty(), e.evidence(), e.rule());
        JsonNode n = new ObjectMapper().readTree(write("jsonl", plain));
        assertThat(n.get("location").isNull()).isTrue();
        assertThat(n.get("modality").get("historical_year").isNull()).isTrue();
    }

    @Test
    void csvRoundTripsQuotesAndCommas() throws IOException {
        String text = write("csv", event(iran()), event(Optional.empty()));

        CsvMapper csv = new CsvMapper();
        List<Map<String, String>> rows;
        try (MappingIterator<Map<String, String>> it = csv.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(text)) {
            rows = it.readAll();
        }
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).keySet()).containsExactlyElementsOf(CsvEventWriter.COLUMNS);
        Map<String, String> r = rows.get(0);
        assertThat(r.get("evidence_text")).isEqualTo(EVIDENCE);
        assertThat(r.get("source_code")).isEqualTo("AZEGOVMIL");
        assertThat(r.get("source_sectors")).isEqualTo("GOV MIL");
        assertThat(r.get("source_text")).isEqualTo("Azerbaijani Defence Minister Col-Gen Zakir Hasanov");
        assertThat(r.get("target_code")).isEqualTo("IRNGOVMIL");
        assertThat(r.get("cameo")).isEqualTo("057");
        assertThat(r.get("cameo_root")).isEqualTo("05");
        assertThat(r.get("location_country")).isEqualTo("IRN");
        assertThat(r.get("location_lat")).isEqualTo("32.0");
        assertThat(r.get("location_lon")).isEmpty();
        assertThat(r.get("cameo_name")).isEqualTo("Sign formal agreement");
        assertThat(Double.parseDouble(r.get("goldstein"))).isEqualTo(8.0);
        assertThat(r.get("plover_type")).isEqualTo("SUPPORT");
        assertThat(r.get("plover_mode")).isEmpty();
        assertThat(r.get("historical")).isEqualTo("true");
        assertThat(r.get("trigger")).isEqualTo("signed");
        assertThat(r.get("evidence_start")).isEqualTo("1234");
        assertThat(rows.get(1).get("target_code")).isEmpty();
        assertThat(rows.get(1).get("evidence_text")).isEqualTo(EVIDENCE);
    }

    @Test
    void csvHasAHeaderEvenWithoutEvents() {
        assertThat(write("csv")).isEqualTo(String.join(",", CsvEventWriter.COLUMNS) + "\n");
    }

    @Test
    void tableShowsCodesAndActors() {
        String table = write("table", event(iran()), event(Optional.empty()));
        String[] lines = table.split("\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).startsWith("DATE").contains("SOURCE", "CAMEO", "TARGET", "EVIDENCE");
        assertThat(lines[1]).contains("2022-01-25", "AZEGOVMIL", "057 Sign formal agreement", "IRNGOVMIL",
                "+8.0", "signed", "[hist]");
        assertThat(lines[2]).contains("AZEGOVMIL", " - ");
        assertThat(lines[1].indexOf("057")).isEqualTo(lines[0].indexOf("CAMEO"));
        assertThat(lines[1]).contains("\"outlining\" the meeting's outcomes.");
        assertThat(lines).allSatisfy(l -> assertThat(l).doesNotEndWith(" "));
    }

    @Test
    void tableCutsLongEvidence() {
        Event e = event(iran());
        String longText = "word ".repeat(60).strip();
        Event wordy = new Event(e.eventId(), e.docId(), e.sentence(), e.date(), e.datePrecision(), e.source(),
                e.target(), e.cameo(), false, Modality.ASSERTED, Optional.empty(),
                new Evidence(longText, 0, longText.length(), "word", 0, 4), e.rule());
        String row = write("table", wordy).split("\n")[1];
        assertThat(row).endsWith("...").hasSizeLessThan(longText.length());
    }

    @Test
    void tableSaysSoWhenEmpty() {
        assertThat(write("table")).isEqualTo("(no events)\n");
    }

    @Test
    void unknownFormatIsRejectedNamingTheValidOnes() {
        assertThatThrownBy(() -> EventWriters.create("xml", new StringWriter()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("xml")
                .hasMessageContaining("jsonl, csv, table");
    }

    @Test
    void writingAfterCloseFails() {
        EventWriter w = EventWriters.create("JSONL", new StringWriter());
        w.close();
        w.close();
        assertThatThrownBy(() -> w.write(event(iran()))).isInstanceOf(IllegalStateException.class);
    }
}
