package org.dyad.petrarch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.dyad.text.Sentence;
import org.dyad.text.SentenceBuilder;
import org.junit.jupiter.api.Test;

/**
 * PETRARCH's comma-clause removal ({@link CommaClauses#removed}) on sentences parsed by hand as
 * CoreNLP's basic UD parse gives them.
 */
class CommaClausesTest {
    private static final CodingOptions DEFAULTS = CodingOptions.defaults();

    /** The words of the removed tokens. */
    private static List<String> removed(Sentence s, CodingOptions o) {
        boolean[] r = CommaClauses.removed(s, o);
        assertThat(r).hasSize(s.size());
        List<String> out = new ArrayList<>();
        for (int i = 0; i < r.length; i++) {
            if (r[i]) {
                out.add(s.token(i).word());
            }
        }
        return out;
    }

    /** "Gondor, the old kingdom, praised Arnor." with an appositive between two commas. */
    private static Sentence appositive() {
        return new SentenceBuilder("Gondor, the old kingdom, praised Arnor.")
            .t("Gondor", "Gondor", "NNP").t(",", ",", ",").t("the", "the", "DT").t("old", "old", "JJ")
            .t("kingdom", "kingdom", "NN").t(",", ",", ",").t("praised", "praise", "VBD").t("Arnor", "Arnor", "NNP")
            .t(".", ".", ".")
            .root(6).d(6, 0, "nsubj").d(4, 1, "punct").d(4, 2, "det").d(4, 3, "amod").d(0, 4, "appos")
            .d(4, 5, "punct").d(6, 7, "obj").d(6, 8, "punct").build();
    }

    /** "Gondor praised Arnor, the steward said." with a clause after the last comma. */
    private static Sentence attribution() {
        return new SentenceBuilder("Gondor praised Arnor, the steward said.")
            .t("Gondor", "Gondor", "NNP").t("praised", "praise", "VBD").t("Arnor", "Arnor", "NNP").t(",", ",", ",")
            .t("the", "the", "DT").t("steward", "steward", "NN").t("said", "say", "VBD").t(".", ".", ".")
            .root(6).d(6, 1, "ccomp").d(1, 0, "nsubj").d(1, 2, "obj").d(6, 3, "punct").d(5, 4, "det")
            .d(6, 5, "nsubj").d(6, 7, "punct").build();
    }

    /** "In the north, Gondor praised Arnor." with a clause before the first comma. */
    private static Sentence introduction() {
        return new SentenceBuilder("In the north, Gondor praised Arnor.")
            .t("In", "in", "IN").t("the", "the", "DT").t("north", "north", "NN").t(",", ",", ",")
            .t("Gondor", "Gondor", "NNP").t("praised", "praise", "VBD").t("Arnor", "Arnor", "NNP").t(".", ".", ".")
            .root(5).d(2, 0, "case").d(2, 1, "det").d(5, 2, "obl").d(5, 3, "punct").d(5, 4, "nsubj")
            .d(5, 6, "obj").d(5, 7, "punct").build();
    }

    /** "Gondor praised Arnor, Rohan, Lindon and Mordor." with a list of four. */
    private static Sentence list() {
        return new SentenceBuilder("Gondor praised Arnor, Rohan, Lindon and Mordor.")
            .t("Gondor", "Gondor", "NNP").t("praised", "praise", "VBD").t("Arnor", "Arnor", "NNP").t(",", ",", ",")
            .t("Rohan", "Rohan", "NNP").t(",", ",", ",").t("Lindon", "Lindon", "NNP").t("and", "and", "CC")
            .t("Mordor", "Mordor", "NNP").t(".", ".", ".")
            .root(1).d(1, 0, "nsubj").d(1, 2, "obj").d(4, 3, "punct").d(2, 4, "conj").d(6, 5, "punct")
            .d(2, 6, "conj").d(8, 7, "cc").d(2, 8, "conj").d(1, 9, "punct").build();
    }

