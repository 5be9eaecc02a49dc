package org.dyad.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Optional;
import org.dyad.event.Location;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PlaceGazetteerTest {
    private static PlaceGazetteer places;

    @BeforeAll
    static void load() {
        places = PlaceGazetteer.load();
    }

    @Test
    void holdsTheShippedSubsetOfGeoNames() {
        assertThat(places.size()).isBetween(25_000, 27_000);
        assertThat(PlaceGazetteer.load()).isSameAs(places);
    }

    @Test
    void bakuIsAzerbaijansCapitalWithItsCoordinates() {
        Place baku = places.find("Baku").orElseThrow();
        assertThat(baku.country()).isEqualTo("AZE");
        assertThat(baku.feature()).isEqualTo("PPLC");
        assertThat(baku.lat()).isCloseTo(40.4, within(0.1));
        assertThat(baku.lon()).isCloseTo(49.9, within(0.1));
    }

    @Test
    void tehranByItsNameAnAlternateNameOrInCapitals() {
        assertThat(places.find("Tehran")).map(Place::country).contains("IRN");
        assertThat(places.find("Teheran")).map(Place::name).contains("Tehran");
        assertThat(places.find("TEHRAN")).map(Place::name).contains("Tehran");
        assertThat(places.find("Tehran").orElseThrow().lat()).isCloseTo(35.7, within(0.1));
    }

    @Test
    void accentsAndTheirAbsenceMatchTheSamePlace() {
        assertThat(places.find("Gorazde")).map(Place::name).contains("Goražde");
        assertThat(places.find("Goražde")).map(Place::country).contains("BIH");
        assertThat(places.find("Bakı")).map(Place::name).contains("Baku");
    }

    @Test
    void anAmbiguousNameGoesToTheCountryTheSentenceNames() {
        assertThat(places.candidates("Tripoli")).extracting(Place::country).contains("LBY", "LBN");
        assertThat(places.find("Tripoli")).map(Place::country).contains("LBY");
        assertThat(places.find("Tripoli", CountryContext.sentence("LBN"))).map(Place::country).contains("LBN");
    }

    @Test
    void aCapitalIsNotGivenAwayToAVillageOfTheSentencesCountry() {
        assertThat(places.find("Paris", CountryContext.sentence("USA"))).map(Place::country).contains("FRA");
        assertThat(places.find("Rome", CountryContext.sentence("USA"))).map(Place::country).contains("ITA");
    }

    @Test
    void anExactNameBeatsAnotherPlacesAlternateName() {
        // GeoNames lists "Rome" among the alternate names of Washington, D.C.
        assertThat(places.find("Rome")).map(Place::country).contains("ITA");
        assertThat(places.find("Washington")).map(Place::name).contains("Washington, D.C.");
    }

    @Test
    void anUnknownNameFindsNothing() {
        assertThat(places.find("Qwertzuiopville")).isEmpty();
        assertThat(places.candidates("Qwertzuiopville")).isEmpty();
        assertThat(places.locate("Qwertzuiopville", CountryContext.none())).isEmpty();
    }

    @Test
    void aPlaceLocatesToItsCountryAndCoordinates() {
        Location baku = places.locate("Baku", CountryContext.none()).orElseThrow();
        assertThat(baku.text()).isEqualTo("Baku");
        assertThat(baku.country()).isEqualTo("AZE");
        assertThat(baku.lat()).hasValueSatisfying(v -> assertThat(v).isCloseTo(40.4, within(0.1)));
        assertThat(baku.lon()).hasValueSatisfying(v -> assertThat(v).isCloseTo(49.9, within(0.1)));
        assertThat(places.locate("New Delhi", CountryContext.none())).map(Location::country).contains("IND");
    }

    @Test
    void aCountryLocatesToTheCountryWithoutCoordinates() {
        assertThat(places.locate("Iran", CountryContext.none()))
                .contains(new Location("Iran", "IRN", Optional.empty(), Optional.empty()));
        assertThat(places.locate("United States", CountryContext.none())).map(Location::country).contains("USA");
    }

    @Test
    void aNationalityWordIsNoPlace() {
        assertThat(places.locate("Iranian", CountryContext.none())).isEmpty();
    }

    @Test
    void foldingIgnoresCaseAccentsAndHyphens() {
        assertThat(PlaceGazetteer.fold("Tel-Aviv")).isEqualTo("tel aviv");
        assertThat(PlaceGazetteer.fold("Bakı")).isEqualTo("baki");
        assertThat(PlaceGazetteer.fold("Washington, D.C.")).isEqualTo("washington, d c");
    }
}
