package org.dyad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dyad.actor.Actor;
import org.dyad.actor.AgentLexicon;
import org.dyad.actor.CountryGazetteer;
import org.dyad.article.Article;
import org.dyad.event.Event;
import org.dyad.event.EventDraft;
import org.dyad.event.Location;
import org.dyad.ontology.Cameo;
import org.dyad.place.PlaceGazetteer;
import org.dyad.text.ParsedDocument;
import org.dyad.text.Sentence;
import org.dyad.text.SentenceBuilder;
import org.junit.jupiter.api.Test;

/** The places stage on a hand-made parse, after a stage that proposes one fixed draft. */
class PlaceStageTest {
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

    /** Proposes a meeting at "met" (token 3); drops it when {@code drop}. */
    private record Meeting(boolean drop) implements Stage {
        @Override public String name() { return "triggers.test"; }
        @Override public Set<Layer> reads() { return Set.of(Layer.PARSE); }
        @Override public Set<Layer> adds() { return Set.of(Layer.DRAFTS); }
        @Override public void codeSentence(SentenceWork w) {
            EventDraft d = new EventDraft(w.sentence(), 3, EventDraft.Coder.LEXICON,
                    Actor.of("IRN", List.of("GOV"), "The Iranian minister", ""),
                    Optional.of(Actor.of("AZE", List.of("GOV"), "his Azerbaijani counterpart", "")),
                    Cameo.load().require("040"), true, "test");
            if (drop) {
                d.drop("test");
            }
            w.addDraft(d);
        }
    }

    private static List<Event> code(boolean drop) {
        CodingPipeline p = new CodingPipeline("test", List.of(new Meeting(drop),
                new PlaceStage(PlaceGazetteer.load(), CountryGazetteer.load(), AgentLexicon.load())));
        return p.code(new ParsedDocument(Article.of("doc", TEXT, LocalDate.of(2024, 5, 2)), List.of(sentence())));
    }

    @Test
    void anEventGetsItsSentencesPlaceWithCoordinatesAndKeepsItsActors() {
        Event e = code(false).get(0);
        Location l = e.location().orElseThrow();
        assertThat(l.text()).isEqualTo("Baku");
        assertThat(l.country()).isEqualTo("AZE");
        assertThat(l.lat().orElseThrow()).isBetween(40.3, 40.5);
        assertThat(l.lon().orElseThrow()).isBetween(49.8, 50.0);
        assertThat(e.source().code()).isEqualTo("IRNGOV");
        assertThat(e.eventId()).isEqualTo("doc-0-3-0");
    }

    @Test
    void aDroppedDraftIsNeitherPlacedNorAnEvent() {
        assertThat(code(true)).isEmpty();
    }
}
