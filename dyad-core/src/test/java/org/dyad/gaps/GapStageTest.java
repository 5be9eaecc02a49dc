package org.dyad.gaps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dyad.actor.Actor;
import org.dyad.actor.AgentLexicon;
import org.dyad.actor.CountryGazetteer;
import org.dyad.article.Article;
import org.dyad.dictionary.ActorDictionary;
import org.dyad.dictionary.Dictionaries;
import org.dyad.dictionary.DiscardDictionary;
import org.dyad.dictionary.Phrase;
import org.dyad.event.Event;
import org.dyad.event.EventDraft;
import org.dyad.ontology.Cameo;
import org.dyad.petrarch.CodingOptions;
import org.dyad.pipeline.ActorStage;
import org.dyad.pipeline.CodingPipeline;
import org.dyad.pipeline.DocumentWork;
import org.dyad.pipeline.Layer;
import org.dyad.pipeline.SentenceWork;
import org.dyad.pipeline.Stage;
import org.dyad.text.ParsedDocument;
import org.dyad.text.Sentence;
import org.junit.jupiter.api.Test;

/** The gap stage after other stages: what reaches the report, and that the events stay as they were. */
class GapStageTest {
    /** Proposes "criticise" at token {@code trigger} of every sentence that has one; optionally discards the story. */
    private record Trigger(int trigger, boolean discardStory) implements Stage {
        @Override public String name() { return "triggers.test"; }
        @Override public Set<Layer> reads() { return Set.of(Layer.PARSE); }
        @Override public Set<Layer> adds() { return Set.of(Layer.DRAFTS); }
        @Override public void startDocument(DocumentWork doc) {
            if (discardStory) {
                doc.discard("story discard: test");
            }
        }
        @Override public void codeSentence(SentenceWork w) {
            if (w.sentence().size() > trigger && w.sentence().token(trigger).isVerb()) {
                w.addDraft(new EventDraft(w.sentence(), trigger, EventDraft.Coder.LEXICON, Actor.of("KEN", List.of(), "Kenya", ""),
                        Optional.of(Actor.of("UGA", List.of(), "Uganda", "")), Cameo.load().require("111"), false, "test"));
            }
        }
    }

    private static ParsedDocument document() {
        Sentence first = Parses.ministerRebukes();
        Sentence second = Parses.upbraided("Kenya", "Uganda");
        Sentence numbered = new Sentence(1, second.start(), second.end(), second.text(), second.tokens(), second.dependencies());
        return new ParsedDocument(Article.of("doc", first.text() + " " + second.text(), Parses.DAY), List.of(first, numbered));
    }

    private static ActorStage actors() {
        return new ActorStage(CountryGazetteer.load(), AgentLexicon.load(), Optional.of(ActorDictionary.empty()));
    }

    @Test
    void anArticlesGapsReachTheReportAndItsEventsStayTheSame() {
        GapReport report = new GapReport();
        CodingPipeline without = new CodingPipeline("test", List.of(actors(), new Trigger(5, false)));
        CodingPipeline with = without.with(new GapStage(Dictionaries.empty(), report));
        assertThat(with.name()).isEqualTo("test");
        assertThat(with.stages()).extracting(Stage::name).containsExactly("actors", "triggers.test", "gaps");
        List<Event> plain = without.code(document());
        List<Event> analysed = with.code(document());
        assertThat(analysed).isEqualTo(plain).hasSize(1);
        GapReport.Summary s = report.summary(-1);
        assertThat(s.articles()).isEqualTo(1);
        assertThat(s.sentences()).isEqualTo(2);
        assertThat(s.actors()).extracting(GapReport.ActorRow::name, GapReport.ActorRow::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Zawadi Mwangaza", "KENGOV"));
        assertThat(s.verbs()).as("the first sentence's verb has a draft, the second's none")
                .extracting(GapReport.VerbRow::verb).containsExactly("upbraid");
        assertThat(s.verbs().get(0).examples().get(0).sentence()).isEqualTo(1);
    }

    @Test
    void aPipelineWithoutAnActorsStageGetsOneForTheGapsAlone() {
        GapReport report = new GapReport();
        new CodingPipeline("bare", List.of(new Trigger(5, false), new GapStage(Dictionaries.empty(), report))).code(document());
        assertThat(report.summary(-1).actors()).extracting(GapReport.ActorRow::code).containsExactly("KENGOV");
        assertThat(report.summary(-1).verbs()).extracting(GapReport.VerbRow::verb).containsExactly("upbraid");
    }

    @Test
    void discardedStoriesAndSentencesYieldNoGaps() {
        GapReport story = new GapReport();
        new CodingPipeline("test", List.of(actors(), new Trigger(5, true), new GapStage(Dictionaries.empty(), story)))
                .code(document());
        assertThat(story.summary(-1).articles()).isEqualTo(1);
        assertThat(story.summary(-1).actors()).isEmpty();
        assertThat(story.summary(-1).verbs()).isEmpty();
        Dictionaries discards = Dictionaries.empty().overlay(new Dictionaries(org.dyad.dictionary.VerbDictionary.empty(),
                ActorDictionary.empty(), org.dyad.dictionary.AgentDictionary.empty(),
                new DiscardDictionary(List.of(new DiscardDictionary.Entry(Phrase.parse("UPBRAIDED"), false, "test", 1))),
                org.dyad.dictionary.IssueDictionary.empty(), List.of()));
        GapReport sentence = new GapReport();
        new CodingPipeline("test", List.of(actors(), new Trigger(5, false), new GapStage(discards, sentence))).code(document());
        assertThat(sentence.summary(-1).actors()).hasSize(1);
        assertThat(sentence.summary(-1).verbs()).isEmpty();
    }

    @Test
    void appendedToAPipelineTheStageUsesTheDictionariesOfItsPetrarchStage() {
        Dictionaries mine = Dictionaries.defaults().overlay(Dictionaries.empty()
                .withActors(Parses.dictionary("ZAWADI_MWANGAZA_", "KENGOV")));
        GapReport report = new GapReport();
        CodingPipeline petrarch = CodingPipeline.petrarchOnly(mine, CodingOptions.defaults());
        CodingPipeline p = GapStage.appendTo(petrarch, report);
        assertThat(p.stages().get(p.stages().size() - 1).name()).isEqualTo("gaps");
        assertThat(p.code(document())).isEqualTo(petrarch.code(document())).isNotEmpty();
        assertThat(report.summary(-1).actors()).as("the name is in these dictionaries").isEmpty();
        assertThat(report.summary(-1).verbs()).extracting(GapReport.VerbRow::verb).contains("upbraid");
    }
}
