package org.dyad.petrarch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.dyad.dictionary.Dictionaries;
import org.dyad.text.Sentence;
import org.junit.jupiter.api.Test;

/** {@link VerbCoder}: one verb's code, source, target and events. */
class VerbCoderTest {
    private static final CodingOptions NO_DYAD = CodingOptions.defaults().with("require_dyad", "false");

    /** Codes the one-word verb at token {@code v}. */
    private static VerbResult code(Dictionaries d, CodingOptions o, Sentence s, int v) {
        List<String> words = MiddleEarth.words(s);
        SentenceActors actors = new SentenceActors(d, o, s, words, Optional.empty(), MiddleEarth.none(s));
        VerbCoder coder = new VerbCoder(d, o, null, s, words, MiddleEarth.none(s), actors);
        return coder.code(v, new int[] {v, v}, d.verbs().lookup(words.get(v)));
    }

    private static List<String> triples(VerbResult r) {
        return r.events.stream().map(CodedEvent::triple).toList();
    }

    @Test
    void theVerbsOwnCodeFromItsSubjectToTheFirstActorAfterIt() {
        VerbResult r = code(MiddleEarth.TABARI, CodingOptions.defaults(), MiddleEarth.threatened(), 1);
        assertThat(triples(r)).containsExactly("GON-ARN:130");
        assertThat(r.events.get(0).rule()).startsWith("tabari.verbs.txt:");
        assertThat(r.events.get(0).trigger()).isEqualTo("threatened");
        assertThat(r.complete).isTrue();
        assertThat(r.reports).as("TABARI syntax: any verb may give way to what it reports").isTrue();
        assertThat(r.demand).isFalse();
        assertThat(r.targetTokens).containsExactly(2);
    }

    @Test
    void aPatternsCodeAndTarget() {
        VerbResult r = code(MiddleEarth.TABARI, CodingOptions.defaults(), MiddleEarth.threatenedWithWar(), 1);
        assertThat(triples(r)).containsExactly("GON-ARN:138");
    }

    @Test
    void aPassiveWithAByPhraseIsCodedFromItsAgent() {
        VerbResult r = code(MiddleEarth.TABARI, CodingOptions.defaults(), MiddleEarth.passive(), 2);
        assertThat(triples(r)).containsExactly("GON-ARN:051");
    }

    @Test
    void aCompoundWithNoTargetCodesItsMembersOnEachOther() {
        VerbResult r = code(MiddleEarth.TABARI, CodingOptions.defaults(), MiddleEarth.gondorAndRohanMet(), 3);
        assertThat(triples(r)).containsExactly("GON-ROH:043", "ROH-GON:043");
    }

    @Test
    void oneActorGivesNoEventWhenADyadIsRequired() {
        VerbResult r = code(MiddleEarth.TABARI, CodingOptions.defaults(), MiddleEarth.gondorMet(), 1);
        assertThat(r).as("the verb has a code").isNotNull();
        assertThat(r.events).isEmpty();
        assertThat(r.complete).isFalse();
    }

    @Test
    void inPetrarch2SyntaxAStatementOfWhatAnotherMustDoIsADemandThatDoesNotReport() {
        VerbResult r = code(MiddleEarth.PETRARCH2, NO_DYAD, MiddleEarth.saidMustWithdraw(), 1);
        assertThat(triples(r)).containsExactly("GON-ROH:100");
        assertThat(r.demand).isTrue();
        assertThat(r.reports).isFalse();
        assertThat(r.events.get(0).rule()).contains("-> demand 100");
    }

    @Test
    void requireDyadKeepsAStatementAStatement() {
        VerbResult r = code(MiddleEarth.PETRARCH2, CodingOptions.defaults(), MiddleEarth.saidMustWithdraw(), 1);
        assertThat(triples(r)).containsExactly("GON-ROH:010");
        assertThat(r.demand).isFalse();
        assertThat(r.reports).isTrue();
    }
}
