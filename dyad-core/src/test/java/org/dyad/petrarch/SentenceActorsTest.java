package org.dyad.petrarch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.dyad.text.Sentence;
import org.junit.jupiter.api.Test;

/** {@link SentenceActors}: actor and agent phrases of a sentence and the codes of its noun phrases. */
class SentenceActorsTest {
    private static final VerbContext TABARI = new VerbContext(false, true, false);
    private static final VerbContext DOMESTIC = new VerbContext(true, true, true);

    private static SentenceActors actors(Sentence s) {
        return new SentenceActors(MiddleEarth.TABARI, CodingOptions.defaults(), s, MiddleEarth.words(s),
            Optional.empty(), MiddleEarth.none(s));
    }

    @Test
    void phrasesCoverTheirTokens() {
        Sentence s = MiddleEarth.gondorAndRanger(); // Gondor and the ranger praised Arnor .
        SentenceActors a = actors(s);
        assertThat(a.coveredBy(0)).isZero();
        assertThat(a.coveredBy(3)).isEqualTo(3);
        assertThat(a.coveredBy(2)).isEqualTo(-1);
        assertThat(a.coveredBy(4)).isEqualTo(-1);
        assertThat(a.namesActor(0)).isTrue();
        assertThat(a.namesActor(3)).as("an agent names no actor").isFalse();
    }

    @Test
    void aRemovedTokenStartsNoPhrase() {
        Sentence s = MiddleEarth.gondorAndRanger();
        boolean[] deleted = MiddleEarth.none(s);
        deleted[0] = true;
        SentenceActors a = new SentenceActors(MiddleEarth.TABARI, CodingOptions.defaults(), s, MiddleEarth.words(s),
            Optional.empty(), deleted);
        assertThat(a.coveredBy(0)).isEqualTo(-1);
        assertThat(a.coveredBy(5)).isEqualTo(5);
    }

    @Test
    void conjunctsGiveOneCodeEachAndAnAgentBorrowsItsConjunctsCountry() {
        Sentence s = MiddleEarth.gondorAndRanger();
        SentenceActors a = actors(s);
        assertThat(a.npHead(2)).as("from a determiner up the conjunct to the first conjunct").isZero();
        assertThat(a.codesAt(3, TABARI)).extracting(Actorish::code).containsExactly("GON", "GONMIL");
        assertThat(a.codesAt(3, TABARI)).extracting(Actorish::text).containsExactly("Gondor", "the ranger");
        assertThat(a.codesAt(5, TABARI)).extracting(Actorish::code).containsExactly("ARN");
    }

    @Test
    void anAgentOfNoCountryIsPlacedInTheOnlyCountryWhenTheVerbAllowsDomesticEvents() {
        Sentence s = MiddleEarth.rangerPraisedGondor(); // The ranger praised Gondor .
        SentenceActors a = actors(s);
        assertThat(a.nounPhraseCodes(1, TABARI)).extracting(Actorish::code).containsExactly("---MIL");
        assertThat(a.nounPhraseCodes(1, DOMESTIC)).extracting(Actorish::code).containsExactly("GONMIL");
        assertThat(a.nounPhraseCodes(1, TABARI)).extracting(Actorish::code)
            .as("the same object answers by the context it is given, not by what it was asked before")
            .containsExactly("---MIL");
    }

    @Test
    void conjunctsAreCollectedDepthFirst() {
        Sentence s = MiddleEarth.gondorAndRohanMet(); // Gondor and Rohan met .
        java.util.List<Integer> out = new java.util.ArrayList<>();
        actors(s).collectConjuncts(0, out);
        assertThat(out).containsExactly(0, 2);
    }
}
