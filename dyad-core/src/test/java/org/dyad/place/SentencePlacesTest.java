package org.dyad.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import org.dyad.actor.CountryGazetteer;
import org.dyad.event.Location;
import org.dyad.text.SentenceBuilder;
import org.junit.jupiter.api.Test;

/** Places in hand-made basic UD parses (as CoreNLP gives them), and the one an event at a trigger took place in. */
class SentencePlacesTest {
    private static SentencePlaces find(SentenceBuilder b) {
        return SentencePlaces.find(b.build(), PlaceGazetteer.load(), CountryGazetteer.load(), Set.of());
    }

    private static Optional<Location> at(SentenceBuilder b, int trigger, boolean movement) {
        return find(b).at(trigger, movement).map(SentencePlaces.Mention::location);
    }

    private static Optional<String> country(SentenceBuilder b, int trigger) {
        return at(b, trigger, false).map(Location::country);
    }

    @Test
    void aPlaceOnTheTriggersArgumentIsTheEventsEvenWhenTheActorIsFromElsewhere() {
        SentenceBuilder b = new SentenceBuilder("The Iranian minister met his Azerbaijani counterpart in Baku.")
                .t("The", "the", "DT").t("Iranian", "Iranian", "JJ").t("minister", "minister", "NN")
                .t("met", "meet", "VBD").t("his", "he", "PRP$").t("Azerbaijani", "Azerbaijani", "JJ")
                .t("counterpart", "counterpart", "NN").t("in", "in", "IN").t("Baku", "Baku", "NNP", "LOCATION")
                .t(".", ".", ".")
                .root(3).d(2, 0, "det").d(2, 1, "amod").d(3, 2, "nsubj").d(6, 4, "nmod:poss").d(6, 5, "amod")
                .d(3, 6, "obj").d(8, 7, "case").d(3, 8, "obl").d(3, 9, "punct");
        Location l = at(b, 3, false).orElseThrow();
        assertThat(l.text()).isEqualTo("Baku");
        assertThat(l.country()).isEqualTo("AZE");
        assertThat(l.lat()).isPresent();
    }

    @Test
    void aPlaceThatIsAnActorIsNoLocation() {
        SentenceBuilder b = new SentenceBuilder("Tehran condemned the attack.")
                .t("Tehran", "Tehran", "NNP", "LOCATION").t("condemned", "condemn", "VBD").t("the", "the", "DT")
                .t("attack", "attack", "NN").t(".", ".", ".")
                .root(1).d(1, 0, "nsubj").d(3, 2, "det").d(1, 3, "obj").d(1, 4, "punct");
        assertThat(find(b).mentions()).isEmpty();
        assertThat(at(b, 1, false)).isEmpty();
    }

    @Test
    void aPlaceInARelativeClauseOnAnActorIsNotTheEvents() {
        SentenceBuilder b = new SentenceBuilder("The minister, who was born in Tabriz, met the envoy.")
                .t("The", "the", "DT").t("minister", "minister", "NN").t(",", ",", ",").t("who", "who", "WP")
                .t("was", "be", "VBD").t("born", "bear", "VBN").t("in", "in", "IN")
                .t("Tabriz", "Tabriz", "NNP", "LOCATION").t(",", ",", ",").t("met", "meet", "VBD")
                .t("the", "the", "DT").t("envoy", "envoy", "NN").t(".", ".", ".")
                .root(9).d(1, 0, "det").d(9, 1, "nsubj").d(1, 2, "punct").d(5, 3, "nsubj:pass").d(5, 4, "aux:pass")
                .d(1, 5, "acl:relcl").d(7, 6, "case").d(5, 7, "obl").d(1, 8, "punct").d(11, 10, "det")
                .d(9, 11, "obj").d(9, 12, "punct");
        assertThat(find(b).mentions()).extracting(m -> m.location().text()).containsExactly("Tabriz");
        assertThat(at(b, 9, false)).isEmpty();
        assertThat(country(b, 5)).contains("IRN");
    }

    @Test
    void aPlaceDeepInsideAnArgumentIsNotTheEventsButItsNounsOwn() {
        SentenceBuilder b = new SentenceBuilder("Moscow condemned the raid on Kharkiv, a city in eastern Ukraine.")
                .t("Moscow", "Moscow", "NNP", "LOCATION").t("condemned", "condemn", "VBD").t("the", "the", "DT")
                .t("raid", "raid", "NN").t("on", "on", "IN").t("Kharkiv", "Kharkiv", "NNP", "LOCATION")
                .t(",", ",", ",").t("a", "a", "DT").t("city", "city", "NN").t("in", "in", "IN")
                .t("eastern", "eastern", "JJ").country("Ukraine").t(".", ".", ".")
                .root(1).d(1, 0, "nsubj").d(3, 2, "det").d(1, 3, "obj").d(5, 4, "case").d(3, 5, "nmod")
                .d(5, 6, "punct").d(8, 7, "det").d(5, 8, "appos").d(11, 9, "case").d(11, 10, "amod")
                .d(8, 11, "nmod").d(1, 12, "punct");
        assertThat(at(b, 1, false)).isEmpty();
        assertThat(country(b, 3)).contains("UKR");
    }

