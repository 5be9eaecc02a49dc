package org.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.dyad.actor.Actor;
import org.dyad.event.Event;
import org.dyad.event.Location;
import org.dyad.event.Modality;
import org.dyad.merge.EventKey;
import org.dyad.ontology.Cameo;
import org.junit.jupiter.api.Test;

class GdeltTsvTest {
    private static String cell(List<String> row, String column) {
        return row.get(GdeltTsv.COLUMNS.indexOf(column));
    }

    private static StoredEvent event(Event first, Optional<Location> location) {
        return new StoredEvent(EventKey.of(first).id(), EventKey.of(first), first.cameo(), 3, 2, 2, false, location,
                "https://example.org/a", Instant.parse("2022-01-26T08:30:05Z"), first, List.of(first));
    }

    @Test
    void anIgoIsAKnownGroupWithoutACountry() {
        Event e = Fixtures.mention("d", 2, "2022-12-31", "IRNGOV", null, "0311");
        Event igo = new Event(e.eventId(), e.docId(), e.sentence(), e.date(), e.datePrecision(),
                new Actor("IGOUNO", "IGO", List.of("IGO"), "the United Nations", ""), Optional.of(e.source()),
                e.cameo(), false, Modality.ASSERTED, Optional.empty(), e.evidence(), e.rule());
        List<String> row = GdeltTsv.row(event(igo, Optional.empty()));
        assertThat(row).hasSize(61);
        assertThat(cell(row, "Actor1Code")).isEqualTo("IGOUNO");
        assertThat(cell(row, "Actor1Name")).isEqualTo("the United Nations");
        assertThat(cell(row, "Actor1CountryCode")).isEmpty();
        assertThat(cell(row, "Actor1KnownGroupCode")).isEqualTo("UNO");
        assertThat(cell(row, "Actor1Type1Code")).isEqualTo("IGO");
        assertThat(cell(row, "Actor1Type2Code")).isEmpty();
        assertThat(cell(row, "Actor2CountryCode")).isEqualTo("IRN");
        assertThat(cell(row, "Actor2Type1Code")).isEqualTo("GOV");
        assertThat(cell(row, "FractionDate")).isEqualTo("2023.0000"); // day 365 of 365
        assertThat(cell(row, "EventCode")).isEqualTo("0311");
        assertThat(cell(row, "EventBaseCode")).isEqualTo("031");
        assertThat(cell(row, "GoldsteinScale")).isEqualTo("5.2");
        assertThat(cell(row, "NumSources")).isEqualTo("2");
        assertThat(cell(row, "AvgTone")).isEmpty();
        assertThat(cell(row, "DATEADDED")).isEqualTo("20220126083005");
        assertThat(cell(row, "SOURCEURL")).isEqualTo("https://example.org/a");
    }

    @Test
    void actionGeoIsTheEventsCountryInFips() {
        Event e = Fixtures.mention("d", 0, "2022-01-25", "AZEGOV", "IRNGOV", "057", Modality.ASSERTED,
                Optional.of(Location.of("Tehran", "IRN")));
        List<String> row = GdeltTsv.row(event(e, e.location()));
        assertThat(cell(row, "ActionGeo_Type")).isEqualTo("1");
        assertThat(cell(row, "ActionGeo_FullName")).isEqualTo("Tehran");
        assertThat(cell(row, "ActionGeo_CountryCode")).isEqualTo("IR");
        assertThat(cell(row, "ActionGeo_ADM1Code")).isEqualTo("IR");
        assertThat(cell(row, "ActionGeo_FeatureID")).isEqualTo("IR");
        assertThat(cell(row, "Actor1Geo_Type")).isEqualTo("0");
        Location point = new Location("Baku\tport", "AZE", Optional.of(40.4), Optional.of(49.9));
        List<String> located = GdeltTsv.row(event(e, Optional.of(point)));
        assertThat(cell(located, "ActionGeo_Type")).isEqualTo("4");
        assertThat(cell(located, "ActionGeo_FullName")).isEqualTo("Baku port");
        assertThat(cell(located, "ActionGeo_CountryCode")).isEqualTo("AJ");
        assertThat(cell(located, "ActionGeo_Lat")).isEqualTo("40.4");
        assertThat(String.join("\t", located).split("\t", -1)).hasSize(61);
        Location us = new Location("Houston", "USA", Optional.of(29.76), Optional.of(-95.36));
        List<String> american = GdeltTsv.row(event(e, Optional.of(us)));
        assertThat(cell(american, "ActionGeo_Type")).isEqualTo("3");
        assertThat(cell(american, "ActionGeo_CountryCode")).isEqualTo("US");
        assertThat(cell(american, "ActionGeo_Long")).isEqualTo("-95.36");
        assertThat(Cameo.load().require("057").goldstein()).isEqualTo(8.0);
    }

    @Test
    void aGazetteerPlaceHasItsAdm1CodeAndGeoNamesFeatureId() {
        Event e = Fixtures.mention("d", 0, "2022-01-25", "AZEGOV", "IRNGOV", "057");
        Location baku = new Location("Baku", "AZE", Optional.of(40.37767), Optional.of(49.89201));
        List<String> row = GdeltTsv.row(event(e, Optional.of(baku)));
        assertThat(cell(row, "ActionGeo_Type")).isEqualTo("4");
        assertThat(cell(row, "ActionGeo_ADM1Code")).isEqualTo("AJ09");
        assertThat(cell(row, "ActionGeo_FeatureID")).isEqualTo("587084");
        Location houston = new Location("Houston", "USA", Optional.of(29.76328), Optional.of(-95.36327));
        List<String> us = GdeltTsv.row(event(e, Optional.of(houston)));
        assertThat(cell(us, "ActionGeo_ADM1Code")).isEqualTo("USTX");
        assertThat(cell(us, "ActionGeo_FeatureID")).isEqualTo("4699066");
    }
}
