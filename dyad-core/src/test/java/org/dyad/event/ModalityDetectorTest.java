package org.dyad.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.dyad.text.Sentence;
import org.dyad.text.SentenceBuilder;
import org.junit.jupiter.api.Test;

/** Hypothetical mood from hand-made basic UD parses, as CoreNLP gives them for these sentences. */
class ModalityDetectorTest {
    /** "Chile and Peru have agreed on a pact, the government announced": the parse as CoreNLP gives it when it
     *  hangs the fronted report on "announced" as an adverbial clause (AUX and VERB as given). */
    private static Sentence report(String aux, String auxPos, String verb, String verbPos) {
        String text = "Chile and Peru " + aux + " " + verb + " on a pact, the government announced.";
        return new SentenceBuilder(text)
                .country("Chile").t("and", "and", "CC").country("Peru").t(aux, aux, auxPos).t(verb, "agree", verbPos)
                .t("on", "on", "IN").t("a", "a", "DT").t("pact", "pact", "NN").t(",", ",", ",")
                .t("the", "the", "DT").t("government", "government", "NN").t("announced", "announce", "VBD")
                .t(".", ".", ".")
                .root(11).d(4, 0, "nsubj").d(2, 1, "cc").d(0, 2, "conj").d(4, 3, "aux").d(11, 4, "advcl")
                .d(7, 5, "case").d(7, 6, "det").d(4, 7, "obl").d(11, 8, "punct").d(10, 9, "det").d(11, 10, "nsubj")
                .d(11, 12, "punct").build();
    }

    @Test
    void aDoneActReportedByAnAnnouncementIsAsserted() {
        assertThat(ModalityDetector.hypothetical(report("have", "VBP", "agreed", "VBN"), 4)).isFalse();
    }

    @Test
    void anActAnnouncedForLaterStaysHypothetical() {
        assertThat(ModalityDetector.hypothetical(report("will", "MD", "agree", "VB"), 4)).isTrue();
    }
}