    @Test
    void aPlaceNamedThroughAPlaceNoun() {
        SentenceBuilder b = new SentenceBuilder("Police clashed with protesters near the border town of Astara.")
                .t("Police", "police", "NN").t("clashed", "clash", "VBD").t("with", "with", "IN")
                .t("protesters", "protester", "NNS").t("near", "near", "IN").t("the", "the", "DT")
                .t("border", "border", "NN").t("town", "town", "NN").t("of", "of", "IN")
                .t("Astara", "Astara", "NNP", "LOCATION").t(".", ".", ".")
                .root(1).d(1, 0, "nsubj").d(3, 2, "case").d(1, 3, "obl").d(7, 4, "case").d(7, 5, "det")
                .d(7, 6, "compound").d(1, 7, "obl").d(9, 8, "case").d(7, 9, "nmod").d(1, 10, "punct");
        SentencePlaces.Mention m = find(b).at(1, false).orElseThrow();
        assertThat(m.location().text()).isEqualTo("Astara");
        assertThat(m.introducer()).isEqualTo("near");
        assertThat(m.anchor()).isEqualTo(7);
        assertThat(m.location().lat()).isPresent();
    }

    @Test
    void aNameOfSeveralWordsIsReadWhole() {
        SentenceBuilder b = new SentenceBuilder("Leaders met in New Delhi.")
                .t("Leaders", "leader", "NNS").t("met", "meet", "VBD").t("in", "in", "IN")
                .t("New", "New", "NNP", "LOCATION").t("Delhi", "Delhi", "NNP", "LOCATION").t(".", ".", ".")
                .root(1).d(1, 0, "nsubj").d(4, 2, "case").d(4, 3, "compound").d(1, 4, "obl").d(1, 5, "punct");
        assertThat(at(b, 1, false)).map(Location::text).contains("New Delhi");
        assertThat(country(b, 1)).contains("IND");
    }

    @Test
    void aPlaceModifyingANounSoIntroduced() {
        SentenceBuilder b = new SentenceBuilder("Ministers met at the Doha summit.")
                .t("Ministers", "minister", "NNS").t("met", "meet", "VBD").t("at", "at", "IN").t("the", "the", "DT")
                .t("Doha", "Doha", "NNP", "LOCATION").t("summit", "summit", "NN").t(".", ".", ".")
                .root(1).d(1, 0, "nsubj").d(5, 2, "case").d(5, 3, "det").d(5, 4, "compound").d(1, 5, "obl")
                .d(1, 6, "punct");
        assertThat(country(b, 1)).contains("QAT");
    }

    @Test
    void aVisitTakesPlaceWhereItGoes() {
        SentenceBuilder visited = new SentenceBuilder("The minister visited Tehran.")
                .t("The", "the", "DT").t("minister", "minister", "NN").t("visited", "visit", "VBD")
                .t("Tehran", "Tehran", "NNP", "LOCATION").t(".", ".", ".")
                .root(2).d(1, 0, "det").d(2, 1, "nsubj").d(2, 3, "obj").d(2, 4, "punct");
        assertThat(at(visited, 2, true)).map(Location::country).contains("IRN");
        SentenceBuilder spoke = new SentenceBuilder("The minister spoke to Tehran.")
                .t("The", "the", "DT").t("minister", "minister", "NN").t("spoke", "speak", "VBD")
                .t("to", "to", "TO").t("Tehran", "Tehran", "NNP", "LOCATION").t(".", ".", ".")
                .root(2).d(1, 0, "det").d(2, 1, "nsubj").d(4, 3, "case").d(2, 4, "obl").d(2, 5, "punct");
        assertThat(at(spoke, 2, false)).isEmpty();
        assertThat(at(spoke, 2, true)).map(Location::country).contains("IRN");
    }

    @Test
    void theSentencesCountrySettlesAnAmbiguousName() {
        SentenceBuilder lebanese = new SentenceBuilder("The Lebanese army fought gunmen in Tripoli.")
                .t("The", "the", "DT").t("Lebanese", "Lebanese", "JJ").t("army", "army", "NN")
                .t("fought", "fight", "VBD").t("gunmen", "gunman", "NNS").t("in", "in", "IN")
                .t("Tripoli", "Tripoli", "NNP", "LOCATION").t(".", ".", ".")
                .root(3).d(2, 0, "det").d(2, 1, "amod").d(3, 2, "nsubj").d(3, 4, "obj").d(6, 5, "case")
                .d(3, 6, "obl").d(3, 7, "punct");
        assertThat(country(lebanese, 3)).contains("LBN");
        SentenceBuilder plain = new SentenceBuilder("Gunmen fought in Tripoli.")
                .t("Gunmen", "gunman", "NNS").t("fought", "fight", "VBD").t("in", "in", "IN")
                .t("Tripoli", "Tripoli", "NNP", "LOCATION").t(".", ".", ".")
                .root(1).d(1, 0, "nsubj").d(3, 2, "case").d(1, 3, "obl").d(1, 4, "punct");
        assertThat(country(plain, 1)).contains("LBY");
    }

    @Test
    void aCountryIsAPlaceWithoutCoordinates() {
        SentenceBuilder b = new SentenceBuilder("Protesters gathered in Iran.")
                .t("Protesters", "protester", "NNS").t("gathered", "gather", "VBD").t("in", "in", "IN")
                .country("Iran").t(".", ".", ".")
                .root(1).d(1, 0, "nsubj").d(3, 2, "case").d(1, 3, "obl").d(1, 4, "punct");
        assertThat(at(b, 1, false)).contains(Location.of("Iran", "IRN"));
    }

    @Test
    void aMonthIsNoPlace() {
        SentenceBuilder b = new SentenceBuilder("Talks resumed in March.")
                .t("Talks", "talk", "NNS").t("resumed", "resume", "VBD").t("in", "in", "IN")
                .t("March", "March", "NNP").t(".", ".", ".")
                .root(1).d(1, 0, "nsubj").d(3, 2, "case").d(1, 3, "obl").d(1, 4, "punct");
        assertThat(find(b).mentions()).isEmpty();
    }
}
