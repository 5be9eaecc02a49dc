package org.dyad.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dyad.actor.Actor;
import org.dyad.article.Article;
import org.dyad.event.Event;
import org.dyad.event.Evidence;
import org.dyad.event.Location;
import org.dyad.event.Modality;
import org.dyad.ontology.Cameo;
import org.dyad.text.ParsedDocument;
import org.dyad.text.Sentence;
import org.dyad.text.SentenceBuilder;
import org.junit.jupiter.api.Test;

/** The decorator over a stub coder that returns fixed events for a hand-made parse. */
class PlaceAnnotatorTest {
    private static final String TEXT = "The Iranian minister met his Azerbaijani counterpart in Baku.";

    private static Sentence sentence() {
        return new SentenceBuilder(TEXT)
                .t("The", "the", "DT").t("Iranian", "Iranian", "JJ").t("minister", "minister", "NN")
                .t("met", "meet", "VBD").t("his", "he", "PRP$").t("Azerbaijani", "Azerbaijani", "JJ")
                .t("counterpart", "counterpart", "NN").t("in", "in", "IN").t("Baku", "Baku", "NNP", "LOCATION")
                .t(".", ".", ".")
                .root(3).d(2, 0, "det").d(2, 1, "amod").d(3, 2, "nsubj").d(6, 4, "nmod:poss").d(6, 5, "amod")
                .d(3, 6, "obj").d(8, 7, "case").d(3, 8, "obl").d(3, 9, "punct")
                .build();
    }

    private static Event event(int sentence, Optional<Location> location) {
        int at = TEXT.indexOf("met");
        return new Event("e", "doc", sentence, LocalDate.of(2024, 5, 2), "day",
                Actor.of("IRN", List.of("GOV"), "The Iranian minister", ""),
                Optional.of(Actor.of("AZE", List.of("GOV"), "his Azerbaijani counterpart", "")),
                Cameo.load().require("040"), true, Modality.ASSERTED, location,
                new Evidence(TEXT, 0, TEXT.length(), "met", at, at + 3), "stub");
    }

    private static Event annotate(Event e) {
        ParsedDocument doc = new ParsedDocument(Article.of("doc", TEXT, LocalDate.of(2024, 5, 2)), List.of(sentence()));
        return PlaceAnnotator.around(d -> List.of(e)).code(doc).get(0);
    }

    @Test
    void anEventWithoutALocationGetsItsSentencesPlaceAndKeepsItsActors() {
        Event e = annotate(event(0, Optional.empty()));
        Location l = e.location().orElseThrow();
        assertThat(l.text()).isEqualTo("Baku");
        assertThat(l.country()).isEqualTo("AZE");
        assertThat(l.lat().orElseThrow()).isBetween(40.3, 40.5);
        assertThat(l.lon().orElseThrow()).isBetween(49.8, 50.0);
        assertThat(e.source().code()).isEqualTo("IRNGOV");
        assertThat(e.withLocation(Optional.empty())).isEqualTo(event(0, Optional.empty()));
    }

    @Test
    void aLocationWithWordsOnlyGetsCoordinates() {
        Event e = annotate(event(0, Optional.of(Location.of("Baku", "AZE"))));
        assertThat(e.location()).hasValueSatisfying(l -> {
            assertThat(l.country()).isEqualTo("AZE");
            assertThat(l.lat()).isPresent();
            assertThat(l.lon()).isPresent();
        });
    }

    @Test
    void aLocationWithCoordinatesIsKept() {
        Location given = new Location("Baku", "AZE", Optional.of(40.0), Optional.of(50.0));
        assertThat(annotate(event(0, Optional.of(given))).location()).contains(given);
    }

    @Test
    void anEventOfNoParsedSentenceIsLeftAsItIs() {
        Event e = event(7, Optional.empty());
        assertThat(annotate(e)).isEqualTo(e);
    }
}
