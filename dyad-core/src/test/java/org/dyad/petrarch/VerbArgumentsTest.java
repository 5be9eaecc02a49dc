package org.dyad.petrarch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.dyad.text.Sentence;
import org.junit.jupiter.api.Test;

/** {@link VerbArguments}: a verb's source and target when its pattern does not place them. */
class VerbArgumentsTest {
    private static final VerbContext TABARI = new VerbContext(false, true, false);

    private static VerbArguments arguments(Sentence s) {
        SentenceActors actors = new SentenceActors(MiddleEarth.TABARI, CodingOptions.defaults(), s,
            MiddleEarth.words(s), Optional.empty(), MiddleEarth.none(s));
        return new VerbArguments(s, MiddleEarth.words(s), MiddleEarth.none(s), actors, CodingOptions.defaults());
    }

    private static List<String> codes(List<Actorish> a) {
        return a.stream().map(Actorish::code).toList();
    }

    @Test
    void aPassivesAgentIsItsSourceAndItsSubjectItsTarget() {
        Sentence s = MiddleEarth.passive(); // Arnor was praised by Gondor .
        VerbArguments a = arguments(s);
        assertThat(a.isPassive(2)).isTrue();
        assertThat(a.passiveAgent(2, TABARI).map(VerbArgumentsTest::codes)).contains(List.of("GON"));
        assertThat(codes(a.passiveSubject(2, TABARI))).containsExactly("ARN");
    }

    @Test
    void anActiveVerbHasNoPassiveAgent() {
        Sentence s = MiddleEarth.threatened(); // Gondor threatened Arnor .
        VerbArguments a = arguments(s);
        assertThat(a.isPassive(1)).isFalse();
        assertThat(a.passiveAgent(1, TABARI)).isEmpty();
        assertThat(codes(a.subjectCodes(1, TABARI))).containsExactly("GON");
    }

    @Test
    void theSubjectOfAControlledVerbIsThatOfTheVerbAbove() {
        Sentence s = MiddleEarth.control(); // Gondor wanted to praise Arnor .
        assertThat(codes(arguments(s).subjectCodes(3, TABARI))).containsExactly("GON");
    }

    @Test
    void theTargetIsTheFirstActorAfterTheVerbThatIsNotTheSource() {
        Sentence s = MiddleEarth.coordinated(); // Gondor praised Arnor and Rohan attacked Mordor .
        VerbArguments a = arguments(s);
        Region post = Region.after(s, MiddleEarth.none(s), 1, 1, false, false);
        assertThat(codes(a.firstActorAfter(post, List.of(), TABARI))).containsExactly("ARN");
        Region none = Region.after(s, MiddleEarth.none(s), 6, 6, false, false);
        assertThat(a.firstActorAfter(none, List.of(), TABARI)).isEmpty();
    }

    @Test
    void inPetrarch2SyntaxAReportsTargetIsTheSubjectOfItsComplementClause() {
        Sentence s = MiddleEarth.saidAttacked(); // Gondor said Rohan attacked Mordor .
        VerbArguments a = arguments(s);
        Region post = Region.after(s, MiddleEarth.none(s), 1, 1, false, true);
        assertThat(codes(a.firstActorAfter(post, List.of(), new VerbContext(true, true, false))))
            .containsExactly("ROH");
    }
}
