package org.dyad.petrarch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.dyad.dictionary.Dictionaries;
import org.dyad.text.Sentence;
import org.junit.jupiter.api.Test;

/** {@link SentenceCoder}: a sentence's verbs coded and their events nested. */
class SentenceCoderTest {
    private static final CodingOptions NO_DYAD = CodingOptions.defaults().with("require_dyad", "false");

    private static List<String> triples(Dictionaries d, CodingOptions o, Sentence s) {
        return new SentenceCoder(d, o, null, s, MiddleEarth.words(s), Optional.empty()).code().stream()
            .map(CodedEvent::triple).toList();
    }

    @Test
    void everyKnownVerbIsCodedInSentenceOrder() {
        assertThat(triples(MiddleEarth.TABARI, CodingOptions.defaults(), MiddleEarth.coordinated()))
            .containsExactly("GON-ARN:051", "ROH-MOR:190");
    }

    @Test
    void aReportGivesWayToTheEventItReports() {
        assertThat(triples(MiddleEarth.TABARI, CodingOptions.defaults(), MiddleEarth.saidAttacked()))
            .containsExactly("ROH-MOR:190");
    }

    @Test
    void aReportedDemandIsCodedAsTheDemandOfWhatItDemands() {
        assertThat(triples(MiddleEarth.PETRARCH2, NO_DYAD, MiddleEarth.saidMustWithdraw()))
            .containsExactly("GON-ROH:106");
    }

    @Test
    void theFacadeCodesASentenceTheSameWay() {
        Sentence s = MiddleEarth.saidMustWithdraw();
        assertThat(new PetrarchCoder(MiddleEarth.PETRARCH2, NO_DYAD).codeSentence(s, Optional.empty()))
            .extracting(CodedEvent::triple).containsExactly("GON-ROH:106");
    }
}