    /** "Gondor praised Arnor, Rohan and Lindon, the steward said.": a list comma, then a clause comma. */
    private static Sentence listThenAttribution() {
        return new SentenceBuilder("Gondor praised Arnor, Rohan and Lindon, the steward said.")
            .t("Gondor", "Gondor", "NNP").t("praised", "praise", "VBD").t("Arnor", "Arnor", "NNP").t(",", ",", ",")
            .t("Rohan", "Rohan", "NNP").t("and", "and", "CC").t("Lindon", "Lindon", "NNP").t(",", ",", ",")
            .t("the", "the", "DT").t("steward", "steward", "NN").t("said", "say", "VBD").t(".", ".", ".")
            .root(10).d(10, 1, "ccomp").d(1, 0, "nsubj").d(1, 2, "obj").d(4, 3, "punct").d(2, 4, "conj")
            .d(6, 5, "cc").d(2, 6, "conj").d(10, 7, "punct").d(9, 8, "det").d(10, 9, "nsubj").d(10, 11, "punct")
            .build();
    }

    @Test
    void anInternalClauseBetweenTwoCommasIsRemovedWhenItsLengthIsInRange() {
        CodingOptions noTerminal = DEFAULTS.with("comma_emax", "0");
        assertThat(removed(appositive(), noTerminal)).containsExactly("the", "old", "kingdom");
        assertThat(removed(appositive(), noTerminal.with("comma_max", "2"))).isEmpty();
        assertThat(removed(appositive(), noTerminal.with("comma_min", "4"))).isEmpty();
        assertThat(removed(appositive(), noTerminal.with("comma_max", "0"))).isEmpty();
    }

    @Test
    void theClauseAfterTheLastCommaIsRemovedByDefaultButNotTheFinalStop() {
        assertThat(removed(attribution(), DEFAULTS)).containsExactly("the", "steward", "said");
        assertThat(removed(attribution(), DEFAULTS.with("comma_emin", "4"))).isEmpty();
        assertThat(removed(attribution(), DEFAULTS.with("comma_emax", "2"))).isEmpty();
        assertThat(removed(attribution(), DEFAULTS.with("comma_emax", "0"))).isEmpty();
    }

    @Test
    void theClauseBeforeTheFirstCommaIsKeptUnlessTurnedOn() {
        CodingOptions noTerminal = DEFAULTS.with("comma_emax", "0");
        assertThat(removed(introduction(), noTerminal)).isEmpty();
        CodingOptions initial = noTerminal.with("comma_bmin", "1").with("comma_bmax", "3");
        assertThat(removed(introduction(), initial)).containsExactly("In", "the", "north");
        assertThat(removed(introduction(), initial.with("comma_bmax", "2"))).isEmpty();
        assertThat(removed(introduction(), initial.with("comma_bmin", "4"))).isEmpty();
    }

    @Test
    void withBothOnTheClausesOnEachSideOfASingleCommaGo() {
        // PETRARCH counts words only: the main clause after the comma is as removable as any other
        CodingOptions both = DEFAULTS.with("comma_bmin", "1").with("comma_bmax", "3");
        assertThat(removed(introduction(), both)).containsExactly("In", "the", "north", "Gondor", "praised", "Arnor");
    }

    @Test
    void commasBetweenTheItemsOfAListAreNotClauseBoundaries() {
        assertThat(removed(list(), DEFAULTS)).isEmpty();
        assertThat(removed(list(), DEFAULTS.with("comma_min", "1"))).isEmpty();
    }

    @Test
    void aClauseCommaAfterAListStillCounts() {
        assertThat(removed(listThenAttribution(), DEFAULTS)).containsExactly("the", "steward", "said");
        assertThat(removed(listThenAttribution(), DEFAULTS.with("comma_emax", "0"))).isEmpty();
    }

    @Test
    void aSentenceWithoutCommasKeepsEveryToken() {
        Sentence s = new SentenceBuilder("Gondor praised Arnor.")
            .t("Gondor", "Gondor", "NNP").t("praised", "praise", "VBD").t("Arnor", "Arnor", "NNP").t(".", ".", ".")
            .root(1).d(1, 0, "nsubj").d(1, 2, "obj").d(1, 3, "punct").build();
        assertThat(removed(s, DEFAULTS.with("comma_bmax", "9").with("comma_min", "0"))).isEmpty();
    }
}
