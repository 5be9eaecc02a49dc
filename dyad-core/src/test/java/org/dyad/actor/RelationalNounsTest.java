package org.dyad.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.text.Sentence;
import org.dyad.text.SentenceBuilder;
import org.junit.jupiter.api.Test;

class RelationalNounsTest {
    @Test
    void thePossessorOfAnAllyIsItsOwnerNotItsCountry() {
        // Israel's allies attacked the U.S. allies .
        Sentence s = new SentenceBuilder("Israel's allies attacked the U.S. allies.")
                .country("Israel").t("'s", "'s", "POS").t("allies", "ally", "NNS").t("attacked", "attack", "VBD")
                .t("the", "the", "DT").country("U.S.").t("allies", "ally", "NNS").t(".", ".", ".")
                .d(2, 0, "nmod:poss").d(0, 1, "case").d(3, 2, "nsubj").root(3).d(6, 4, "det").d(6, 5, "compound")
                .d(3, 6, "obj").d(3, 7, "punct").build();
        assertThat(RelationalNouns.isOwner(s, 0)).isTrue();
        assertThat(RelationalNouns.isOwner(s, 5)).isTrue();
        assertThat(RelationalNouns.withoutOwners(s, List.of(0, 1, 2))).containsExactly(2); // the "'s" goes with it
    }

    @Test
    void anOrganisationBeforeAllyAndANationalityAdjectiveStay() {
        // NATO allies and Kurdish allies met .
        Sentence s = new SentenceBuilder("NATO allies and Kurdish allies met.")
                .t("NATO", "NATO", "NNP", "ORGANIZATION").t("allies", "ally", "NNS").t("and", "and", "CC")
                .t("Kurdish", "kurdish", "JJ", "MISC").t("allies", "ally", "NNS").t("met", "meet", "VBD")
                .t(".", ".", ".")
                .d(1, 0, "compound").d(5, 1, "nsubj").d(4, 2, "cc").d(4, 3, "amod").d(1, 4, "conj").root(5)
                .d(5, 6, "punct").build();
        assertThat(RelationalNouns.isOwner(s, 0)).isFalse();
        assertThat(RelationalNouns.isOwner(s, 3)).isFalse();
    }

    @Test
    void aRelationalNounBeforeANameMakesThePossessorTheOwner() {
        // Russia's neighbour Belarus closed .
        Sentence s = new SentenceBuilder("Russia's neighbour Belarus closed.")
                .country("Russia").t("'s", "'s", "POS").t("neighbour", "neighbour", "NN").country("Belarus")
                .t("closed", "close", "VBD").t(".", ".", ".")
                .d(3, 0, "nmod:poss").d(0, 1, "case").d(3, 2, "compound").d(4, 3, "nsubj").root(4).d(4, 5, "punct")
                .build();
        assertThat(RelationalNouns.withoutOwners(s, List.of(0, 1, 2, 3))).containsExactly(2, 3);
    }
}
