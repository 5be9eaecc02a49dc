package org.dyad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.text.Sentence;
import org.dyad.text.SentenceBuilder;
import org.junit.jupiter.api.Test;

/**
 * Which sentences the default pipeline needs parsed ({@link CodingPipeline#needsParse}), on sentences tagged by hand
 * as CoreNLP tags them (words, lemmas, parts of speech, named entities; no dependencies).
 */
class CodingPipelineTest {
    private static final CodingPipeline PIPELINE = CodingPipeline.defaults();

    /** A possible actor (an agent word) and a possible trigger: it may yield an event. */
    private static Sentence arrest() {
        return new SentenceBuilder("Police arrested dozens of protesters.")
                .t("Police", "police", "NNS").t("arrested", "arrest", "VBD").t("dozens", "dozen", "NNS")
                .t("of", "of", "IN").t("protesters", "protester", "NNS").t(".", ".", ".").build();
    }

    /** No actor, no trigger, no date. */
    private static Sentence weather() {
        return new SentenceBuilder("The weather was mild.")
                .t("The", "the", "DT").t("weather", "weather", "NN").t("was", "be", "VBD").t("mild", "mild", "JJ")
                .t(".", ".", ".").build();
    }

    /** A person named and no trigger: nothing to code here, but a later sentence may refer back to her. */
    private static Sentence person() {
        return new SentenceBuilder("Maria Lopez ate breakfast.")
                .t("Maria", "Maria", "NNP", "PERSON").t("Lopez", "Lopez", "NNP", "PERSON").t("ate", "eat", "VBD")
                .t("breakfast", "breakfast", "NN").t(".", ".", ".").build();
    }

    /** A surname NER does not tag: a person only if an earlier sentence named her. */
    private static Sentence lopezLeft() {
        return new SentenceBuilder("Lopez left.")
                .t("Lopez", "Lopez", "NNP", "LOCATION").t("left", "leave", "VBD").t(".", ".", ".").build();
    }

    /** A date and no actor: it dates the events of the sentences after it. */
    private static Sentence yesterday() {
        return new SentenceBuilder("It rained yesterday.")
                .t("It", "it", "PRP").t("rained", "rain", "VBD").t("yesterday", "yesterday", "NN").t(".", ".", ".")
                .build();
    }

    /** An agent and a trigger in a sentence the discards drop (a sentence-level phrase). */
    private static Sentence league() {
        return new SentenceBuilder("Police arrested fans at a Premier League match.")
                .t("Police", "police", "NNS").t("arrested", "arrest", "VBD").t("fans", "fan", "NNS")
                .t("at", "at", "IN").t("a", "a", "DT").t("Premier", "Premier", "NNP", "MISC")
                .t("League", "League", "NNP", "MISC").t("match", "match", "NN").t(".", ".", ".").build();
    }

    /** A story-level discard phrase: the whole article yields nothing. */
    private static Sentence championsLeague() {
        return new SentenceBuilder("The Champions League final is on Saturday.")
                .t("The", "the", "DT").t("Champions", "Champions", "NNPS", "MISC").t("League", "League", "NNP", "MISC")
                .t("final", "final", "NN").t("is", "be", "VBZ").t("on", "on", "IN")
                .t("Saturday", "Saturday", "NNP").t(".", ".", ".").build();
    }

    private static boolean[] needs(Sentence... sentences) {
        return PIPELINE.needsParse(List.of(sentences));
    }

    @Test
    void aSentenceThatMayYieldAnEventIsParsedAndOneWithNoActorOrNoTriggerIsNot() {
        assertThat(needs(arrest())).containsExactly(true);
        assertThat(needs(weather())).containsExactly(false);
        assertThat(needs(weather(), arrest(), weather())).containsExactly(false, true, false);
    }

    @Test
    void whatASentenceLeavesToLaterSentencesCountsOnlyWhenOneAfterItIsParsed() {
        assertThat(needs(person())).containsExactly(false);
        assertThat(needs(person(), arrest())).containsExactly(true, true);
        assertThat(needs(arrest(), person())).containsExactly(true, false);
        assertThat(needs(yesterday(), weather())).containsExactly(false, false);
        assertThat(needs(yesterday(), weather(), arrest())).containsExactly(true, false, true);
        // "Lopez" is the person of the first sentence, whatever NER makes of it, only after she is named
        assertThat(needs(person(), lopezLeft(), arrest())).containsExactly(true, true, true);
        assertThat(needs(lopezLeft(), arrest())).containsExactly(false, true);
    }

    @Test
    void discardsDropEventsWhateverTheParse() {
        // a discarded sentence's events are dropped; what coding them leaves to later sentences is not
        assertThat(needs(league())).containsExactly(false);
        assertThat(needs(league(), arrest())).containsExactly(true, true);
        assertThat(needs(arrest(), championsLeague())).containsExactly(false, false);
    }

    @Test
    void aStageThatDoesNotSayIsGivenEveryParse() {
        Stage silent = new Stage() {
            @Override public String name() { return "silent"; }
            @Override public java.util.Set<Layer> reads() { return java.util.Set.of(Layer.PARSE); }
            @Override public java.util.Set<Layer> adds() { return java.util.Set.of(); }
        };
        assertThat(PIPELINE.with(silent).needsParse(List.of(weather(), person()))).containsExactly(true, true);
    }
}
