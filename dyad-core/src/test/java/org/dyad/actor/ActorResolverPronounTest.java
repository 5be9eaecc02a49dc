package org.dyad.actor;

import static org.assertj.core.api.Assertions.assertThat;

import org.dyad.text.Sentence;
import org.dyad.text.SentenceBuilder;
import org.junit.jupiter.api.Test;

/** What "they" stands for, on hand-made parses of our own sentences as CoreNLP's basic UD parse gives them. */
class ActorResolverPronounTest {
    private static ActorResolver resolver(Sentence s) {
        return new ActorResolver(s, new SentenceLexicon(s, CountryGazetteer.load(), AgentLexicon.load()), new Discourse());
    }

    /**
     * "Tamil rebels attacked Colombo when they stormed the port, police said.", with the "when" clause hung on the
     * trailing attribution (as the parser hangs it on long sentences).
     */
    private static Sentence adverbialOnAttribution() {
        return new SentenceBuilder("Tamil rebels attacked Colombo when they stormed the port, police said.")
                .t("Tamil", "Tamil", "JJ").t("rebels", "rebel", "NNS").t("attacked", "attack", "VBD")
                .t("Colombo", "Colombo", "NNP", "LOCATION").t("when", "when", "WRB").t("they", "they", "PRP")
                .t("stormed", "storm", "VBD").t("the", "the", "DT").t("port", "port", "NN").t(",", ",", ",")
                .t("police", "police", "NNS").t("said", "say", "VBD").t(".", ".", ".")
                .root(2).d(1, 0, "amod").d(2, 1, "nsubj").d(2, 3, "obj").d(6, 4, "advmod").d(6, 5, "nsubj")
                .d(11, 6, "advcl").d(8, 7, "det").d(6, 8, "obj").d(11, 9, "punct").d(11, 10, "nsubj")
                .d(2, 11, "parataxis").d(2, 12, "punct").build();
    }

    @Test
    void theyInAClauseHungOnATrailingAttributionIsNotTheSpeaker() {
        Sentence s = adverbialOnAttribution();
        Mention they = resolver(s).resolve(5).orElseThrow();
        assertThat(they.entity()).hasValueSatisfying(e -> assertThat(e.sectors()).contains("REB").doesNotContain("COP"));
    }
}
